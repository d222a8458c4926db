import type { SearchRequest, SearchResult } from '../search/result.js';
import { editDistance, typoBudget } from '../search/edit-distance.js';
import { foldText } from '../text/fold.js';
import type { LibraryIndexes } from './library-indexes.js';
import { knowsWord } from './words-held.js';

/** What did-you-mean for an author's name asks of the library: whether a query finds anything. */
export interface SuggestionSearch {
  search(request: SearchRequest, suggest?: boolean): SearchResult;
}

/** `Library.similarAuthors` of these authors (every author, once, in library order). */
export function similarAuthors(authors: readonly string[], typed: string): string[] {
  const words = typed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  const budget = (word: string): number => Math.max(1, typoBudget(word.length));
  const near = (word: string, name: string): boolean =>
    name.startsWith(word.slice(0, 3)) ||
    (word.length >= 4 && editDistance(word, name, budget(word)) <= budget(word));
  return authors
    .filter((name) =>
      name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((part) => words.some((word) => near(word, part))),
    )
    .slice(0, 5);
}

/**
 * Did-you-mean for a misspelt author's name, which the text seldom says ("linclon slavery": "lincoln
 * slavery", Lincoln's address never naming him): a word of four letters or more, one slip from a word of an
 * author's name (two from a long one) and starting as it does, replaced by it, where that query finds
 * something.
 */
export function authorSuggestions(
  indexes: LibraryIndexes,
  library: SuggestionSearch,
  query: string,
): string[] {
  const names = indexes.authorWords;
  const words = query.split(/\s+/).filter((word) => word.length > 0);
  const suggestions: string[] = [];
  for (const [i, word] of words.entries()) {
    const typed = foldText(word).replace(/[^\p{L}]/gu, '');
    if (typed.length < 4 || knowsWord(indexes.engine.index, indexes.options.lexicon, typed)) continue;
    const slips = typed.length >= 8 ? 2 : 1;
    const name = names.find((each) => each[0] === typed[0] && editDistance(typed, each, slips) <= slips);
    if (name === undefined) continue;
    const replaced = [...words.slice(0, i), name, ...words.slice(i + 1)].join(' ');
    if (library.search({ query: replaced, limit: 1 }, false).hits.length > 0) suggestions.push(replaced);
    if (suggestions.length >= indexes.options.maxSuggestions) break;
  }
  return suggestions;
}
