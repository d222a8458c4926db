import type { Article, Passage } from '../content/article.js';
import { interviewAnswers } from '../content/interview.js';
import { foldText } from '../text/fold.js';
import type { PassageRange } from '../search/candidates.js';
import type { Catalog } from '../search/catalog.js';
import type { SearchEngine } from '../search/engine.js';
import type { SentenceIndex } from '../search/sentence-index.js';
import type { PassageCache } from '../search/passage-cache.js';
import type { SearchHit } from '../search/result.js';
import { placeOf } from './hits.js';
import type { LibraryIndexes, Target } from './library-indexes.js';

/**
 * A sentence's words as one reads them, case, quotation marks and punctuation aside: "“It's never safe,”" and
 * "It’s never safe." are the same line, quoted by show notes or said in the episode.
 */
const sameWordsKey = (text: string): string =>
  (foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).join(' ');

/**
 * How many passages' words (`sameWordsKey`), and per index how many passages' sentences with the same words,
 * are remembered (each emptied when full): the same hits come back query after query, and folding and
 * matching a sentence's words, then looking up each of them, was most of what a hit cost here.
 */
const REMEMBERED = 20_000;
const keys = new Map<Passage, string>();
const sameIn = new WeakMap<SentenceIndex, Map<Passage, readonly number[]>>();

function wordsKeyOf(passage: Passage): string {
  let key = keys.get(passage);
  if (key === undefined) {
    if (keys.size >= REMEMBERED) keys.clear();
    key = sameWordsKey(passage.text);
    keys.set(passage, key);
  }
  return key;
}

/**
 * The hits without a sentence some better hit already says word for word (one wire story in two articles, a
 * speech and a collection of speeches that holds it): a page of answers shows each once, at the place of the
 * best, credited to the article among the searched ones that said it first (`saidFirst`).
 */
export function distinctHits(
  indexes: LibraryIndexes,
  hits: readonly SearchHit[],
  targets: readonly Target[],
): SearchHit[] {
  const seen = new Set<string>();
  const distinct: SearchHit[] = [];
  const rangesOf = rangesByEngine(targets);
  for (const hit of hits) {
    const key = wordsKeyOf(hit.passage);
    if (seen.has(key)) continue;
    seen.add(key);
    const first = saidFirst(indexes.catalog, sameSentences(indexes.cache, hit.passage, key, rangesOf));
    distinct.push(
      first === undefined || first === hit.passage ? hit : { ...hit, ...placeOf(indexes.catalog, first) },
    );
  }
  return distinct;
}

/** The targets' ranges by engine: most targets share the library's engine (one an article). */
function rangesByEngine(targets: readonly Target[]): ReadonlyMap<SearchEngine, readonly PassageRange[]> {
  const rangesOf = new Map<SearchEngine, PassageRange[]>();
  for (const { engine, range } of targets) {
    const ranges = rangesOf.get(engine);
    if (ranges === undefined) rangesOf.set(engine, [range]);
    else ranges.push(range);
  }
  return rangesOf;
}

/**
 * The passages of the targets (`rangesOf`, by engine, so that an engine's postings are read once for them all)
 * with this very text, or the same words punctuated otherwise (`key`, its `sameWordsKey`; the passage's own
 * among them).
 */
function sameSentences(
  cache: PassageCache,
  passage: Passage,
  key: string,
  rangesOf: ReadonlyMap<SearchEngine, readonly PassageRange[]>,
): Passage[] {
  const same: Passage[] = [];
  for (const [engine, ranges] of rangesOf) {
    for (const at of sameInIndex(engine.index, cache, passage, key)) {
      if (ranges.some((range) => at >= range.from && at < range.to)) same.push(engine.passages[at]!);
    }
  }
  return same;
}

/**
 * The passages of the whole index (ascending) with the same words as `passage` (`key`), found through the
 * rarest of its words; none when the index lacks one of them. Remembered per index and passage.
 */
function sameInIndex(
  index: SentenceIndex,
  cache: PassageCache,
  passage: Passage,
  key: string,
): readonly number[] {
  let remembered = sameIn.get(index);
  if (remembered === undefined) sameIn.set(index, (remembered = new Map()));
  const known = remembered.get(passage);
  if (known !== undefined) return known;
  const words = new Set<string>();
  for (const token of cache.tokens(passage)) if (!token.alias) words.add(token.term);
  // The rarest of its words, the first of the rarest.
  let rarest: number | undefined;
  for (const word of words) {
    const id = index.termId(word);
    if (id === undefined) {
      rarest = undefined;
      break;
    }
    if (rarest === undefined || index.documentFrequency(id) < index.documentFrequency(rarest)) rarest = id;
  }
  const same: number[] = [];
  if (rarest !== undefined) {
    for (const at of index.postings(rarest)) {
      const other = index.passages[at]!;
      if (other.text === passage.text || wordsKeyOf(other) === key) same.push(at);
    }
  }
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(passage, same);
  return same;
}

/**
 * Of passages with the same words, the one credited with them: of a transcript, whose speakers' turns are the
 * words as they were said (an episode, not its show notes that repeat a line); then of the earliest article (a speech of 1941, not
 * the 2021 collection that holds it; a wire story where it came first, not where it was run again; a speech,
 * not the later post that quotes its sentence), then of the shortest, the more specific (a speech, not a
 * collection of one date), then the first in library order. The date first, as the one who said it first
 * said it: by length alone, a short post quoting a speech would take its words.
 */
function saidFirst(catalog: Catalog, passages: readonly Passage[]): Passage | undefined {
  const articleOf = (passage: Passage): Article => catalog.article(passage.slug)!;
  // Only among several: one passage is its own.
  const spoken = (passage: Passage): number =>
    passages.length > 1 && interviewAnswers(articleOf(passage))?.labelled === true ? 0 : 1;
  const order = (a: Passage, b: Passage): number =>
    spoken(a) - spoken(b) ||
    articleOf(a).meta.date.localeCompare(articleOf(b).meta.date) ||
    articleOf(a).body.length - articleOf(b).body.length ||
    catalog.rangeOf(a.slug)!.from - catalog.rangeOf(b.slug)!.from;
  return [...passages].sort(order)[0];
}
