import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryHolder, watchContentDir } from '../runtime/content-watcher.js';
import { BACKGROUND_INDEX_ABOVE, loadLibrary } from '../runtime/library-loader.js';
import { Bot } from '../src/index.js';
import { percentile, round } from './bench-row.js';
import { seededRandom } from '../src/daily/prng.js';
import { queriesFor } from './scale-queries.js';

/**
 * Run by `bench/scale-startup.ts` in a fresh process (compiled, as the bot runs). `bot`: start as
 * `runtime/main.ts` does (snapshot, holder, bot) and answer one query, then ask distinct queries for
 * p50/p99; prints `{index, parsed, readyMs, rssMb, p50Ms, p99Ms}`, times from process start.
 * `pickup`: the same start, then one file changes and the watcher's reload makes it searchable; prints
 * `{pickupMs, pickupCpuMs}` (the process's CPU time meanwhile: steadier than wall time on a busy machine).
 */
const [mode, content, data, query, count] = process.argv.slice(2) as [string, string, string, string, string];
const loaded = loadLibrary(content, {
  dataDir: data,
  backgroundAbove: BACKGROUND_INDEX_ABOVE,
  log: () => undefined,
});
const holder = new LibraryHolder(content, loaded.state, data);
const bot = new Bot(holder);
const first = bot.library.search({ query, limit: 5 });
const readyMs = performance.now();
const rssMb = process.memoryUsage().rss / 1e6;

if (mode === 'bot') {
  const library = holder.current;
  const passages = library.articles.flatMap((article) => library.quotable(article));
  const queries = queriesFor(passages, Number(count), seededRandom(99));
  const times = queries.map((q) => {
    const start = performance.now();
    library.search({ query: q.query, limit: 5 });
    return performance.now() - start;
  });
  console.log(
    JSON.stringify({
      index: loaded.index,
      parsed: loaded.parsed,
      hits: first.hits.length,
      readyMs: round(readyMs, 0),
      rssMb: round(rssMb, 0),
      queries: times.length,
      p50Ms: round(percentile(times, 50), 2),
      p99Ms: round(percentile(times, 99), 2),
      rssAfterQueriesMb: round(process.memoryUsage().rss / 1e6, 0),
    }),
  );
} else {
  const watcher = watchContentDir(holder, {
    onError: (error) => process.stderr.write(`reload failed: ${error.message}\n`),
  });
  const slug = holder.current.articles[Math.floor(holder.current.articles.length / 2)]!.slug;
  const word = `Quokkaflotilla${Date.now() % 100_000}`;
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const startCpu = cpuMs();
  const start = performance.now();
  appendFileSync(join(content, `${slug}.md`), `\n\nThe ${word} sailed at dawn.\n`);
  const found = (): boolean => holder.current.search({ query: word }).hits.length > 0;
  while (!found()) await new Promise((resolve) => setTimeout(resolve, 5));
  const pickupMs = performance.now() - start;
  const pickupCpuMs = cpuMs() - startCpu;
  watcher.close();
  holder.flush();
  console.log(
    JSON.stringify({ index: loaded.index, pickupMs: round(pickupMs, 0), pickupCpuMs: round(pickupCpuMs, 0) }),
  );
}
