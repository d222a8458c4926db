import type { Passage } from '../content/article.js';
import { tokenize } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import { invert } from './index-builder.js';
import { INDEX_FORMAT_VERSION, loadAllLists, passageCheckOf, type IndexSnapshot } from './index-data.js';

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

/** How an update finds the previous index's terms and stems by name. */
export interface IndexVocabulary {
  termId(term: string): number | undefined;
  stemId(stem: string): number | undefined;
}

/** An updated index's data, and how many of its first terms and stems kept the previous index's ids. */
export interface UpdatedIndex {
  readonly data: IndexSnapshot;
  readonly sameTerms: number;
  readonly sameStems: number;
}

/**
 * The index data `IndexBuilder` gives over `passages` (the segments' passages in order), made from a previous
 * index: the token lists of kept passages are copied in bulk, only new passages are tokenized, and term ids
 * are renumbered by first appearance as a fresh build numbers them. Everything before the first changed
 * passage is the same in both indexes (its terms, stems, tokens and the head of each posting list) and is
 * copied whole; only what follows is renumbered. `vocabulary` finds a term or stem in the previous index.
 */
export function updateIndex(
  previous: IndexSnapshot,
  vocabulary: IndexVocabulary,
  segments: readonly IndexSegment[],
  passages: readonly Passage[],
  memory: IndexMemory = FRESH_MEMORY,
): UpdatedIndex {
  // The kept passages' token and posting lists are copied in bulk: all of them must be read first.
  loadAllLists(previous);
  const known = previous.terms.length;
  const added: { term: string; stem: string }[] = [];
  const addedIds = new Map<string, number>();
  const idOf = (term: string, stem: string): number => {
    let id = vocabulary.termId(term) ?? addedIds.get(term);
    if (id === undefined) {
      id = known + added.length;
      added.push({ term, stem });
      addedIds.set(term, id);
    }
    return id;
  };
  const first = segments[0];
  const same = first?.kind === 'kept' && first.from === 0 ? first.to : 0;
  const sameTerms = termsBefore(previous, same);
  const sameStems = stemsOf(previous, sameTerms);
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
      const start = previous.tokenOffsets[from]!;
      const last = previous.tokenOffsets[to]!;
      tokenTerms.set(previous.tokenTerms.subarray(start, last), k);
      tokenPositions.set(previous.tokenPositions.subarray(start, last), k);
      lengths.set(previous.lengths.subarray(from, to), p);
      if (start === k) tokenOffsets.set(previous.tokenOffsets.subarray(from + 1, to + 1), p + 1);
      else
        for (let q = from; q < to; q++)
          tokenOffsets[q - from + p + 1] = previous.tokenOffsets[q + 1]! - start + k;
      p += to - from;
      k += last - start;
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
  // Term ids by first appearance, as a fresh build gives them; terms no passage has any more drop out. The
  // terms of the unchanged passages at the head keep their ids: only the tokens after them are renumbered.
  const renumber = new Int32Array(known + added.length).fill(-1);
  const order: number[] = [];
  for (let i = previous.tokenOffsets[same]!; i < tokenCount; i++) {
    const old = tokenTerms[i]!;
    if (old < sameTerms) continue;
    let id = renumber[old]!;
    if (id < 0) {
      id = sameTerms + order.length;
      renumber[old] = id;
      order.push(old);
    }
    tokenTerms[i] = id;
  }
  const termCount = sameTerms + order.length;
  const terms = previous.terms.slice(0, sameTerms);
  const stems = previous.stems.slice(0, sameStems);
  const stemIds = new Map<string, number>();
  const termStems = new Uint32Array(termCount);
  termStems.set(previous.termStems.subarray(0, sameTerms));
  for (let id = sameTerms; id < termCount; id++) {
    const old = order[id - sameTerms]!;
    const entry = old < known ? undefined : added[old - known]!;
    terms.push(entry ? entry.term : previous.terms[old]!);
    const stem = entry ? entry.stem : previous.stems[previous.termStems[old]!]!;
    let stemId = stemIds.get(stem);
    if (stemId === undefined) {
      const before = vocabulary.stemId(stem);
      stemId = before !== undefined && before < sameStems ? before : stems.length;
      if (stemId === stems.length) stems.push(stem);
      stemIds.set(stem, stemId);
    }
    termStems[id] = stemId;
  }
  const { postingOffsets, postings } = monotonic(segments)
    ? movePostings(previous, segments, fresh, { same, sameTerms, order }, tokenOffsets, memory)
    : invert(tokenOffsets, tokenTerms, termCount);
  const data = {
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
  return { data, sameTerms, sameStems };
}

/**
 * How many terms the first `passages` passages have: ids go by first appearance, so they are the ids below
 * the first whose first posting is past them (a binary search; every term has a posting).
 */
function termsBefore(index: IndexSnapshot, passages: number): number {
  let low = 0;
  let high = index.terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (index.postings[index.postingOffsets[mid]!]! < passages) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many stems the first `terms` terms have: stems are numbered as their first term appears. */
function stemsOf(index: IndexSnapshot, terms: number): number {
  let count = 0;
  for (let id = 0; id < terms; id++) count = Math.max(count, index.termStems[id]! + 1);
  return count;
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
 * the new passages that have it. The head of each list, in the unchanged passages before `same`, is copied
 * whole; `order` gives the previous id of each term from `sameTerms` on (the ids below keep theirs).
 */
function movePostings(
  previous: IndexSnapshot,
  segments: readonly IndexSegment[],
  fresh: readonly FreshTokens[],
  renumbered: { readonly same: number; readonly sameTerms: number; readonly order: readonly number[] },
  tokenOffsets: Uint32Array,
  memory: IndexMemory,
): { postingOffsets: Uint32Array; postings: Uint32Array } {
  const { same, sameTerms, order } = renumbered;
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
  const termCount = sameTerms + order.length;
  const postingOffsets = memory.uint32(termCount + 1);
  // Sized exactly (no copy to trim it): the previous postings less those of the passages dropped.
  const postings = memory.uint32(previous.postings.length - droppedPostings(previous, moved) + addedCount);
  const none: number[] = [];
  let at = 0;
  for (let id = 0; id < termCount; id++) {
    const old = id < sameTerms ? id : order[id - sameTerms]!;
    const extra = added.get(old) ?? none;
    let e = 0;
    if (old < known) {
      let k = previous.postingOffsets[old]!;
      const end = previous.postingOffsets[old + 1]!;
      if (id < sameTerms) {
        const head = lowerBound(previous.postings, same, k, end);
        postings.set(previous.postings.subarray(k, head), at);
        at += head - k;
        k = head;
      }
      for (; k < end; k++) {
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

/**
 * How many postings the previous index has for the passages that `moved` drops (-1): their distinct terms.
 */
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
