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
  const tokenOffsets = new Uint32Array(passageCount + 1);
  const tokenTerms = new Uint32Array(tokenCount);
  const tokenPositions = new Uint16Array(tokenCount);
  const lengths = new Uint16Array(passageCount);
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
  const { postingOffsets, postings } = invert(tokenOffsets, tokenTerms, terms.length);
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
