import { setTimeout as delay } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import type { IndexSnapshot, Library, Passage } from '../src/index.js';
import { readSnapshot } from '../runtime/snapshot/snapshot-file.js';
import { foldText } from '../src/text/fold.js';
import { percentile, round } from './bench-row.js';
import { judge, QUERY_KINDS, type BenchQuery } from './scale-queries.js';

setFlagsFromString('--expose-gc');

/** The index of the library snapshot the bench saved in `dir` (build hash 'bench'). */
export function savedIndex(dir: string): IndexSnapshot {
  const read = readSnapshot(dir, 'bench');
  if (read.kind !== 'read') throw new Error(`the bench's library snapshot in ${dir} could not be read`);
  return read.snapshot.index;
}
const collect = runInNewContext('gc') as () => void;

/**
 * Memory the process holds now (JS heap and typed arrays' buffers), in MB, after full collections. The
 * buffers of collected typed arrays are freed off the main thread: a pause between collections lets that
 * finish, or a measure could still count the last build's garbage.
 */
export async function memoryMb(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    collect();
    await delay(50);
  }
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1e6;
}

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** What one engine answered to one query. */
export interface Answer {
  readonly query: BenchQuery;
  readonly ms: number;
  readonly strict: readonly boolean[];
  readonly lenient: readonly boolean[];
}

export interface KindFigures {
  readonly queries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly hit1: number;
  readonly hit5: number;
  readonly hit1Lenient: number;
  readonly hit5Lenient: number;
}

/** Latency and accuracy of a set of answers, per query kind and for all of them ('all'). */
export function figuresOf(answers: readonly Answer[]): Record<string, KindFigures> {
  const of = (list: readonly Answer[]): KindFigures => {
    const share = (test: (a: Answer) => boolean): number =>
      list.length === 0 ? 0 : round(list.filter(test).length / list.length, 3);
    return {
      queries: list.length,
      p50Ms: round(
        percentile(
          list.map((a) => a.ms),
          50,
        ),
        2,
      ),
      p99Ms: round(
        percentile(
          list.map((a) => a.ms),
          99,
        ),
        2,
      ),
      hit1: share((a) => a.strict[0] === true),
      hit5: share((a) => a.strict.slice(0, 5).includes(true)),
      hit1Lenient: share((a) => a.lenient[0] === true),
      hit5Lenient: share((a) => a.lenient.slice(0, 5).includes(true)),
    };
  };
  const figures: Record<string, KindFigures> = { all: of(answers) };
  for (const kind of QUERY_KINDS) figures[kind] = of(answers.filter((a) => a.query.kind === kind));
  return figures;
}

function answerOf(query: BenchQuery, ms: number, texts: readonly string[]): Answer {
  const judged = texts.map((text) => judge(query, text));
  return { query, ms, strict: judged.map((j) => j.strict), lenient: judged.map((j) => j.lenient) };
}

/** Our engine: `library.search` with the bot's default options, 5 hits. */
export function askLibrary(library: Library, queries: readonly BenchQuery[]): Answer[] {
  return queries.map((query) => {
    const { value, ms } = timed(() => library.search({ query: query.query, limit: 5 }));
    return answerOf(
      query,
      ms,
      value.hits.map((hit) => hit.passage.text),
    );
  });
}

/** Plain fuse.js tuned for sentences: the same folding, `ignoreLocation`, token search. */
export function plainFuse(passages: readonly Passage[]): Fuse<string> {
  return new Fuse(
    passages.map((passage) => foldText(passage.text)),
    { ignoreLocation: true, useTokenSearch: true, threshold: 0.4 },
  );
}

/** Plain fuse.js's answers, as many as fit in `budgetMs` (every kind in turn, so each gets its share). */
export function askFuse(
  fuse: Fuse<string>,
  passages: readonly Passage[],
  queries: readonly BenchQuery[],
  budgetMs: number,
): Answer[] {
  const byKind = QUERY_KINDS.map((kind) => queries.filter((query) => query.kind === kind));
  const answers: Answer[] = [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < budgetMs; i++) {
    const round = byKind.map((list) => list[i]).filter((query) => query !== undefined);
    if (round.length === 0) break;
    for (const query of round) {
      const { value, ms } = timed(() => fuse.search(foldText(query.query), { limit: 5 }));
      answers.push(
        answerOf(
          query,
          ms,
          value.map((result) => passages[result.refIndex]!.text),
        ),
      );
    }
  }
  return answers;
}
