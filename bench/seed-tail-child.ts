import { join, resolve } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type * as Core from '../src/index.js';
import type * as LexiconModule from '../runtime/lexicon.js';
import type * as LoaderModule from '../runtime/library-loader.js';
import type * as BbcModule from './bbc-corpus.js';
import type { Library, SearchResult } from '../src/index.js';
import { unseenQueries } from './unseen-queries.js';

/**
 * One run of `npm run bench`'s unseen-query rows for bench/seed-tail.ts, in a process of its own (so that
 * no cache of an earlier run is warm): the checkout at `root` loads the seed article (`seed`) or the 40 BBC
 * articles (`bbc`), warms up on the bench's other stream, then times each query of the stream once.
 * Prints one JSON line: each query's milliseconds and its answer.
 *
 *   npx tsx bench/seed-tail-child.ts ROOT seed|bbc [COUNT]
 */
const [rootArg, corpus = 'seed', countArg = '5000'] = process.argv.slice(2);
const root = resolve(rootArg ?? '.');
const count = Number(countArg);

const { Library: LibraryClass } = (await import(join(root, 'src/index.ts'))) as typeof Core;
const { sharedLexicon } = (await import(join(root, 'runtime/lexicon.ts'))) as typeof LexiconModule;
const { loadLibrary } = (await import(join(root, 'runtime/library-loader.ts'))) as typeof LoaderModule;
const { loadBbcArticles } = (await import(join(root, 'bench/bbc-corpus.ts'))) as typeof BbcModule;

const library: Library =
  corpus === 'bbc'
    ? LibraryClass.create(loadBbcArticles(), { lexicon: sharedLexicon() })
    : loadLibrary(join(root, 'content')).library;
const passages = library.articles.flatMap((article) => library.quotable(article));
for (const query of unseenQueries(passages, 500, 99)) library.search({ query });
const queries = unseenQueries(passages, count);

const signature = (result: SearchResult): string =>
  JSON.stringify([
    result.status,
    result.closest === true,
    result.hits.map((hit) => [hit.passage.id, hit.score, hit.highlights]),
    result.suggestions,
  ]);
// Garbage collections during the timed stream, to tell a query's own cost from a pause landing in it.
const gcs: [number, number, number][] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
    gcs.push([entry.startTime, entry.duration, kind]);
  }
});
observer.observe({ entryTypes: ['gc'] });
const ms: number[] = [];
const cpu: number[] = [];
const starts: number[] = [];
const answers: string[] = [];
for (const query of queries) {
  const begin = performance.now();
  const used = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = library.search({ query });
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  const { user, system } = process.cpuUsage(used);
  cpu.push((user + system) / 1000);
  starts.push(begin);
  answers.push(signature(result));
}
// Entries are delivered asynchronously.
await new Promise((done) => setTimeout(done, 50));
observer.disconnect();
process.stdout.write(`${JSON.stringify({ queries, ms, cpu, starts, gcs, answers })}\n`);
