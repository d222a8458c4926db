import type { Passage } from '../content/article.js';
import { tokenize } from '../text/tokenize.js';
import { invert } from './index-builder.js';
import { INDEX_FORMAT_VERSION, passageCheckOf, type IndexSnapshot } from './index-data.js';

const MAX_POSITION = 0xffff;

/**
 * A run of the new library's passages, in order: passages `from`…`to - 1` of the previous index, or passages
 * the previous index does not have (new or changed articles).
 */
export type IndexSegment =
  | { readonly kind: 'kept'; readonly from: number; readonly to: number }
  | { readonly kind: 'new'; readonly passages: readonly Passage[] };

/**
 * Where an update's large arrays come from; each must come zero-filled and be used by no one else. Fresh by
 * default. The runtime may hand out memory it touched in advance: on some machines (virtual ones) the first
 * write to fresh memory costs more than the update's own work.
 */
export interface IndexMemory {
  uint32(length: number): Uint32Array;
  uint16(length: number): Uint16Array;
}

export const FRESH_MEMORY: IndexMemory = {
  uint32: (length) => new Uint32Array(length),
  uint16: (length) => new Uint16Array(length),
};

/** The tokens of the passages to index, with term ids: the previous index's, or after its vocabulary. */
interface FreshTokens {
  readonly terms: number[];
  readonly positions: number[];
  /** Tokens of each passage, and its words (aliases not counted). */
  readonly counts: number[];
  readonly lengths: number[];
}

/**
 * The index data `IndexBuilder` gives over `passages` (the segments' passages in order), made from a previous
 * index: the token lists of kept passages are copied in bulk, only new passages are tokenized, and term ids
 * are renumbered by first appearance as a fresh build numbers them. Its cost is a few passes over typed
 * arrays, not the tokenizing and hashing of every passage. `termIdOf` finds a term in the previous index.
 */
export function updateIndex(
  previous: IndexSnapshot,
  termIdOf: (term: string) => number | undefined,
  segments: readonly IndexSegment[],
  passages: readonly Passage[],
  memory: IndexMemory = FRESH_MEMORY,
): IndexSnapshot {
  const known = previous.terms.length;
  const added: { term: string; stem: string }[] = [];
  const addedIds = new Map<string, number>();
  const idOf = (term: string, stem: string): number => {
    let id = termIdOf(term) ?? addedIds.get(term);
    if (id === undefined) {
      id = known + added.length;
      added.push({ term, stem });
      addedIds.set(term, id);
    }
    return id;
  };
  const fresh: FreshTokens[] = [];
  let tokenCount = 0;
  let passageCount = 0;
  for (const segment of segments) {
    if (segment.kind === 'kept') {
      tokenCount += previous.tokenOffsets[segment.to]! - previous.tokenOffsets[segment.from]!;
      passageCount += segment.to - segment.from;
      continue;
    }
    const tokens: FreshTokens = { terms: [], positions: [], counts: [], lengths: [] };
    for (const passage of segment.passages) {
      let count = 0;
      let words = 0;
      for (const token of tokenize(passage.text)) {
        tokens.terms.push(idOf(token.term, token.stem));
        tokens.positions.push(Math.min(token.position, MAX_POSITION));
        count += 1;
        if (!token.alias) words += 1;
      }
      tokens.counts.push(count);
      tokens.lengths.push(Math.min(words, MAX_POSITION));
    }
    fresh.push(tokens);
    tokenCount += tokens.terms.length;
    passageCount += segment.passages.length;
  }
  if (passageCount !== passages.length) {
    throw new Error(`index segments hold ${passageCount} passages, the library ${passages.length}`);
  }
  const tokenOffsets = memory.uint32(passageCount + 1);
  const tokenTerms = memory.uint32(tokenCount);
  const tokenPositions = memory.uint16(tokenCount);
  const lengths = memory.uint16(passageCount);
  let p = 0;
  let k = 0;
  let next = 0;
  for (const segment of segments) {
    if (segment.kind === 'kept') {
      const { from, to } = segment;
      const first = previous.tokenOffsets[from]!;
      const last = previous.tokenOffsets[to]!;
      tokenTerms.set(previous.tokenTerms.subarray(first, last), k);
      tokenPositions.set(previous.tokenPositions.subarray(first, last), k);
      lengths.set(previous.lengths.subarray(from, to), p);
      for (let q = from; q < to; q++) tokenOffsets[++p] = previous.tokenOffsets[q + 1]! - first + k;
      k += last - first;
      continue;
    }
    const tokens = fresh[next++]!;
    tokenTerms.set(tokens.terms, k);
    tokenPositions.set(tokens.positions, k);
    lengths.set(tokens.lengths, p);
    for (const count of tokens.counts) {
      k += count;
      tokenOffsets[++p] = k;
    }
  }
  // Term ids by first appearance, as a fresh build gives them; terms no passage has any more drop out.
  const renumber = new Int32Array(known + added.length).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < tokenCount; i++) {
    const old = tokenTerms[i]!;
    let id = renumber[old]!;
    if (id < 0) {
      id = order.length;
      renumber[old] = id;
      order.push(old);
    }
    tokenTerms[i] = id;
  }
  const terms: string[] = new Array<string>(order.length);
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const termStems = new Uint32Array(order.length);
  for (let id = 0; id < order.length; id++) {
    const old = order[id]!;
    const entry = old < known ? undefined : added[old - known]!;
    terms[id] = entry ? entry.term : previous.terms[old]!;
    const stem = entry ? entry.stem : previous.stems[previous.termStems[old]!]!;
    let stemId = stemIds.get(stem);
    if (stemId === undefined) {
      stemId = stems.length;
      stems.push(stem);
      stemIds.set(stem, stemId);
    }
    termStems[id] = stemId;
  }
  const { postingOffsets, postings } = monotonic(segments)
    ? movePostings(previous, segments, fresh, order, tokenOffsets, memory)
    : invert(tokenOffsets, tokenTerms, terms.length);
  return {
    version: INDEX_FORMAT_VERSION,
    passageCount,
    passageCheck: passageCheckOf(passages),
    terms,
    stems,
    termStems,
    postingOffsets,
    postings,
    tokenOffsets,
    tokenTerms,
    tokenPositions,
    lengths,
  };
}

/** Whether the kept runs stay in the previous index's order (they do when the library's order is by date). */
function monotonic(segments: readonly IndexSegment[]): boolean {
  let end = 0;
  for (const segment of segments) {
    if (segment.kind !== 'kept') continue;
    if (segment.from < end) return false;
    end = segment.to;
  }
  return true;
}

/**
 * The postings of the new index from the previous one's, without inverting every token list again: each
 * term's previous postings renumbered (kept passages keep their order; dropped ones fall out), merged with
 * the new passages that have it.
 */
function movePostings(
  previous: IndexSnapshot,
  segments: readonly IndexSegment[],
  fresh: readonly FreshTokens[],
  order: readonly number[],
  tokenOffsets: Uint32Array,
  memory: IndexMemory,
): { postingOffsets: Uint32Array; postings: Uint32Array } {
  const moved = new Int32Array(previous.passageCount).fill(-1);
  /** Provisional term id → the new passages that have it, in increasing order. */
  const added = new Map<number, number[]>();
  let addedCount = 0;
  let p = 0;
  let next = 0;
  for (const segment of segments) {
    if (segment.kind === 'kept') {
      for (let q = segment.from; q < segment.to; q++) moved[q] = p++;
      continue;
    }
    const tokens = fresh[next++]!;
    let k = 0;
    for (const count of tokens.counts) {
      const seen = new Set<number>();
      for (let i = k; i < k + count; i++) seen.add(tokens.terms[i]!);
      for (const term of seen) {
        const list = added.get(term);
        if (list) list.push(p);
        else added.set(term, [p]);
      }
      addedCount += seen.size;
      k += count;
      p += 1;
    }
  }
  if (p + 1 !== tokenOffsets.length) throw new Error('index segments and token lists disagree');
  const known = previous.terms.length;
  const postingOffsets = memory.uint32(order.length + 1);
  // Sized exactly (no copy to trim it): the previous postings less those of the passages dropped.
  const postings = memory.uint32(previous.postings.length - droppedPostings(previous, moved) + addedCount);
  let at = 0;
  for (let id = 0; id < order.length; id++) {
    const old = order[id]!;
    const extra = added.get(old) ?? [];
    let e = 0;
    if (old < known) {
      const end = previous.postingOffsets[old + 1]!;
      for (let k = previous.postingOffsets[old]!; k < end; k++) {
        const passage = moved[previous.postings[k]!]!;
        if (passage < 0) continue;
        while (e < extra.length && extra[e]! < passage) postings[at++] = extra[e++]!;
        postings[at++] = passage;
      }
    }
    while (e < extra.length) postings[at++] = extra[e++]!;
    postingOffsets[id + 1] = at;
  }
  if (at !== postings.length) throw new Error('index postings miscounted');
  return { postingOffsets, postings };
}

/** How many postings the previous index has for the passages that `moved` drops (-1): their distinct terms. */
function droppedPostings(previous: IndexSnapshot, moved: Int32Array): number {
  let dropped = 0;
  const seen = new Set<number>();
  for (let q = 0; q < moved.length; q++) {
    if (moved[q]! >= 0) continue;
    seen.clear();
    for (let k = previous.tokenOffsets[q]!; k < previous.tokenOffsets[q + 1]!; k++)
      seen.add(previous.tokenTerms[k]!);
    dropped += seen.size;
  }
  return dropped;
}
