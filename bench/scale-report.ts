import { round } from './bench-row.js';
import type { KindFigures } from './scale-measure.js';
import type { Ambiguity, AmbiguousKind } from './scale-queries.js';

/** What `npm run bench:scale` measured at one library size. */
export interface SizeResult {
  readonly size: number;
  readonly articles: number;
  readonly vocabulary: number;
  /** Memory the articles add (text, passages), before any index. */
  readonly corpusMb: number;
  /** How far words/typo queries can tell their source from other sentences (see `ambiguityOf`). */
  readonly ambiguity: Readonly<Record<AmbiguousKind, Ambiguity>>;
  readonly ours: {
    readonly buildMs: number;
    readonly saveMs: number;
    /** Reading the saved index and `Library.fromIndex`. */
    readonly loadMs: number;
    readonly indexMb: number;
    /**
     * Memory the loaded index and engine hold beyond the articles, after queries warmed their caches,
     * measured in a fresh process (`scale-heap.ts`).
     */
    readonly heapMb: number;
    /** The whole process: corpus, library and the bench itself. */
    readonly processMb: number;
    readonly figures: Readonly<Record<string, KindFigures>>;
  };
  readonly fuse: {
    readonly buildMs: number;
    readonly heapMb: number;
    readonly figures: Readonly<Record<string, KindFigures>>;
    /** Our figures on exactly the queries fuse.js answered (it answers fewer in its time budget). */
    readonly oursOnSameQueries: Readonly<Record<string, KindFigures>>;
  } | null;
}

const label = (size: number): string => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`);

/** One line per size, engine and query kind. */
export function printScaleTable(results: readonly SizeResult[]): void {
  const header = [
    'size',
    'engine',
    'build/load ms',
    'heap MB',
    'kind',
    'n',
    'p50 ms',
    'p99 ms',
    'hit@1',
    'hit@5',
    'hit@5 lenient',
  ];
  const lines: string[][] = [];
  for (const result of results) {
    const engines = [
      [
        'ours',
        `${result.ours.buildMs} / ${result.ours.loadMs}`,
        String(result.ours.heapMb),
        result.ours.figures,
      ] as const,
      ...(result.fuse
        ? ([
            ['fuse.js', `${result.fuse.buildMs} / –`, String(result.fuse.heapMb), result.fuse.figures],
          ] as const)
        : []),
    ];
    for (const [engine, time, heap, figures] of engines) {
      for (const [kind, f] of Object.entries(figures)) {
        lines.push([
          label(result.size),
          engine,
          time,
          heap,
          kind,
          String(f.queries),
          String(f.p50Ms),
          String(f.p99Ms),
          String(f.hit1),
          String(f.hit5),
          String(f.hit5Lenient),
        ]);
      }
    }
    if (result.fuse) {
      const ours = result.fuse.oursOnSameQueries.all!;
      const theirs = result.fuse.figures.all!;
      lines.push([
        label(result.size),
        'ratio',
        '',
        '',
        'same queries',
        String(ours.queries),
        `×${round(theirs.p50Ms / ours.p50Ms, 0)} faster`,
        `×${round(theirs.p99Ms / ours.p99Ms, 0)}`,
        `${ours.hit1} vs ${theirs.hit1}`,
        `${ours.hit5} vs ${theirs.hit5}`,
        `${ours.hit5Lenient} vs ${theirs.hit5Lenient}`,
      ]);
    }
  }
  for (const result of results) {
    const kinds = Object.entries(result.ambiguity);
    console.log(
      `${label(result.size)}: ${result.articles} articles, ${result.vocabulary} terms; queries whose words more than 5 sentences share: ${kinds.map(([kind, a]) => `${kind} ${a.ambiguous}`).join(', ')}; strict hit@5 of random order among those / of the best possible ranking: ${kinds.map(([kind, a]) => `${kind} ${a.randomHit5} / ${a.bestHit5}`).join(', ')}`,
    );
  }
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

/** The issue's targets, checked against this run. */
export function targetsOf(results: readonly SizeResult[]): { name: string; value: string; ok: boolean }[] {
  const targets: { name: string; value: string; ok: boolean }[] = [];
  const at100k = results.find((result) => result.size === 100_000);
  if (at100k) {
    const all = at100k.ours.figures.all!;
    targets.push({ name: '100k p50 ≤ 10 ms', value: `${all.p50Ms} ms`, ok: all.p50Ms <= 10 });
    targets.push({ name: '100k p99 ≤ 50 ms', value: `${all.p99Ms} ms`, ok: all.p99Ms <= 50 });
    const words = at100k.ours.figures.words!.hit5;
    const typo = at100k.ours.figures.typo!.hit5;
    const best = at100k.ambiguity;
    targets.push({
      name: '100k hit@5 clean ≥ 0.95 (words, strict)',
      value: `${words} (best possible on these queries: ${best.words.bestHit5})`,
      ok: words >= 0.95,
    });
    const shuffled = at100k.ours.figures.shuffled!.hit5;
    targets.push({
      name: '100k hit@5 clean ≥ 0.95 (the same words in random order, strict)',
      value: `${shuffled} (best possible on these queries: ${best.shuffled.bestHit5})`,
      ok: shuffled >= 0.95,
    });
    targets.push({
      name: '100k hit@5 one typo ≥ 0.90 (strict)',
      value: `${typo} (best possible with the typo undone: ${best.typo.bestHit5})`,
      ok: typo >= 0.9,
    });
    targets.push({
      name: '100k index load ≤ 1 s',
      value: `${at100k.ours.loadMs} ms`,
      ok: at100k.ours.loadMs <= 1000,
    });
    targets.push({
      name: '100k heap ≤ 200 MB (index + engine)',
      value: `${at100k.ours.heapMb} MB`,
      ok: at100k.ours.heapMb <= 200,
    });
    if (at100k.fuse) {
      const ours = at100k.fuse.oursOnSameQueries.all!;
      const theirs = at100k.fuse.figures.all!;
      const speedup = round(theirs.p50Ms / ours.p50Ms, 0);
      targets.push({
        name: '100k ≥ 50× faster than plain fuse.js (p50, same queries)',
        value: `×${speedup}`,
        ok: speedup >= 50,
      });
      targets.push({
        name: '100k hit@5 ≥ plain fuse.js (same queries)',
        value: `${ours.hit5} vs ${theirs.hit5}`,
        ok: ours.hit5 >= theirs.hit5,
      });
    }
  }
  const at1m = results.find((result) => result.size === 1_000_000);
  if (at1m) {
    const all = at1m.ours.figures.all!;
    targets.push({ name: '1M p99 ≤ 300 ms', value: `${all.p99Ms} ms`, ok: all.p99Ms <= 300 });
    targets.push({
      name: '1M heap ≤ 2 GB (whole process)',
      value: `${at1m.ours.processMb} MB`,
      ok: at1m.ours.processMb <= 2000,
    });
  }
  return targets;
}
