import { NO_LEXICON, type Lexicon, type RelationKind } from './lexicon.js';

/** Options of the search engine. Every field has a default in `DEFAULT_SEARCH_OPTIONS`. */
export interface SearchOptions {
  /** How many hits a search returns at most. */
  readonly limit: number;
  /**
   * Hits scoring below this (0–1: the weighted share of the query's words a sentence matches) are dropped.
   */
  readonly minScore: number;
  /** Share of a 3+ word query's words a sentence must match (queries of 1–2 words must match all). */
  readonly minCoverage: number;
  /**
   * A query of this many content words or more (a name counted once) that is no question reads as a sentence
   * retold in the user's own words ("the woman who wrote mary poppins wept watching the disney version"): a
   * retelling keeps few of its sentence's words ("…Pamela Travers, who is said to have cried when she saw
   * Disney's 1964 film"), and a sentence seldom shares three content words with so long a query by chance.
   * Its hits need `retellingShare` (0–1) of its weighted words, and of its words (three at least), instead
   * of `minScore` and `minCoverage`.
   */
  readonly retellingWords: number;
  readonly retellingShare: number;
  /** Quality of a match through the same stem ("provocation" → "provocations"). */
  readonly stemQuality: number;
  /** Quality of a match through a synonym or acronym from a glossary. */
  readonly synonymQuality: number;
  /** Quality of a match through one typo; two typos (words of 9+ letters) count 0.15 less. */
  readonly typoQuality: number;
  /**
   * Quality of a match through the lexicon, by kind of relation: each below an inflection, so that a
   * sentence with the words as typed outranks one with their relatives; except an irregular inflection
   * (bought / buy), which is one, and the other spelling of the same word (colour / color), which is the
   * word as typed and must beat a mere stem sibling ("globalization" is stemmed to "global"). A noun of a
   * word's definition weighs less than `minScore`: it helps the query's other words, never answers alone;
   * one that is also a more general word of the word answers alone, just (`minScore`). So does a distant
   * relative (a synonym in a sense rare for one of the two words: "guide" / "point"): it never answers alone.
   */
  readonly relationQuality: Readonly<Record<RelationKind, number>>;
  /** General knowledge of words (WordNet); `NO_LEXICON` searches without it. */
  readonly lexicon: Lexicon;
  /** Queries longer than this many characters are refused with a clear answer. */
  readonly maxQueryLength: number;
  /** How many did-you-mean suggestions a search with no hit offers. */
  readonly maxSuggestions: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  limit: 5,
  minScore: 0.5,
  minCoverage: 0.6,
  retellingWords: 7,
  retellingShare: 0.4,
  stemQuality: 0.9,
  synonymQuality: 0.8,
  typoQuality: 0.8,
  relationQuality: {
    spelling: 0.95,
    derivation: 0.75,
    synonym: 0.7,
    related: 0.6,
    narrower: 0.55,
    broader: 0.5,
    defining: 0.45,
    distant: 0.45,
    lemma: 0.9,
    inflection: 0.9,
  },
  lexicon: NO_LEXICON,
  maxQueryLength: 500,
  maxSuggestions: 5,
};
