import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { editDistance, typoBudget } from './edit-distance.js';
import { GramIndex } from './gram-index.js';
import type { SentenceIndex } from './sentence-index.js';

/** A vocabulary term that a misspelled word probably means. */
export interface FuzzyTerm {
  readonly term: string;
  readonly distance: number;
}

const CACHE_LIMIT = 5_000;
const MAX_CANDIDATES = 24;
const WORD = /^\p{L}+$/u;

/**
 * Typo tolerance over the index's vocabulary: trigram indexes over its terms and its stems propose
 * candidates, an edit-distance bound decides (so that "war" never matches inside "towards"). A word is
 * compared as written and as a stem: "misiles" is two edits from "missile" but one from its stem.
 */
export class FuzzyTerms {
  private grams: { terms: GramIndex; stems: GramIndex } | undefined;
  private readonly cache = new Map<string, FuzzyTerm[]>();

  constructor(private readonly index: SentenceIndex) {}

  /** Terms within the typo budget of `word`, nearest (then most frequent) first. `slack` widens the budget. */
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
    const grams = this.gramIndexes();
    const stem = stemOf(word);
    const best = new Map<number, number>();
    // Through the stem alone, a match counts one edit more than written ("misiles" → "missile": 2).
    const consider = (id: number, term: string, termStem: string): void => {
      if (term === word || term.length < 3 || !WORD.test(term) || STOPWORDS.has(term)) return;
      const written = editDistance(word, term, budget);
      const distance = written <= budget ? Math.max(1, written) : editDistance(stem, termStem, budget) + 1;
      if (distance <= budget + 1 && distance < (best.get(id) ?? Infinity)) best.set(id, distance);
    };
    for (const id of grams.terms.candidates(word, budget)) {
      consider(id, this.index.term(id), this.index.stemOfTerm(id));
    }
    for (const stemId of grams.stems.candidates(stem, budget)) {
      const other = this.index.data.stems[stemId]!;
      if (editDistance(stem, other, budget) > budget) continue;
      for (const term of this.index.termsWithStem(other)) consider(this.index.termId(term)!, term, other);
    }
    return [...best]
      .sort(
        ([a, da], [b, db]) =>
          da - db || this.index.documentFrequency(b) - this.index.documentFrequency(a) || a - b,
      )
      .slice(0, MAX_CANDIDATES)
      .map(([id, distance]) => ({ term: this.index.term(id), distance }));
  }

  /** Built on the first typo, so that loading a library stays fast. */
  private gramIndexes(): { terms: GramIndex; stems: GramIndex } {
    this.grams ??= {
      terms: new GramIndex(
        this.index.data.terms.map((term) => (term.length >= 3 && WORD.test(term) ? term : '')),
      ),
      stems: new GramIndex(
        this.index.data.stems.map((stem) => (stem.length >= 3 && WORD.test(stem) ? stem : '')),
      ),
    };
    return this.grams;
  }
}
