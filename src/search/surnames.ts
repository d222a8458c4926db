import { HONORIFICS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import { MAX_MASKED_TERMS } from './compiled-query.js';
import type { IdArray } from './index-data.js';
import type { QueryTerm } from './query.js';
import { CAPITALIZED, labelToken } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Above this many sentences with either word, a pair of query words is not looked for as a name: names are
 * rare words, and the pair of two common ones would cost a long intersection on every query.
 */
const NAME_POSTINGS_LIMIT = 2_000;

/**
 * News names a person in full once and by the surname after ("Pam Ferris, Victoria Hamilton and Kelly
 * Reilly are nominated…" / "Ferris - best known for her television roles…"). For each two adjacent query
 * words that an article of the range writes as a name (both capitalised, side by side), the sentences of
 * that article that have the second word and not the first are credited the first, at full quality: they
 * name the same person. Not where the article also writes the second word in lower case (then it is a word,
 * not a surname: "Theatre Awards" / "the awards"), nor a sentence where it is part of another name ("South
 * Korea" is not "North Korea" again, "Tom Marlowe" not "Nell Marlowe"); a title before it is no other name
 * ("Mr Thoday"). Per passage, one quality per query word (0 where none); undefined when no pair is a name.
 */
export function surnameCredits(
  index: SentenceIndex,
  /** First passage of each article, ascending, then the passage count. */
  starts: Uint32Array,
  words: readonly QueryTerm[],
  range: PassageRange,
): Map<number, Float64Array> | undefined {
  let credited: Map<number, Float64Array> | undefined;
  for (let i = 0; i + 1 < words.length && i + 1 < MAX_MASKED_TERMS; i++) {
    if (words[i]!.light || words[i + 1]!.light) continue;
    const given = labelToken(words[i]!.label)?.term;
    const surname = labelToken(words[i + 1]!.label)?.term;
    if (given === undefined || surname === undefined || given === surname) continue;
    const a = index.termId(given);
    const b = index.termId(surname);
    if (a === undefined || b === undefined || !nameLike(index, a) || !nameLike(index, b)) continue;
    const passages = surnameAlone(index, starts, a, b);
    for (let k = lowerBound(passages, range.from); k < passages.length && passages[k]! < range.to; k++) {
      credited = creditWord(credited, passages[k]!, i, 1, words.length);
    }
  }
  return credited;
}

const NONE = new Uint32Array(0);
/** How many pairs' answers are remembered (emptied when full). */
const MEMO_LIMIT = 10_000;
const pairs = new WeakMap<SentenceIndex, Map<number, Uint32Array>>();

/**
 * The passages, ascending, that name by the surname `b` the person an article of theirs names in full as
 * `a b`; remembered per pair (an index never changes).
 */
function surnameAlone(index: SentenceIndex, starts: Uint32Array, a: number, b: number): Uint32Array {
  let known = pairs.get(index);
  if (known === undefined) pairs.set(index, (known = new Map()));
  const key = a * index.termCount + b;
  let found = known.get(key);
  if (found !== undefined) return found;
  found = NONE;
  if (
    index.documentFrequency(a) <= NAME_POSTINGS_LIMIT &&
    index.documentFrequency(b) <= NAME_POSTINGS_LIMIT
  ) {
    const [given, surname] = [index.term(a), index.term(b)];
    const withGiven = index.postings(a);
    const withSurname = index.postings(b);
    const alone: number[] = [];
    let lastArticle = -1;
    for (const at of withGiven) {
      const article = lowerBound(starts, at + 1) - 1;
      if (article === lastArticle || !has(withSurname, at)) continue;
      if (!writesAsName(index.passages[at]!.text, given, surname)) continue;
      lastArticle = article;
      const own: number[] = [];
      let name = true;
      for (let p = lowerBound(withSurname, starts[article]!); p < withSurname.length; p++) {
        const other = withSurname[p]!;
        if (other >= starts[article + 1]!) break;
        if (has(withGiven, other)) continue;
        const written = howWritten(index.passages[other]!.text, surname);
        if (written === 'lower') name = false;
        else if (written === 'alone') own.push(other);
      }
      if (name) alone.push(...own);
    }
    if (alone.length > 0) found = Uint32Array.from(alone);
  }
  if (known.size >= MEMO_LIMIT) known.clear();
  known.set(key, found);
  return found;
}

/**
 * Credits query word `word` (of `count`) to passage `at` at `quality`, in a map of per-passage qualities
 * made at the first credit; returns the map.
 */
export function creditWord(
  credited: Map<number, Float64Array> | undefined,
  at: number,
  word: number,
  quality: number,
  count: number,
): Map<number, Float64Array> {
  const map = credited ?? new Map<number, Float64Array>();
  let qualities = map.get(at);
  if (qualities === undefined) map.set(at, (qualities = new Float64Array(count)));
  qualities[word] = quality;
  return map;
}

/** Whether the library first writes the term capitalised (a cheap test that skips everyday words). */
export function nameLike(index: SentenceIndex, id: number): boolean {
  return CAPITALIZED.test(index.surfaceOf(index.term(id)) ?? '');
}

/** A content word of a query that the library first writes capitalised: its place, its term and the term's id. */
export interface NameWord {
  readonly word: number;
  readonly term: string;
  readonly id: number;
}

/** The query's content words (of the first `MAX_MASKED_TERMS`) that the library first writes capitalised. */
export function nameWords(index: SentenceIndex, words: readonly QueryTerm[]): NameWord[] {
  const found: NameWord[] = [];
  for (let word = 0; word < words.length && word < MAX_MASKED_TERMS; word++) {
    if (words[word]!.light) continue;
    const term = labelToken(words[word]!.label)?.term;
    const id = term === undefined ? undefined : index.termId(term);
    if (id !== undefined && nameLike(index, id)) found.push({ word, term: term!, id });
  }
  return found;
}

function has(postings: IdArray, at: number): boolean {
  const k = lowerBound(postings, at);
  return k < postings.length && postings[k] === at;
}

/** A word of ASCII letters only: its term is itself in lower case. */
const PLAIN_WORD = /^[A-Za-z]+$/;
const SPACE_ONLY = /^\s+$/u;

function capitalised(text: string, token: Token): boolean {
  return CAPITALIZED.test(text.slice(token.start, token.start + 1));
}

/** The text's tokens as written (a compound's parts, not the compound). */
function writtenTokens(text: string): Token[] {
  return tokenize(text).filter((token) => !token.alias);
}

/** Whether the text has the two words side by side, each capitalised ("Pam Ferris"). */
function writesAsName(text: string, given: string, surname: string): boolean {
  // Most sentences with both words do not have them side by side: skip those without tokenizing.
  if (
    PLAIN_WORD.test(given) &&
    PLAIN_WORD.test(surname) &&
    !text.toLowerCase().includes(`${given} ${surname}`)
  ) {
    return false;
  }
  const tokens = writtenTokens(text);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [first, second] = [tokens[k]!, tokens[k + 1]!];
    if (first.term !== given || second.term !== surname) continue;
    if (
      capitalised(text, first) &&
      capitalised(text, second) &&
      SPACE_ONLY.test(text.slice(first.end, second.start))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * How a sentence writes a surname: in lower case somewhere (a word, not a name); capitalised and alone or
 * after a title ("Ferris -", "Mr Thoday"); or only as part of another name ("South Korea" for "North Korea",
 * "Nick Brown" for "Gordon Brown").
 */
type Written = 'lower' | 'alone' | 'other-name';

function howWritten(text: string, surname: string): Written {
  const tokens = writtenTokens(text);
  let alone = false;
  for (const [k, token] of tokens.entries()) {
    if (token.term !== surname) continue;
    if (!capitalised(text, token)) return 'lower';
    const before = tokens[k - 1];
    if (
      before === undefined ||
      !capitalised(text, before) ||
      !SPACE_ONLY.test(text.slice(before.end, token.start)) ||
      HONORIFICS.has(before.term)
    ) {
      alone = true;
    }
  }
  return alone ? 'alone' : 'other-name';
}
