import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Core from '../src/index.js';
import type * as LexiconModule from '../runtime/lexicon.js';
import type { Article, IndexSnapshot, Library as LibraryType, SearchResult } from '../src/index.js';
import { readSnapshot, writeSnapshot } from '../runtime/snapshot/snapshot-file.js';
import { percentile, round } from './bench-row.js';
import { seededRandom } from '../src/daily/prng.js';
import { corpusOf } from './scale-corpus.js';
import { QUERY_KINDS, queriesFor, type BenchQuery } from './scale-queries.js';
import { loadSotuArticles } from './sotu-corpus.js';

/**
 * Where a large library's query tail comes from, without the noise of a shared machine: each query's
 * minimum time over `--repeats` runs (another process's slice lands on one run, not on all). With
 * `--base DIR` (another checkout of quotebot, e.g. `git archive main | tar -x -C DIR` with node_modules
 * linked), both checkouts' libraries load the same saved index and answer each query in turn, alternating, so
 * their figures come from the same run; their answers are compared too (ids and scores of the hits).
 *
 *   npx tsx bench/scale-tail.ts --size 1m --base /tmp/base [--cache /tmp/scale-1m] [--repeats 5]
 *
 * Queries: the startup row's (100 a kind, seed 99) and the search rows' (`--per-kind`, seed = size).
 * Prints per kind the p50/p99 of minimums (wall-clock, and the process's CPU time: steadier on a busy
 * machine), then the slowest queries.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1m' },
    base: { type: 'string' },
    cache: { type: 'string' },
    repeats: { type: 'string', default: '5' },
    'per-kind': { type: 'string', default: '100' },
    slowest: { type: 'string', default: '25' },
  },
});
const sizeOf = (text: string): number =>
  Math.round(Number.parseFloat(text) * ({ k: 1e3, m: 1e6 }[text.slice(-1).toLowerCase()] ?? 1));
const size = sizeOf(values.size);
const repeats = Number(values.repeats);
const log = (text: string): void => void process.stderr.write(`${text}\n`);

interface Checkout {
  readonly name: string;
  readonly make: (articles: readonly Article[], index: IndexSnapshot) => LibraryType;
}

async function checkoutOf(name: string, root: string): Promise<Checkout> {
  const { Library } = (await import(join(root, 'src/index.ts'))) as typeof Core;
  const { loadLexicon } = (await import(join(root, 'runtime/lexicon.ts'))) as typeof LexiconModule;
  // Both read this checkout's built lexicon (the base may have no dist/).
  const lexicon = loadLexicon(resolve(import.meta.dirname, '../dist/lexicon.txt'));
  return { name, make: (articles, index) => Library.fromIndex(articles, index, { lexicon }) };
}

const checkouts = [await checkoutOf('branch', resolve(import.meta.dirname, '..'))];
if (values.base) checkouts.unshift(await checkoutOf('base', resolve(values.base)));

const dir = resolve(values.cache ?? join('/tmp', `quotebot-scale-tail-${size}`));
if (!existsSync(join(dir, 'library-snapshot.bin'))) {
  log(`${size} sentences: corpus, then the index (saved in ${dir})…`);
  const articles = corpusOf(loadSotuArticles(), size);
  mkdirSync(dir, { recursive: true });
  const { Library } = await import('../src/index.js');
  writeSnapshot(dir, 'bench', { manifest: [], articles, index: Library.create(articles).exportIndex() });
}
// As the bot holds them: the saved articles, their text read from the file when asked for.
const read = readSnapshot(dir, 'bench');
if (read.kind !== 'read') throw new Error(`the snapshot in ${dir} could not be read`);
const { articles, index } = read.snapshot;
const libraries = checkouts.map((checkout) => checkout.make(articles, index));
const passages = libraries[0]!.articles.flatMap((article) => libraries[0]!.quotable(article));
const queries = [
  ...queriesFor(passages, 100, seededRandom(99)).map((q) => ({ ...q, set: 'startup' })),
  ...queriesFor(passages, Number(values['per-kind']), seededRandom(size)).map((q) => ({ ...q, set: 'rows' })),
];
log(`${queries.length} queries × ${repeats} × ${checkouts.length} checkouts…`);

const signature = (result: SearchResult): string =>
  `${result.status}|${result.closest === true}|${result.hits.map((hit) => `${hit.passage.id}:${hit.score}`).join(',')}|${result.suggestions.join(',')}`;
const best = checkouts.map(() => new Float64Array(queries.length).fill(Infinity));
const bestCpu = checkouts.map(() => new Float64Array(queries.length).fill(Infinity));
const answers = checkouts.map(() => new Array<string>(queries.length));
for (let r = 0; r < repeats; r++) {
  for (const [q, query] of queries.entries()) {
    for (let c = 0; c < checkouts.length; c++) {
      // Alternate which checkout goes first: neither always finds the other's cache lines warm.
      const k = (c + q + r) % checkouts.length;
      const cpu = process.cpuUsage();
      const start = performance.now();
      const result = libraries[k]!.search({ query: query.query, limit: 5 });
      const ms = performance.now() - start;
      const { user, system } = process.cpuUsage(cpu);
      if (ms < best[k]![q]!) best[k]![q] = ms;
      if ((user + system) / 1000 < bestCpu[k]![q]!) bestCpu[k]![q] = (user + system) / 1000;
      if (r === 0) answers[k]![q] = signature(result);
    }
  }
  log(`repeat ${r + 1} done`);
}

const row = (times: readonly number[]): string =>
  `${round(percentile(times, 50), 2)} / ${round(percentile(times, 99), 2)} / ${round(Math.max(...times), 1)}`;
for (const [measure, figures] of [
  ['wall-clock', best],
  ['CPU time (process, all threads)', bestCpu],
] as const) {
  console.log(`\nper-query minimum ${measure} over ${repeats} runs, ${size} sentences: p50 / p99 / max ms`);
  for (const set of ['startup', 'rows']) {
    for (const kind of ['all', ...QUERY_KINDS]) {
      const picked = queries
        .map((query, q) => ({ query, q }))
        .filter(({ query }) => query.set === set && (kind === 'all' || query.kind === kind))
        .map(({ q }) => q);
      const cells = checkouts.map(
        (checkout, c) => `${checkout.name} ${row(picked.map((q) => figures[c]![q]!))}`,
      );
      console.log(`${set.padEnd(8)} ${kind.padEnd(10)} ${cells.join('   ')}`);
    }
  }
}
const slowest = queries
  .map((query: BenchQuery & { set: string }, q) => ({ query, q, ms: Math.max(...bestCpu.map((b) => b[q]!)) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, Number(values.slowest));
console.log('\nslowest queries (minimum wall / CPU ms per checkout):');
for (const { query, q } of slowest) {
  const cells = checkouts
    .map((checkout, c) => `${checkout.name} ${round(best[c]![q]!, 1)} / ${round(bestCpu[c]![q]!, 1)}`)
    .join('  ');
  console.log(`${cells}  ${query.kind.padEnd(9)} ${JSON.stringify(query.query)}`);
}
if (checkouts.length > 1) {
  const differ = queries.filter((_, q) => answers[0]![q] !== answers[1]![q]);
  console.log(
    `\nanswers that differ between ${checkouts[0]!.name} and ${checkouts[1]!.name}: ${differ.length}`,
  );
  for (const query of differ.slice(0, 10)) {
    const q = queries.indexOf(query);
    console.log(`  ${JSON.stringify(query.query)}\n    ${answers[0]![q]}\n    ${answers[1]![q]}`);
  }
}
