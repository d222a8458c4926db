import Fuse from 'fuse.js';
import { stemOf } from '../text/tokenize.js';
import { editDistance, typoBudget } from './edit-distance.js';

/** A vocabulary term that a misspelled word probably means. */
export interface FuzzyTerm {
  readonly term: string;
  readonly distance: number;
}

const CACHE_LIMIT = 5_000;

/**
 * Typo tolerance over a vocabulary: fuse.js (Bitap) proposes candidates, an edit-distance bound decides,
 * so that a short word never matches inside a longer one ("war" is not "towards").
 */
export class FuzzyTerms {
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, FuzzyTerm[]>();

  constructor(terms: Iterable<string>, threshold: number) {
    const words = [...terms].filter((term) => term.length >= 3 && /^\p{L}+$/u.test(term));
    this.fuse = new Fuse(words, {
      threshold,
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
    });
  }

  /** Terms within the typo budget of `word`, nearest first. `slack` widens the budget (suggestions). */
  match(word: string, slack = 0): FuzzyTerm[] {
    const key = `${slack}:${word}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const budget = typoBudget(word.length) + slack;
    const found: FuzzyTerm[] = [];
    if (budget > 0 && /^\p{L}+$/u.test(word)) {
      for (const { item } of this.fuse.search(word, { limit: 20 })) {
        if (item === word) continue;
        // Compared as written and as stems: "misiles" is two edits from "missile" but one from its stem.
        const distance = Math.min(
          editDistance(word, item, budget),
          editDistance(stemOf(word), stemOf(item), budget),
        );
        if (distance <= budget) found.push({ term: item, distance });
      }
      found.sort((a, b) => a.distance - b.distance);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }
}
