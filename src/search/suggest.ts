import type { PassageRange } from './candidates.js';
import type { SearchEngine } from './engine.js';
import { STOPWORDS } from '../text/stopwords.js';
import { inDictionary, type Lexicon } from './lexicon.js';
import type { QueryTerm } from './query.js';

/** Quotation marks around words (not apostrophes inside them): a suggestion is bare words. */
const QUOTE_MARKS = /["“”„‟«»]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;

/** How many words a query's terms hold, a question's frame left out ("north korea" is two). */
function contentWords(terms: readonly QueryTerm[]): number {
  return terms.reduce((sum, term) => sum + (term.light ? 0 : term.label.split(' ').length), 0);
}

/** A word as typed, in lower case and letters and digits only ("Korea's" → "koreas"). */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Did-you-mean: the query with one word the library lacks replaced by a near word of the vocabulary (one typo
 * more than search allows), kept only when that query finds something, and not for a word the dictionary knows
 * ("global warming" is no "global warning"); failing that, a longer query without a word that no sentence has
 * (small words left at its end dropped too), when two of its words still say what it is about: "when did omai
 * arrive" offers no "when did arrive", whose one word finds whatever arrived, and "my cat likes the sun" no "my
 * cat likes the".
 */
export function suggestQueries(
  engine: SearchEngine,
  query: string,
  range: PassageRange,
  maxSuggestions: number,
  lexicon?: Lexicon,
): string[] {
  const suggestions: string[] = [];
  const words = query
    .replace(QUOTE_MARKS, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  for (const [i, word] of words.entries()) {
    const folded = bare(word);
    // A word the library has is no typo: "north korea" is not offered as "north Korean"; nor is one the
    // dictionary knows.
    if (engine.index.hasTerm(folded) || (lexicon !== undefined && inDictionary(folded, lexicon, true)))
      continue;
    for (const { term, distance } of engine.fuzzy.match(folded, 1)) {
      if (term[0] !== folded[0] || distance / Math.max(term.length, folded.length) > 0.34) continue;
      const replaced = [
        ...words.slice(0, i),
        engine.index.surfaceOf(term) ?? term,
        ...words.slice(i + 1),
      ].join(' ');
      if (!suggestions.includes(replaced) && engine.finds(engine.analyze(replaced), range)) {
        suggestions.push(replaced);
      }
      if (suggestions.length >= maxSuggestions) return suggestions;
    }
  }
  if (words.length >= 3) {
    for (const [i, word] of words.entries()) {
      const folded = bare(word);
      if (folded.length === 0 || STOPWORDS.has(folded) || engine.finds(engine.analyze(word), range)) continue;
      const kept = words.filter((_, j) => j !== i);
      while (kept.length > 0 && STOPWORDS.has(bare(kept.at(-1)!))) kept.pop();
      const shorter = kept.join(' ');
      const terms = engine.analyze(shorter);
      if (!suggestions.includes(shorter) && contentWords(terms) >= 2 && engine.finds(terms, range))
        suggestions.push(shorter);
      if (suggestions.length >= maxSuggestions) break;
    }
  }
  return suggestions;
}
