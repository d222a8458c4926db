import { STOPWORDS } from '../text/stopwords.js';

/**
 * Whether a query is only small words, each typed in lower case: "the", "a", "of the". Every sentence has
 * them, so a search for them quotes any sentence as its first match; the bot asks for a word that says what
 * to look for instead. A capitalised one may be a name ("May", "Will", "The Who") and is searched.
 */
export function onlySmallWords(query: string): boolean {
  const words = query.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.length > 0 && words.every((word) => word === word.toLowerCase() && STOPWORDS.has(word));
}
