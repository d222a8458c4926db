import type { Article, Passage } from '../content/article.js';
import { DEFAULT_DAILY_OPTIONS } from '../daily/options.js';
import { quotablePassages } from '../search/catalog.js';
import { quoteInTurns } from '../search/random-turns.js';
import type { SearchHit, SearchScope } from '../search/result.js';
import { quotesOfTheirOwn } from '../summary/cues.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/** Fewer words than this make a fragment, not a random quote ("It's just wrong."): a daily post's minimum. */
const RANDOM_MIN_WORDS = DEFAULT_DAILY_OPTIONS.minWords;
/** Each article's random quotes, drawn once (see `randomQuotable`). */
const poolsByArticle = new WeakMap<Article, readonly Passage[]>();

/**
 * The passages a random quote of an article is drawn from: its quotable ones that read as quotes of their
 * own (`RANDOM_MIN_WORDS` words or more, `standsAlone`: `quotesOfTheirOwn`, as daily posts), or all its quotable ones when none does.
 */
export function randomQuotable(article: Article): readonly Passage[] {
  let pool = poolsByArticle.get(article);
  if (pool === undefined) {
    pool = quotesOfTheirOwn(quotablePassages(article), RANDOM_MIN_WORDS);
    poolsByArticle.set(article, pool);
  }
  return pool;
}

/** Each article's random quotes (`randomQuotable`), of the library, one article or one author's articles. */
export function randomPools(indexes: LibraryIndexes, filter: SearchScope): (readonly Passage[])[] {
  let articles: readonly Article[] =
    filter.author === undefined ? indexes.catalog.articles : indexes.metadata.byAuthor(filter.author);
  if (filter.slug !== undefined) articles = articles.filter((article) => article.slug === filter.slug);
  return articles.map((article) => randomQuotable(article));
}

/**
 * `Library.quoteAmong`: the quote at `index` (wrapped round) of the random quotes in the articles' turns, with
 * its index and how many there are.
 */
export function quoteAmong(
  indexes: LibraryIndexes,
  index: number,
  filter: SearchScope,
): { hit: SearchHit; index: number; count: number } | undefined {
  const pools = randomPools(indexes, filter);
  const count = pools.reduce((sum, pool) => sum + pool.length, 0);
  if (count === 0) return undefined;
  const at = Math.max(0, Math.floor(index)) % count;
  return { hit: hitOf(indexes, quoteInTurns(pools, at)!, 1, []), index: at, count };
}
