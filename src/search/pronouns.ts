import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import type { QueryTerm } from './query.js';
import type { SentenceIndex } from './sentence-index.js';
import { creditWord, nameWords } from './surnames.js';

/**
 * What a sentence that goes on about the name of the one before it is credited: less than the name itself.
 */
export const PRONOUN_QUALITY = 0.8;
/** Above this many sentences with a name, it is not looked for in the sentences after them. */
const PRONOUN_POSTINGS_LIMIT = 2_000;
/**
 * A sentence that begins with a pronoun goes on about what the sentence before it named; not "It is…", "It
 * was…", whose "it" is mostly no thing ("It is the 17th year that the gallery…").
 */
const PRONOUN_FIRST =
  /^(?:He|She|They|His|Her|Its|Their|It(?!(?:['’]s| is| was| has been| had been| seems| appears| remains| will be| would be)\b))\b/u;

/** Per index, which passages begin with a pronoun (1): read once, at the first query that asks. */
const pronounFirst = new WeakMap<SentenceIndex, Uint8Array>();

function beginsWithPronoun(index: SentenceIndex, at: number): boolean {
  let marks = pronounFirst.get(index);
  if (marks === undefined) {
    marks = new Uint8Array(index.passageCount);
    for (let p = 0; p < marks.length; p++) marks[p] = PRONOUN_FIRST.test(index.passages[p]!.text) ? 1 : 0;
    pronounFirst.set(index, marks);
  }
  return marks[at] === 1;
}

/**
 * News names a subject and goes on about it with a pronoun ("Indonesia pays subsidies to importers…" / "It
 * spent 59.2 trillion rupiah on fuel subsidies in 2004"): each query word that the library first writes
 * capitalised is credited, at `PRONOUN_QUALITY`, to the sentences that begin with a pronoun, lack it and
 * follow a sentence of the same article of the range that has it. Per passage, one quality per query word (0
 * where none); undefined when no word credits any.
 */
export function pronounCredits(
  index: SentenceIndex,
  /** First passage of each article, ascending, then the passage count. */
  starts: Uint32Array,
  words: readonly QueryTerm[],
  range: PassageRange,
): Map<number, Float64Array> | undefined {
  let credited: Map<number, Float64Array> | undefined;
  for (const { word: i, id } of nameWords(index, words)) {
    if (index.documentFrequency(id) > PRONOUN_POSTINGS_LIMIT) continue;
    const postings = index.postings(id);
    for (let k = lowerBound(postings, range.from); k < postings.length && postings[k]! < range.to; k++) {
      const next = postings[k]! + 1;
      if (next >= range.to || postings[k + 1] === next) continue;
      // The next sentence of the same article only: not the first of another.
      if (starts[lowerBound(starts, next)] === next) continue;
      if (!beginsWithPronoun(index, next)) continue;
      credited = creditWord(credited, next, i, PRONOUN_QUALITY, words.length);
    }
  }
  return credited;
}
