import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexSnapshot } from '../src/index.js';

/** The saved search index in DATA_DIR: one file, replaced whenever the content changes. */
export const INDEX_FILE = 'search-index.bin';

const MAGIC = 'QBIX';
const ARRAYS = [
  'termStems',
  'postingOffsets',
  'postings',
  'tokenOffsets',
  'tokenTerms',
  'tokenPositions',
  'lengths',
] as const;
type ArrayName = (typeof ARRAYS)[number];

interface Header {
  readonly contentHash: string;
  readonly version: number;
  readonly passageCount: number;
  readonly passageCheck: number;
  /** Byte ranges of the sections after the header, from the start of the file. */
  readonly sections: Readonly<Record<'terms' | 'stems' | ArrayName, readonly [number, number]>>;
}

/**
 * Hash of a content folder: names and bytes of its `*.md` files, so that any edit, addition or removal
 * invalidates the saved index. Reading the files is cheap next to parsing and indexing them.
 */
export function contentHashOf(contentDir: string): string {
  const hash = createHash('sha256');
  const names = readdirSync(contentDir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(join(contentDir, name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;

/** Writes the snapshot with its content hash (to a temporary file first, then renamed: never half-written). */
export function saveIndex(dataDir: string, contentHash: string, snapshot: IndexSnapshot): string {
  const parts: Buffer[] = [];
  const sections: Record<string, [number, number]> = {};
  let offset = 0;
  const add = (name: string, bytes: Buffer): void => {
    const start = align(offset);
    if (start > offset) parts.push(Buffer.alloc(start - offset));
    parts.push(bytes);
    sections[name] = [start, start + bytes.length];
    offset = start + bytes.length;
  };
  add('terms', Buffer.from(snapshot.terms.join('\n'), 'utf8'));
  add('stems', Buffer.from(snapshot.stems.join('\n'), 'utf8'));
  for (const name of ARRAYS) {
    const array = snapshot[name];
    add(name, Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }
  const headerFor = (base: number): Buffer => {
    const shifted = Object.fromEntries(
      Object.entries(sections).map(([name, [start, end]]) => [name, [start + base, end + base]]),
    );
    const header = {
      contentHash,
      version: snapshot.version,
      passageCount: snapshot.passageCount,
      passageCheck: snapshot.passageCheck,
      sections: shifted,
    };
    return Buffer.from(JSON.stringify(header), 'utf8');
  };
  // Sections follow the header; its width is fixed first (with room for the offsets' digits).
  const base = align(8 + headerFor(0).length + 256);
  const header = headerFor(base);
  if (8 + header.length > base) throw new Error('index header does not fit');
  const prefix = Buffer.alloc(base);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  header.copy(prefix, 8);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, INDEX_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([prefix, ...parts]));
  renameSync(temporary, file);
  return file;
}

/** The bytes of a section, copied when they do not start at a multiple of 4 in memory. */
function aligned(
  file: Buffer,
  [start, end]: readonly [number, number],
): { buffer: ArrayBufferLike; offset: number; bytes: number } {
  if ((file.byteOffset + start) % 4 === 0)
    return { buffer: file.buffer, offset: file.byteOffset + start, bytes: end - start };
  const copy = Buffer.from(file.subarray(start, end));
  return { buffer: copy.buffer, offset: copy.byteOffset, bytes: copy.length };
}

const uint32 = (file: Buffer, section: readonly [number, number]): Uint32Array => {
  const { buffer, offset, bytes } = aligned(file, section);
  return new Uint32Array(buffer, offset, bytes / 4);
};

const uint16 = (file: Buffer, section: readonly [number, number]): Uint16Array => {
  const { buffer, offset, bytes } = aligned(file, section);
  return new Uint16Array(buffer, offset, bytes / 2);
};

/**
 * The saved snapshot when it was built from content with this hash; undefined when there is none, it is
 * for other content, or it cannot be read (the caller then builds and saves afresh).
 */
export function loadIndex(dataDir: string, contentHash: string): IndexSnapshot | undefined {
  let file: Buffer;
  try {
    file = readFileSync(join(dataDir, INDEX_FILE));
  } catch {
    return undefined;
  }
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) return undefined;
  let header: Header;
  try {
    header = JSON.parse(file.toString('utf8', 8, 8 + file.readUInt32LE(4))) as Header;
  } catch {
    return undefined;
  }
  if (header.contentHash !== contentHash) return undefined;
  const text = ([start, end]: readonly [number, number]): string[] => {
    const joined = file.toString('utf8', start, end);
    return joined.length === 0 ? [] : joined.split('\n');
  };
  const { sections } = header;
  return {
    version: header.version,
    passageCount: header.passageCount,
    passageCheck: header.passageCheck,
    terms: text(sections.terms),
    stems: text(sections.stems),
    termStems: uint32(file, sections.termStems),
    postingOffsets: uint32(file, sections.postingOffsets),
    postings: uint32(file, sections.postings),
    tokenOffsets: uint32(file, sections.tokenOffsets),
    tokenTerms: uint32(file, sections.tokenTerms),
    tokenPositions: uint16(file, sections.tokenPositions),
    lengths: uint16(file, sections.lengths),
  };
}
