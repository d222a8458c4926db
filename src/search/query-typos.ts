/** A query's typos beyond a word's near words: of a function word, of a name, of a word the library lacks. */
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { commonSlipsOf, EditPattern, swapped, typoBudget } from './edit-distance.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import { unknown } from './known-words.js';
import type { Lexicon } from './lexicon.js';
import type { SearchOptions } from './options.js';
import { CAPITALIZED, type Word } from './query-words.js';
import type { Alternative, QueryTerm } from './query-term.js';
import type { SentenceIndex } from './sentence-index.js';

const PLAIN_LOWER = /^[a-z]+$/;
/** A word in more sentences than this is no name to find beside a neighbour (a cheap cap on the reading). */
const NEIGHBOUR_POSTINGS_LIMIT = 200;
/** Function words long enough to be mistyped (a typo needs four letters): "through", "because", "their". */
const MISTYPABLE_FUNCTION_WORDS = [...STOPWORDS].filter((word) => word.length >= 4);

/** The quality of a match one or two typos away. */
export function typoQualityOf(options: SearchOptions, distance: number): number {
  return options.typoQuality - 0.15 * (distance - 1);
}

/**
 * A name the library lacks though the dictionary knows it, one typo from a word the library writes beside
 * the query's word next to it: "kim jung un" is "Kim Jong-un" mistyped ("jung" being a name in WordNet,
 * no typo is looked for otherwise). The word of the library at a typo's quality, or undefined.
 */
export function typoBesideNeighbour(
  index: SentenceIndex,
  fuzzy: FuzzyTerms,
  options: SearchOptions,
  terms: readonly QueryTerm[],
  at: number,
): Alternative | undefined {
  const typed = terms[at]!.label.toLowerCase();
  if (!PLAIN_LOWER.test(typed)) return undefined;
  const side = (term: QueryTerm | undefined): string | undefined => {
    const word = term?.label.toLowerCase();
    return word !== undefined && !term!.light && PLAIN_LOWER.test(word) && index.hasTerm(word)
      ? word
      : undefined;
  };
  const [before, after] = [side(terms[at - 1]), side(terms[at + 1])];
  if (before === undefined && after === undefined) return undefined;
  for (const { term, distance } of fuzzy.match(typed)) {
    const id = index.termId(term);
    if (id === undefined || distance > 1 || index.documentFrequency(id) > NEIGHBOUR_POSTINGS_LIMIT) continue;
    // Plain letters, the query's words and the fuzzy match's both: no pattern character to escape.
    const pair = new RegExp(
      [
        ...(before === undefined ? [] : [`\\b${before}[ -]${term}\\b`]),
        ...(after === undefined ? [] : [`\\b${term}[ -]${after}\\b`]),
      ].join('|'),
    );
    for (const passage of index.postings(id)) {
      if (pair.test(index.passages[passage]!.text.toLowerCase()))
        return { units: [new Map([[term, typoQualityOf(options, distance)]])] };
    }
  }
  return undefined;
}

/**
 * Whether the word is a function word mistyped ("muddling throguh", "becuase of sanctions"): no form of it
 * is here, no dictionary knows it, and it is a typo from a function word nearer than from any word
 * of the library. It is then left out as the function word would be, not required as a word nothing has.
 */
export function mistypedFunctionWord(
  index: SentenceIndex,
  fuzzy: FuzzyTerms,
  lexicon: Lexicon,
  word: Word,
): boolean {
  if (word.parts.length !== 1 || CAPITALIZED.test(word.surface)) return false;
  const term = word.parts[0]!.term;
  if (STOPWORDS.has(term) || index.hasTerm(term)) return false;
  // A short one with two letters swapped, the commonest slip: "teh", "adn".
  if (term.length === 3 && [swapped(term, 0), swapped(term, 1)].some((form) => STOPWORDS.has(form)))
    return unknown(index, lexicon, term);
  const budget = typoBudget(term.length);
  if (budget === 0) return false;
  const typed = new EditPattern(term);
  let nearest = budget + 1;
  for (const other of MISTYPABLE_FUNCTION_WORDS) nearest = Math.min(nearest, typed.distance(other, budget));
  if (nearest > budget || !unknown(index, lexicon, term)) return false;
  return fuzzy.match(term).every((found) => found.distance > nearest);
}

/**
 * Whether one of the commonest slips (`commonSlipsOf`) makes the word one the dictionary knows as a common
 * word and the library has in no form, and none makes it a word of the library.
 */
export function slipOfDictionaryWord(index: SentenceIndex, lexicon: Lexicon, word: string): boolean {
  let dictionary = false;
  for (const form of commonSlipsOf(word)) {
    if (form.length < 4) continue;
    if (index.hasTerm(form)) return false;
    // A dictionary form only: "performing" is not one.
    if (lexicon.related(form).length === 0 || lexicon.isName?.(form) === true) continue;
    if (index.hasStem(stemOf(form))) return false;
    dictionary = true;
  }
  return dictionary;
}
