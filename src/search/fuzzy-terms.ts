import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { EditPattern, transpositions, typoBudget } from './edit-distance.js';
import { NearWords, sharesTrigrams } from './near-words.js';
import type { SentenceIndex } from './sentence-index.js';

/** A vocabulary term that a misspelled word probably means. */
export interface FuzzyTerm {
  readonly term: string;
  readonly distance: number;
}

const CACHE_LIMIT = 5_000;
const MAX_CANDIDATES = 24;
const WORD = /^\p{L}+$/u;
/** The word with each run of one letter written once: "tobbaco" and "tobacco" are both "tobaco". */
function undoubled(word: string): string {
  let out = '';
  let previous = '';
  for (const char of word) {
    if (char !== previous) out += char;
    previous = char;
  }
  return out;
}

/**
 * Typo tolerance over the index's vocabulary: its terms and its stems within the typo budget, by an exact
 * edit distance (so that "war" never matches inside "towards"), read through `NearWords`. A word is
 * compared as written and as a stem: "misiles" is two edits from "missile" but one from its stem.
 */
export class FuzzyTerms {
  private vocabulary: { terms: NearWords; stems: NearWords; undoubled: Map<string, number[]> } | undefined;
  private readonly cache = new Map<string, FuzzyTerm[]>();

  constructor(private readonly index: SentenceIndex) {}

  /**
   * Terms within the typo budget of `word`, nearest (then most frequent) first. `slack` widens the budget.
   */
  match(word: string, slack = 0): FuzzyTerm[] {
    const key = `${slack}:${word}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const budget = typoBudget(word.length) + slack;
    const found = budget > 0 && WORD.test(word) ? this.near(word, budget) : [];
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private near(word: string, budget: number): FuzzyTerm[] {
    const near = this.nearWords();
    const stem = stemOf(word);
    const written = new EditPattern(word);
    const stemmed = new EditPattern(stem);
    const closeAsWritten = sharesTrigrams(word, budget);
    const closeAsStem = sharesTrigrams(stem, budget);
    const best = new Map<number, number>();
    // Through the stem alone, a match counts one edit more than written ("misiles" → "missile": 2).
    const consider = (id: number, term: string, termStem: string, known?: number): void => {
      if (term === word || term.length < 3 || !WORD.test(term) || STOPWORDS.has(term)) return;
      const distance = known ?? written.distance(term, budget);
      const nearest = distance <= budget ? Math.max(1, distance) : stemmed.distance(termStem, budget) + 1;
      if (nearest <= budget + 1 && nearest < (best.get(id) ?? Infinity)) best.set(id, nearest);
    };
    // A doubled letter written single, twice or at the wrong letter ("tobbaco", "accomodate") is one slip,
    // however many edits it takes.
    for (const id of near.undoubled.get(undoubled(word)) ?? []) {
      consider(id, this.index.term(id), this.index.stemOfTerm(id), 1);
    }
    // Two letters swapped in a form the library lacks: "doubeld" is "doubled", whose stem the library
    // writes as "doubling" (three edits from the word as typed). Through the stem, one edit more.
    for (const swapped of transpositions(word)) {
      for (const term of this.index.termsWithStem(stemOf(swapped))) {
        if (term === word || term.length < 3 || !WORD.test(term) || STOPWORDS.has(term)) continue;
        const id = this.index.termId(term)!;
        const distance = term === swapped ? 1 : 2;
        if (distance <= budget + 1 && distance < (best.get(id) ?? Infinity)) best.set(id, distance);
      }
    }
    near.terms.within(written, budget, (id, distance) => {
      const term = this.index.term(id);
      if (closeAsWritten(term)) consider(id, term, this.index.stemOfTerm(id), distance);
    });
    // A near stem of three letters or more brings all its terms; a shorter one (or one with no trigram
    // in common) only those that look like the word as written.
    near.stems.within(stemmed, budget, (stemId) => {
      const other = this.index.data.stems[stemId]!;
      const byStem = other.length >= 3 && WORD.test(other) && closeAsStem(other);
      for (const term of this.index.termsWithStem(other)) {
        if (byStem || (Math.abs(term.length - word.length) <= budget && closeAsWritten(term)))
          consider(this.index.termId(term)!, term, other);
      }
    });
    return [...best]
      .sort(
        ([a, da], [b, db]) =>
          da - db || this.index.documentFrequency(b) - this.index.documentFrequency(a) || a - b,
      )
      .slice(0, MAX_CANDIDATES)
      .map(([id, distance]) => ({ term: this.index.term(id), distance }));
  }

  /** The vocabulary's terms (of three letters or more) and stems by length, and its terms undoubled. */
  private nearWords(): { terms: NearWords; stems: NearWords; undoubled: Map<string, number[]> } {
    if (this.vocabulary === undefined) {
      const byUndoubled = new Map<string, number[]>();
      const terms = this.index.data.terms;
      for (let id = 0; id < terms.length; id++) {
        const key = undoubled(terms[id]!);
        const ids = byUndoubled.get(key);
        if (ids) ids.push(id);
        else byUndoubled.set(key, [id]);
      }
      this.vocabulary = {
        terms: new NearWords(terms, 3),
        stems: new NearWords(this.index.data.stems, 1),
        undoubled: byUndoubled,
      };
    }
    return this.vocabulary;
  }
}
