import { attributionOf } from '../content/article.js';
import type { Library } from '../library.js';
import { ARTICLES_PAGE_SIZE } from './articles-page.js';
import type { BotReply } from './requests.js';

/** "who is eric ballbach?", "who's ballbach", "who was the author eric ballbach": the name asked about. */
const WHO_IS = /^\s*who(?:\s+is|\s+was|['’]s|s)\s+(?:the\s+(?:author|writer)\s+)?(.+?)[\s?!.]*$/iu;

/**
 * "who is eric ballbach?" of an author of the library: what an article says of them and their articles,
 * not a search for their name in the articles' sentences.
 */
export function aboutAuthor(library: Library, text: string): BotReply | undefined {
  const name = WHO_IS.exec(text)?.[1];
  const named = name === undefined ? undefined : library.authorNamed(name);
  if (named === undefined) return undefined;
  return {
    kind: 'author',
    author: named.author,
    bio: named.bio,
    articles: named.articles.slice(0, ARTICLES_PAGE_SIZE).map(attributionOf),
    total: named.articles.length,
  };
}
