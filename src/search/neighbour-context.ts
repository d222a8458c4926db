import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import {
  compileTerms,
  matchCompiled,
  MAX_MASKED_TERMS,
  type CompiledTerm,
  type TermMatch,
} from './compiled-query.js';
import type { QueryTerm } from './query.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * What a query word is worth to a sentence whose neighbour has it, as a share of the neighbour's match:
 * below the title's share (`TITLE_QUALITY`, 0.5), since a neighbour speaks of its own subject first.
 */
export const NEIGHBOUR_QUALITY = 0.4;

/**
 * Above this many sentences, a word credits no neighbours: a common word says little of the sentence next
 * to it, and its list would cost a long walk on every query that reaches this far.
 */
const NEIGHBOUR_POSTINGS_LIMIT = 2_000;

/**
 * Per index, what `neighbourCredits` counts per passage: how many of the query's words it may have, and the
 * last word counted (its number + 1); all zero between calls.
 */
const scratch = new WeakMap<SentenceIndex, { words: Uint8Array; last: Uint8Array }>();

/**
 * The sentences next to a sentence with a query word, credited that word: an answer is often spread over
 * two sentences ("The abolition of slavery … in Cuba could not fail to advance the restoration of peace" /
 * "It is greatly to be hoped that the present liberal Government of Spain will voluntarily adopt this
 * view": "spain free slaves cuba"). Only sentences with `ownWords` content words of the query or more
 * are credited, each word in at most `NEIGHBOUR_POSTINGS_LIMIT` sentences credits the sentence before and
 * the one after each of them in the same article of the range, at the form's quality times
 * `NEIGHBOUR_QUALITY`. Per passage, one quality per query word (0 where none); undefined when no word
 * credits any. Asked for only when nothing else matches (see `Reach.Neighbours`).
 */
export function neighbourCredits(
  index: SentenceIndex,
  /** First passage of each article, ascending, then the passage count. */
  starts: Uint32Array,
  terms: readonly CompiledTerm[],
  range: PassageRange,
  ownWords: number,
): Map<number, Float64Array> | undefined {
  const n = Math.min(terms.length, MAX_MASKED_TERMS);
  let state = scratch.get(index);
  if (state === undefined || state.words.length !== index.passageCount) {
    state = { words: new Uint8Array(index.passageCount), last: new Uint8Array(index.passageCount) };
    scratch.set(index, state);
  }
  const { words, last } = state;
  const touched: number[] = [];
  const forms = (i: number): [id: number, quality: number][] =>
    terms[i]!.alternatives.flatMap((units) => (units.length === 1 ? [...units[0]!] : []));
  // How many of the query's content words each passage may have (each word once, whatever its form; a
  // phrase's first word stands for it).
  for (let i = 0; i < n; i++) {
    if (terms[i]!.light) continue;
    for (const id of terms[i]!.starts) {
      const postings = index.postings(id);
      for (let p = lowerBound(postings, range.from); p < postings.length && postings[p]! < range.to; p++) {
        const at = postings[p]!;
        if (last[at] === i + 1) continue;
        if (words[at] === 0) touched.push(at);
        last[at] = i + 1;
        words[at]! += 1;
      }
    }
  }
  let credited: Map<number, Float64Array> | undefined;
  const credit = (at: number, i: number, quality: number): void => {
    if (words[at]! < ownWords) return;
    credited ??= new Map();
    let qualities = credited.get(at);
    if (qualities === undefined) credited.set(at, (qualities = new Float64Array(terms.length)));
    qualities[i] = Math.max(qualities[i]!, quality);
  };
  for (let i = 0; i < n; i++) {
    if (terms[i]!.light) continue;
    for (const [id, quality] of forms(i)) {
      const postings = index.postings(id);
      if (postings.length > NEIGHBOUR_POSTINGS_LIMIT) continue;
      for (let p = lowerBound(postings, range.from); p < postings.length && postings[p]! < range.to; p++) {
        const at = postings[p]!;
        const article = lowerBound(starts, at + 1) - 1;
        if (at - 1 >= Math.max(range.from, starts[article]!)) credit(at - 1, i, quality * NEIGHBOUR_QUALITY);
        if (at + 1 < Math.min(range.to, starts[article + 1]!)) credit(at + 1, i, quality * NEIGHBOUR_QUALITY);
      }
    }
  }
  for (const at of touched) {
    words[at] = 0;
    last[at] = 0;
  }
  return credited;
}

/** Which of a query's content words a sentence has, each as typed or through a relative. */
export class WordCount {
  protected readonly terms: readonly CompiledTerm[];
  private readonly match: TermMatch = { quality: 0, first: 0, last: 0 };

  constructor(
    protected readonly index: SentenceIndex,
    terms: readonly QueryTerm[],
  ) {
    this.terms = compileTerms(index, terms).filter((term) => !term.light);
  }

  /** Whether passage `at` has each of the query's content words. */
  hasAll(at: number): boolean {
    return this.terms.every((term) => this.has(at, term));
  }

  /** Whether passage `at` has any of the query's content words. */
  hasAny(at: number): boolean {
    return this.terms.some((term) => this.has(at, term));
  }

  protected has(at: number, term: CompiledTerm): boolean {
    matchCompiled(this.index, at, term, this.match);
    return this.match.quality > 0;
  }
}

/**
 * The sentences around a hit as weak context for it: "the deficit will remain at close to half a trillion
 * dollars" follows a sentence about the US's deficits, so it is about the US too. Used only to order
 * sentences that each lack a word of a question (see `SearchEngine.preferAnswers`), never to find one.
 */
export class NeighbourContext extends WordCount {
  /** How many of the query's content words passage `at` lacks and a neighbour of its article has. */
  wordsAround(at: number): number {
    const slug = this.index.passages[at]!.slug;
    const neighbours = [at - 1, at + 1].filter((k) => this.index.passages[k]?.slug === slug);
    let count = 0;
    for (const term of this.terms) {
      if (this.has(at, term)) continue;
      if (neighbours.some((k) => this.has(k, term))) count += 1;
    }
    return count;
  }
}
