/** One line of a benchmark table. Ratios compare with a baseline measured in the same run. */
export interface BenchRow {
  readonly name: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** What the row is compared with, and the ratio (ours / baseline), when there is a baseline. */
  readonly baseline?: { readonly name: string; readonly p50Ms: number; readonly ratio: number };
  readonly target: string;
  readonly ok: boolean;
  readonly extra?: Readonly<Record<string, number | string>>;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

/** Milliseconds each of `rounds` calls of `fn` takes, after `warmup` untimed calls. */
export function timeSamples(fn: () => void, rounds: number, warmup = 0): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Prints rows as an aligned table. */
export function printTable(rows: readonly BenchRow[]): void {
  const lines = rows.map((row) => [
    row.name,
    String(row.p50Ms),
    String(row.p99Ms),
    row.baseline ? `${row.baseline.name} ${row.baseline.p50Ms} ms (×${row.baseline.ratio})` : '',
    row.target,
    row.ok ? 'ok' : 'MISSED',
  ]);
  const header = ['benchmark', 'p50 ms', 'p99 ms', 'baseline (same run)', 'target', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
