import type { Attribution, Passage } from '../content/article.js';

/** Why a search has the hits it has. Everything but `ok` comes with no hits. */
export const SearchStatus = {
  Ok: 'ok',
  NoMatch: 'no-match',
  EmptyQuery: 'empty-query',
  QueryTooLong: 'query-too-long',
  UnknownArticle: 'unknown-article',
  /** `author:` names no author of the library; `suggestions` are authors whose names look alike. */
  UnknownAuthor: 'unknown-author',
} as const;
export type SearchStatus = (typeof SearchStatus)[keyof typeof SearchStatus];

/** A character range [start, end) in a passage's text. */
export type Highlight = readonly [start: number, end: number];

/** A quotable passage that answers a query. */
export interface SearchHit {
  readonly passage: Passage;
  readonly article: Attribution;
  /** 0–1: the weighted share of the query found in the passage. */
  readonly score: number;
  /** Ranges of the passage's text that matched query words, sorted and disjoint. */
  readonly highlights: readonly Highlight[];
  /** The sentences around the passage in its article, or null at either end. */
  readonly context: { readonly before: string | null; readonly after: string | null };
  /**
   * The words asked for are in a code block after this sentence (`Article.code`), not in it: code is found,
   * never quoted, and the reply says where the words are.
   */
  readonly inCode?: true | undefined;
}

/** The articles a search, a random quote or a word to try draws from: with neither, the whole library's. */
export interface SearchScope {
  /** One article only. */
  readonly slug?: string | undefined;
  /** Only the articles of this author (words of the name, e.g. "ballbach"). */
  readonly author?: string | undefined;
}

export interface SearchRequest extends SearchScope {
  readonly query: string;
  readonly limit?: number | undefined;
}

/** The answer to a search: hits best first, or a status that says why there are none. */
export interface SearchResult {
  readonly query: string;
  readonly status: SearchStatus;
  readonly hits: readonly SearchHit[];
  /** Did-you-mean words from the library's vocabulary (or article slugs for `unknown-article`). */
  readonly suggestions: readonly string[];
  /** No passage has every word asked for: the hits are the closest, each lacking one of them. */
  readonly closest?: boolean;
  /**
   * The query as the best hit reads it, when a word of it that neither the library nor the dictionary knows
   * was taken for another ("flod" → "floods"): said, so that a typo is not corrected silently.
   */
  readonly respelled?: string;
}
