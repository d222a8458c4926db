import type { Article, Passage } from '../content/article.js';
import { DEFAULT_DAILY_OPTIONS } from '../daily/options.js';
import { passageSpeaker } from '../content/passage-speaker.js';
import { offeredPassages } from '../search/catalog.js';
import type { Lexicon } from '../search/lexicon.js';
import { quoteInTurns } from '../search/random-turns.js';
import type { SearchHit, SearchScope } from '../search/result.js';
import { quotesOfTheirOwn } from '../summary/cues.js';
import { leansOnSentenceBefore } from '../summary/posting-lines.js';
import { sentenceBefore } from '../content/sentence-before.js';
import { wordCount } from '../text/tokenize.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/** Fewer words than this make a fragment, not a random quote ("It's just wrong."): a daily post's minimum. */
const RANDOM_MIN_WORDS = DEFAULT_DAILY_OPTIONS.minWords;
/** Each article's random quotes, drawn once (see `randomQuotable`). */
const poolsByArticle = new WeakMap<Article, readonly Passage[]>();

/**
 * The passages a random quote of an article is drawn from: its quotable ones offered unasked (`isOffered`) that read as quotes of their
 * own (`RANDOM_MIN_WORDS` words or more, `standsAlone`: `quotesOfTheirOwn`, as daily posts), or all its quotable ones when none does.
 * A sentence of a quotation that goes on from one before it (`"I want to apologise to every resident."` after
 * `"We will not negotiate…," said Andrew Pilling.`) reads as one too when its attribution names who said it
 * (`passageSpeaker`: "— Andrew Pilling, quoted by Lucy Tran") and its words lean on nothing before them: "what
 * else did he say?" then finds it. `lexicon` reads the speaker as the attribution does.
 */
export function randomQuotable(article: Article, lexicon?: Lexicon): readonly Passage[] {
  let pool = poolsByArticle.get(article);
  if (pool === undefined) {
    // "The variable will be ignored…" after the sentence that introduced the variable reads as no quote alone.
    const offered = offeredPassages(article);
    const leaning = offered.filter(
      (passage) => !leansOnSentenceBefore(passage.text, sentenceBefore(article, passage)),
    );
    const quotable = leaning.length > 0 ? leaning : offered;
    const own = new Set(quotesOfTheirOwn(quotable, RANDOM_MIN_WORDS, []));
    const credited = (passage: Passage): boolean =>
      wordCount(passage.text) >= RANDOM_MIN_WORDS &&
      ALL_QUOTED.test(passage.text.trim()) &&
      quotesOfTheirOwn([{ text: unquoted(passage.text) }], RANDOM_MIN_WORDS, []).length > 0 &&
      ['quoted', 'read'].includes(passageSpeaker(article, passage, lexicon)?.as ?? '');
    const drawn = quotable.filter((passage) => own.has(passage) || credited(passage));
    pool = drawn.length > 0 ? drawn : quotable;
    poolsByArticle.set(article, pool);
  }
  return pool;
}

/** A sentence that is one quotation, start to end, with no words outside it. */
const ALL_QUOTED = /^["“][^"“”]+["”]$/u;

/** The words of a sentence that is one quotation, without its marks. */
function unquoted(text: string): string {
  return text.trim().slice(1, -1);
}

/** Each article's random quotes (`randomQuotable`), of the library, one article or one author's articles. */
export function randomPools(indexes: LibraryIndexes, filter: SearchScope): (readonly Passage[])[] {
  let articles: readonly Article[] =
    filter.author === undefined ? indexes.catalog.articles : indexes.metadata.byAuthor(filter.author);
  if (filter.slug !== undefined) articles = articles.filter((article) => article.slug === filter.slug);
  return articles.map((article) => randomQuotable(article, indexes.options.lexicon));
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
