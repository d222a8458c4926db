import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The CPU time and the bytes allocated per unseen `/quote` (Bot.handle, then the Slack and the Discord
 * rendering, serialised), on this checkout and optionally another (`--base DIR`), in fresh processes
 * alternating between the checkouts (bench/handle-cost-child.ts), and whether the two give the same full
 * answers. Prints, per corpus and checkout: mean / p50 / p90 / p99 CPU µs per query (each repeat's figure,
 * then the median over repeats), mean bytes allocated per query, and the slowest queries.
 *
 *   npx tsx bench/handle-cost.ts [--base DIR] [--corpus seed,bbc,pairs] [--count 5000] [--repeats 3]
 *
 * `alloc` runs with a 256 MB young generation, so that a query rarely meets a scavenge; queries that did
 * (their heap shrank) are left out of the mean and counted.
 */
const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const here = resolve(join(import.meta.dirname, '..'));
const base = process.argv.includes('--base') ? resolve(arg('base', '.')) : undefined;
const corpora = arg('corpus', 'seed,bbc').split(',');
const count = arg('count', '5000');
const repeats = Number(arg('repeats', '3'));
const CHILD = join(here, 'bench/handle-cost-child.ts');

interface ChildOutput {
  readonly queries: string[];
  readonly values: number[];
  readonly answers: string[];
}

function run(root: string, corpus: string, mode: string, flags: string[] = []): ChildOutput {
  const out = execFileSync(
    process.execPath,
    [...flags, '--import', 'tsx', CHILD, root, corpus, count, mode],
    { cwd: here, maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  return JSON.parse(out) as ChildOutput;
}

const at = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const checkouts: [string, string][] = base
  ? [
      ['base', base],
      ['this', here],
    ]
  : [['this', here]];
console.log(
  `load before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const corpus of corpora) {
  const stats = new Map<string, number[][]>();
  const slowest = new Map<string, Map<string, number>>();
  for (let repeat = 0; repeat < repeats; repeat++) {
    const order = repeat % 2 === 0 ? checkouts : [...checkouts].reverse();
    for (const [name, root] of order) {
      const { queries, values } = run(root, corpus, 'cpu');
      const sorted = [...values].sort((a, b) => a - b);
      const row = [mean(values), at(sorted, 50), at(sorted, 90), at(sorted, 99)];
      stats.set(name, [...(stats.get(name) ?? []), row]);
      const own = slowest.get(name) ?? new Map<string, number>();
      queries.forEach((query, i) => own.set(query, Math.min(own.get(query) ?? Infinity, values[i]!)));
      slowest.set(name, own);
    }
  }
  for (const [name] of checkouts) {
    const rows = stats.get(name)!;
    const fmt = (row: number[]): string => row.map((v) => v.toFixed(0)).join('/');
    const medians = [0, 1, 2, 3].map((k) => median(rows.map((row) => row[k]!)));
    console.log(
      `${corpus} ${name}: CPU µs per query mean/p50/p90/p99, each repeat ${rows.map(fmt).join('  ')}; median ${fmt(medians)}`,
    );
    // Each query's least CPU over the repeats: its own cost, with less of the collections and the other
    // processes' interference that landed on it in one run.
    const own = [...slowest.get(name)!.values()];
    const sortedOwn = [...own].sort((a, b) => a - b);
    console.log(
      `${corpus} ${name}: each query's min over repeats mean/p50/p90/p99 ${fmt([mean(own), at(sortedOwn, 50), at(sortedOwn, 90), at(sortedOwn, 99)])}`,
    );
  }
  for (const [name, root] of checkouts) {
    const { values } = run(root, corpus, 'alloc', ['--max-semi-space-size=256', '--min-semi-space-size=256']);
    const clean = values.filter((v) => v >= 0);
    console.log(
      `${corpus} ${name}: bytes allocated per query mean ${mean(clean).toFixed(0)}, p50 ${at(
        [...clean].sort((a, b) => a - b),
        50,
      )} (${values.length - clean.length} queries met a scavenge)`,
    );
    const own = [...slowest.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `  slowest (min over repeats, µs): ${own.map(([q, v]) => `${JSON.stringify(q)} ${v}`).join(', ')}`,
    );
  }
  if (base) {
    const [a, b] = [run(base, corpus, 'answers'), run(here, corpus, 'answers')];
    const differ = a.answers.filter((answer, i) => answer !== b.answers[i]);
    console.log(`${corpus}: ${a.answers.length} full answers compared, ${differ.length} differ`);
  }
}
console.log(
  `load after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
