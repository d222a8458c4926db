import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { INDEX_FORMAT_VERSION } from '../../src/search/index-data.js';
import { SNAPSHOT_FORMAT } from './snapshot-file.js';

const SOURCE = /\.(?:ts|js)$/;

/**
 * The code whose output the snapshot stores: parsing (src/content), segmenting and tokenizing (src/text),
 * building the index (src/search/index-*) and the snapshot's own encoding, with the versions of `PACKAGES`.
 * Any edit to one of them, as well as a new format number, gives another build hash, so a snapshot made by
 * other code is rebuilt, never read. Hashing the files themselves means nobody has to remember to bump a
 * number.
 */
const INPUTS: readonly { readonly dir: string; readonly only?: RegExp }[] = [
  { dir: '../../src/content' },
  { dir: '../../src/text' },
  { dir: '../../src/search', only: /^(?:index-|sentence-index|catalog)/ },
  { dir: '.' },
];

/** The packages whose output the snapshot stores: the stemmer gives the index its stems. */
const PACKAGES = ['stemmer'];

/**
 * This module's folder as tsc compiles it (dist/runtime/snapshot) or as tsx runs it. The CLI bundle
 * (dist/cli, see scripts/bundle-cli.ts) hashes the files tsc compiled next to it, as the bot does: both then
 * read and write one snapshot.
 */
const HERE =
  basename(import.meta.dirname) === 'cli'
    ? join(import.meta.dirname, '../runtime/snapshot')
    : import.meta.dirname;

let cached: string | undefined;

/** Hash of the snapshot format and of the code that builds what it holds (computed once per process). */
export function buildHash(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  hash.update(`snapshot ${SNAPSHOT_FORMAT} index ${INDEX_FORMAT_VERSION}\0`);
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES)
    hash.update(`${name} ${(require(`${name}/package.json`) as { version: string }).version}\0`);
  for (const { dir, only } of INPUTS) {
    const path = join(HERE, dir);
    const names = readdirSync(path)
      .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts') && (only?.test(name) ?? true))
      .sort();
    for (const name of names) {
      hash.update(`${dir}/${name}\0`);
      hash.update(readFileSync(join(path, name)));
    }
  }
  cached = hash.digest('hex').slice(0, 32);
  return cached;
}
