import type { PassageRange } from './candidates.js';
import type { SearchEngine } from './engine.js';
import type { QueryTerm } from './query.js';

/** Quotation marks around words (not apostrophes inside them): a suggestion is bare words. */
const QUOTE_MARKS = /["“”„‟«»]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;

/** How many words a query's terms hold, a question's frame left out ("north korea" is two). */
function contentWords(terms: readonly QueryTerm[]): number {
  return terms.reduce((sum, term) => sum + (term.light ? 0 : term.label.split(' ').length), 0);
}

/**
 * Did-you-mean: the query with one word the library lacks replaced by a near word of the vocabulary (one typo
 * more than search allows), kept only when that query finds something; failing that, a longer query without the
 * word that no sentence has, when two of its words still say what it is about: "when did omai arrive"
 * offers no "when did arrive", whose one word finds whatever arrived.
 */
export function suggestQueries(
  engine: SearchEngine,
  query: string,
  range: PassageRange,
  maxSuggestions: number,
): string[] {
  const suggestions: string[] = [];
  const words = query
    .replace(QUOTE_MARKS, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  for (const [i, word] of words.entries()) {
    const folded = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    // A word the library has is no typo: "north korea" is not offered as "north Korean".
    if (engine.index.hasTerm(folded)) continue;
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
    for (const i of words.keys()) {
      const shorter = words.filter((_, j) => j !== i).join(' ');
      const terms = engine.analyze(shorter);
      if (contentWords(terms) >= 2 && engine.finds(terms, range)) suggestions.push(shorter);
      if (suggestions.length >= maxSuggestions) break;
    }
  }
  return suggestions;
}
