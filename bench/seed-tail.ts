import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, round } from './bench-row.js';

/**
 * Which unseen queries make the seed article's (or the BBC library's) tail, and the same figures for another
 * checkout in the same run. Each repeat runs `bench/seed-tail-child.ts` in a fresh process per checkout
 * (alternating which goes first), as `npm run bench` runs the row: load, warm up on another stream, each
 * query once. A query's minimum over the repeats is its own cost, free of GC and of other processes'
 * slices; the bench row's figures (p50 / p99 of one run) are given as the median over the repeats.
 * Answers (status, hits with scores and highlights, suggestions) are compared between the checkouts.
 *
 *   npx tsx bench/seed-tail.ts [--base DIR] [--corpus seed|bbc] [--repeats 5] [--count 5000] [--out FILE]
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    corpus: { type: 'string', default: 'seed' },
    repeats: { type: 'string', default: '5' },
    count: { type: 'string', default: '5000' },
    slowest: { type: 'string', default: '30' },
    out: { type: 'string' },
  },
});
const repeats = Number(values.repeats);
const here = resolve(import.meta.dirname, '..');
const checkouts = [{ name: 'branch', root: here }];
if (values.base) checkouts.unshift({ name: 'base', root: resolve(values.base) });

interface Run {
  readonly queries: string[];
  readonly ms: number[];
  /** The process's CPU time (all threads) per query. */
  readonly cpu: number[];
  readonly starts: number[];
  /** Garbage collections seen: start (performance.now()), duration, kind. */
  readonly gcs: [number, number, number][];
  readonly answers: string[];
}

/** Milliseconds of garbage collection that overlap each query, and the collections in the timed stream. */
function gcPerQuery(run: Run): { overlap: number[]; count: number; ms: number } {
  const overlap = run.ms.map(() => 0);
  const from = run.starts[0]!;
  const to = run.starts.at(-1)! + run.ms.at(-1)!;
  let count = 0;
  let ms = 0;
  for (const [start, duration] of run.gcs) {
    if (start + duration < from || start > to) continue;
    count += 1;
    ms += duration;
    for (let q = 0; q < run.ms.length; q++) {
      if (run.starts[q]! <= start + duration && start <= run.starts[q]! + run.ms[q]!) overlap[q]! += duration;
    }
  }
  return { overlap, count, ms };
}

const runs: Run[][] = checkouts.map(() => []);
for (let r = 0; r < repeats; r++) {
  for (let c = 0; c < checkouts.length; c++) {
    const k = (c + r) % checkouts.length;
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'bench/seed-tail-child.ts'),
        checkouts[k]!.root,
        values.corpus,
        values.count,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 30, cwd: here },
    );
    if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
    runs[k]!.push(JSON.parse(child.stdout) as Run);
  }
  process.stderr.write(`repeat ${r + 1} done\n`);
}

const queries = runs[0]![0]!.queries;
const minimums = runs.map((list) => queries.map((_, q) => Math.min(...list.map((run) => run.ms[q]!))));
const cpuMinimums = runs.map((list) => queries.map((_, q) => Math.min(...list.map((run) => run.cpu[q]!))));
const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`${values.corpus}: ${queries.length} unseen queries, ${repeats} repeats (ms)`);
for (const [c, checkout] of checkouts.entries()) {
  const rowP50 = median(runs[c]!.map((run) => percentile(run.ms, 50)));
  const rowP99 = median(runs[c]!.map((run) => percentile(run.ms, 99)));
  const allP99 = runs[c]!.map((run) => round(percentile(run.ms, 99), 3)).join(' ');
  console.log(
    `${checkout.name.padEnd(7)} per-query minimum p50 ${round(percentile(minimums[c]!, 50), 4)} p99 ${round(percentile(minimums[c]!, 99), 4)} max ${round(Math.max(...minimums[c]!), 3)}` +
      `   bench row (median of runs) p50 ${round(rowP50, 4)} p99 ${round(rowP99, 4)}   row p99 per run: ${allP99}`,
  );
  console.log(
    `${''.padEnd(7)} per-query minimum CPU p50 ${round(percentile(cpuMinimums[c]!, 50), 4)} p99 ${round(percentile(cpuMinimums[c]!, 99), 4)} max ${round(Math.max(...cpuMinimums[c]!), 3)}`,
  );
  for (const run of runs[c]!) {
    const { overlap, count, ms } = gcPerQuery(run);
    const p99 = percentile(run.ms, 99);
    const tail = run.ms.filter((m) => m >= p99).length;
    const tailGc = run.ms.filter((m, q) => m >= p99 && overlap[q]! > 0).length;
    console.log(
      `${''.padEnd(7)} run: ${count} GCs, ${round(ms, 1)} ms; queries ≥ p99 ${tail}, of which during a GC ${tailGc}`,
    );
  }
}
const worst = queries
  .map((query, q) => ({ query, q, ms: Math.max(...cpuMinimums.map((m) => m[q]!)) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, Number(values.slowest));
console.log('\nslowest queries (minimum wall / CPU ms per checkout):');
for (const { query, q } of worst) {
  const cells = checkouts
    .map((checkout, c) => `${checkout.name} ${round(minimums[c]![q]!, 3)} / ${round(cpuMinimums[c]![q]!, 3)}`)
    .join('  ');
  console.log(`${cells}  ${JSON.stringify(query)}`);
}
if (checkouts.length > 1) {
  let differ = 0;
  for (let c = 0; c < checkouts.length; c++) {
    for (const run of runs[c]!) {
      for (const [q, answer] of run.answers.entries()) {
        if (answer !== runs[0]![0]!.answers[q]) {
          if (differ < 5)
            console.log(`differs: ${JSON.stringify(queries[q])}\n  ${runs[0]![0]!.answers[q]}\n  ${answer}`);
          differ += 1;
        }
      }
    }
  }
  console.log(`\nanswers that differ from base's first run (all runs of both checkouts): ${differ}`);
}
if (values.out) writeFileSync(values.out, JSON.stringify({ checkouts, queries, minimums, cpuMinimums }));
