import type { CompiledTerm } from './compiled-query.js';
import type { IdArray } from './index-data.js';
import type { SentenceIndex } from './sentence-index.js';
import { lowerBound } from './bounds.js';

/** A contiguous range of passage numbers: the whole library, or one article's passages. */
export interface PassageRange {
  readonly from: number;
  readonly to: number;
}

/**
 * A union of postings holding at least 1/16 of the range's passages is put in order by a pass over the
 * range's marks (one cheap step per passage) rather than by sorting (about log2(n) steps per candidate).
 */
const DENSE_UNION = 16;

/**
 * `marks` holds one stamp per passage plus, last, the stamp in use: a new stamp per pass over the
 * passages makes clearing unnecessary.
 */
export function nextStamp(marks: Uint32Array): number {
  const stamp = (marks[marks.length - 1]! + 1) >>> 0 || 1;
  marks[marks.length - 1] = stamp;
  return stamp;
}

/** The part of a term's postings that falls in the range. */
export function postingsIn(index: SentenceIndex, id: number, range: PassageRange): IdArray {
  const all = index.postings(id);
  if (range.from === 0 && range.to >= index.passageCount) return all;
  return all.subarray(lowerBound(all, range.from), lowerBound(all, range.to));
}

/** Where a term's postings in the range lie in `index.data.postings`, end exclusive. */
export interface PostingSpan {
  start: number;
  end: number;
}

/**
 * Where `postingsIn(index, id, range)` lies in `index.data.postings`, written to `out`: the same
 * passages without making a view (a hot loop reads postings of every query word, per ranking).
 */
export function postingSpanIn(index: SentenceIndex, id: number, range: PassageRange, out: PostingSpan): void {
  index.loadPostings(id);
  const { postings, postingOffsets } = index.data;
  const start = postingOffsets[id]!;
  const end = postingOffsets[id + 1]!;
  if (range.from === 0 && range.to >= index.passageCount) {
    out.start = start;
    out.end = end;
    return;
  }
  out.start = lowerBound(postings, range.from, start, end);
  out.end = lowerBound(postings, range.to, start, end);
}

/**
 * How many passages of the range contain the term (`postingsIn(…).length`, with no view for the whole index).
 */
export function postingCountIn(index: SentenceIndex, id: number, range: PassageRange): number {
  if (range.from === 0 && range.to >= index.passageCount) return index.documentFrequency(id);
  return postingsIn(index, id, range).length;
}

/** Upper bound of the passages that contain a term's first units, in the range. */
export function estimatedFrequency(index: SentenceIndex, term: CompiledTerm, range: PassageRange): number {
  let sum = 0;
  for (const id of term.starts) sum += postingCountIn(index, id, range);
  return Math.min(sum, range.to - range.from);
}

/**
 * Passages that can satisfy the query, in ascending order. A hit must contain every must-term (a name, a
 * number, or every word of a short query), so one must-term's postings suffice: the rarest. Otherwise a
 * hit contains at least `required` of the n terms, hence one of the n − required + 1 rarest ones
 * (pigeonhole): only their postings are walked, never the common words'.
 */
export function candidatesOf(
  index: SentenceIndex,
  terms: readonly CompiledTerm[],
  frequencies: readonly number[],
  required: number,
  mustTerm: (i: number) => boolean,
  range: PassageRange,
  marks: Uint32Array,
): IdArray {
  // Light words never count towards `required`: only the others can drive. Rarest first (ties: query
  // order), by insertion: a query has a handful of terms, and this runs for every range it scores.
  const order: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.light) continue;
    let at = order.length;
    order.push(i);
    for (; at > 0 && frequencies[order[at - 1]!]! > frequencies[i]!; at--) order[at] = order[at - 1]!;
    order[at] = i;
  }
  const must = order.find(mustTerm);
  // As `order.slice(0, order.length - required + 1)` takes them (a negative end counts from the end).
  const end = order.length - required + 1;
  const driverCount = must !== undefined ? 1 : end < 0 ? Math.max(0, order.length + end) : end;
  const lists: IdArray[] = [];
  for (let k = 0; k < driverCount && k < order.length; k++) {
    for (const id of terms[must ?? order[k]!]!.starts) lists.push(postingsIn(index, id, range));
  }
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const list of lists) total += list.length;
  const found = new Uint32Array(total);
  let count = 0;
  const stamp = nextStamp(marks);
  // Many candidates for the range (common words): reading the marks in order is cheaper than sorting.
  if (total * DENSE_UNION >= range.to - range.from) {
    for (const list of lists) for (const at of list) marks[at] = stamp;
    for (let at = range.from; at < range.to; at++) if (marks[at] === stamp) found[count++] = at;
    return found.subarray(0, count);
  }
  for (const list of lists) {
    for (const at of list) {
      if (marks[at] !== stamp) {
        marks[at] = stamp;
        found[count++] = at;
      }
    }
  }
  return found.subarray(0, count).sort();
}
