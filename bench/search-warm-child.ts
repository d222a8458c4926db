import { join } from 'node:path';
import { loadLibrary } from '../runtime/library-loader.js';
import { warmUpSearch } from '../runtime/search-warm-up.js';
import { unseenAfterWarmUp } from './unseen-queries.js';

/**
 * The seed search row of a bot just started, in a process of its own (no JIT or cache of another row warm):
 * loads the content as the bot does, runs the bot's own search warm-up (runtime/search-warm-up.ts, as the
 * bot runs it at its first quiet moment), then times each query of the bench's unseen stream once, leaving
 * out any the warm-up asked. Prints one JSON line: `{queries, ms, warmUp: {queries, ms}}`.
 *
 *   npx tsx bench/search-warm-child.ts ROOT [COUNT]
 */
const [root = '.', countArg = '5000'] = process.argv.slice(2);
const { library } = loadLibrary(join(root, 'content'));
const started = performance.now();
const warmed = await warmUpSearch(() => library).done;
const warmMs = performance.now() - started;

const queries = unseenAfterWarmUp(library, Number(countArg));
const ms = queries.map((query) => {
  const start = process.hrtime.bigint();
  library.search({ query });
  return Number(process.hrtime.bigint() - start) / 1e6;
});
process.stdout.write(`${JSON.stringify({ queries, ms, warmUp: { queries: warmed, ms: warmMs } })}\n`);
