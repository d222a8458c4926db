import { attributionOf, isQuotable, type Passage } from '../content/article.js';
import type { Catalog } from '../search/catalog.js';
import { markedTokens, mergeRanges } from '../search/highlight.js';
import type { QueryTerm } from '../search/query.js';
import type { Highlight, SearchHit } from '../search/result.js';
import type { LibraryIndexes } from './library-indexes.js';

/** A passage as a hit: where it stands, its score (to three places) and the words of the terms it has. */
export function hitOf(
  indexes: LibraryIndexes,
  passage: Passage,
  score: number,
  terms: readonly QueryTerm[],
): SearchHit {
  const tokens = indexes.cache.tokens(passage);
  const ranges: Highlight[] = [];
  for (const token of markedTokens(tokens, terms)) ranges.push([token.start, token.end]);
  return {
    ...placeOf(indexes.catalog, passage),
    score: hitScore(score),
    highlights: mergeRanges(passage.text, ranges),
  };
}

/** A hit's score as it is shown and compared: to three places. */
export function hitScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Where a hit's passage stands: its article and the sentences around it. */
export function placeOf(
  catalog: Catalog,
  passage: Passage,
): Pick<SearchHit, 'passage' | 'article' | 'context'> {
  const article = catalog.article(passage.slug)!;
  return {
    passage,
    article: attributionOf(article),
    context: {
      before: article.sentences[passage.index - 1]?.text ?? null,
      after: article.sentences[passage.index + 1]?.text ?? null,
    },
  };
}

/** `Library.quoteById`: the quote of a passage id (`<slug>#<n>`), no heading or repeat, without highlights. */
export function quoteById(indexes: LibraryIndexes, id: string): SearchHit | undefined {
  const at = id.lastIndexOf('#');
  const article = indexes.catalog.article(id.slice(0, at));
  const passage = at < 0 ? undefined : article?.sentences[Number(id.slice(at + 1))];
  return passage?.id === id && isQuotable(passage) ? hitOf(indexes, passage, 1, []) : undefined;
}
