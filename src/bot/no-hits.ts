import type { Library } from '../library.js';
import { SearchStatus, type SearchResult, type SearchScope } from '../search/result.js';
import { libraryExampleWord } from './library-examples.js';
import type { BotReply } from './requests.js';
import { unknownArticle } from './unknown-article.js';

/**
 * "No passage matches" a quote's words, with what to try: its did-you-mean, else a word of it that finds
 * passages alone ("/quote moon" for "man on the moon"), so that a reply to words the library half has does
 * not end the conversation.
 */
export function nothingMatches(
  library: Library,
  query: string,
  suggestions: readonly string[],
  scope: SearchScope = {},
): BotReply {
  return { kind: 'no-match', query, ...library.noMatchHint(query, suggestions, scope) };
}

/**
 * Why a search has no hits, as the bot says it: a bad query, an unknown article or author (`article`,
 * `author` as typed), none.
 */
export function noHits(library: Library, result: SearchResult, article?: string, author?: string): BotReply {
  const maxLength = library.options.maxQueryLength;
  switch (result.status) {
    case SearchStatus.UnknownAuthor:
      return { kind: 'unknown-author', author: author ?? '', suggestions: result.suggestions };
    case SearchStatus.EmptyQuery:
      return { kind: 'invalid-query', reason: 'empty', maxLength, example: libraryExampleWord(library) };
    case SearchStatus.QueryTooLong:
      return { kind: 'invalid-query', reason: 'too-long', maxLength };
    case SearchStatus.UnknownArticle:
      return unknownArticle(library, article ?? '', result.suggestions);
    default:
      return { kind: 'no-match', query: result.query, suggestions: result.suggestions };
  }
}
