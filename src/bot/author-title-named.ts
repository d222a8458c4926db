import type { Article } from '../content/article.js';
import type { Library } from '../library.js';
import { SearchStatus } from '../search/result.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { TEXT_KINDS } from './intent-words.js';

/** How many of the hits for a title's word are read for one that says it in its text. */
const SAID_REACH = 20;

/** An article of the author that the words name by its title, and the words left to look for in it. */
export interface TheirTitleNamed {
  readonly article: Article;
  /** The words that are not the title's, nor small words or kinds of text ("" of "at gettysburg"). */
  readonly rest: string;
}

/**
 * "what did lincoln say at gettysburg?": the one article of the author whose title has the words that name
 * it ("gettysburg" of "The Gettysburg Address"), when those words are said in none of the author's passages
 * (they name the occasion, not what was said: "union" is said in the text of "State of the Union…" and
 * stays a word to look for). Undefined when no one article of theirs is so named.
 */
export function theirTitleNamed(
  library: Library,
  author: string,
  query: string,
): TheirTitleNamed | undefined {
  const words = foldedWords(query).filter((word) => !STOPWORDS.has(word) && !TEXT_KINDS.has(word));
  const theirs = library.articlesBy(author);
  const titleWordsOf = (article: Article): Set<string> => new Set(foldedWords(article.meta.title));
  const naming = (article: Article): string[] => words.filter((word) => titleWordsOf(article).has(word));
  const named = theirs.filter((article) => naming(article).length > 0);
  if (named.length === 0) return undefined;
  const most = Math.max(...named.map((article) => naming(article).length));
  const best = named.filter((article) => naming(article).length === most);
  if (best.length !== 1) return undefined;
  const article = best[0]!;
  const titleWords = naming(article);
  // Found in a passage's own words, not only by its article's title (a hit with no highlight).
  const saidInText = titleWords.some((word) => {
    const result = library.search({ query: word, author, limit: SAID_REACH });
    return (
      result.status === SearchStatus.Ok &&
      !result.closest &&
      result.hits.some((hit) => hit.highlights.length > 0)
    );
  });
  if (saidInText) return undefined;
  return { article, rest: words.filter((word) => !titleWords.includes(word)).join(' ') };
}
