import type { Article, Passage } from '../content/article.js';
import type { Library } from '../library.js';
import { quotesOfTheirOwn } from '../summary/cues.js';
import { leansOnSentenceBefore } from '../summary/posting-lines.js';
import { sentenceBefore } from '../content/sentence-before.js';
import { segmentSentences } from '../text/segment.js';
import { tokenize, wordCount } from '../text/tokenize.js';

/** Dice similarity at or above which a body sentence counts as a copy of a deck sentence. */
const DECK_ECHO_SIMILARITY = 0.8;

const termsOf = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .filter((token) => !token.alias)
      .map((token) => token.term),
  );

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

export { wordCount };

/**
 * A sentence that points at what comes after it ("The results are summarised in the table below.", "The steps
 * are as follows:"): in a post of its own it points at nothing.
 */
const POINTS_ONWARD = /\b(?:below|as follows|the following)\s*[.:]["'”’)\]]*$/iu;

const cache = new WeakMap<Article, Map<number, readonly Passage[]>>();

/**
 * The passages of one article that may be posted as a daily quote: quotable (not a repeat of an earlier
 * sentence), at least `minWords` long, pointing at nothing after it ("…in the table below."), not a copy of the deck (the standfirst some sources repeat in the
 * body: it is the editor's summary, not a quote), and reading on their own as a random quote does
 * (`quotesOfTheirOwn`: no "But you don't have to take their word for it.", unless the article has nothing
 * else; `leansOnSentenceBefore`: no "The variable will be ignored…" after the sentence that named it). A post stored before a passage stopped counting is still found by its id (`passageOf`), and the
 * rotation goes on without it.
 */
export function postablePassages(library: Library, article: Article, minWords: number): readonly Passage[] {
  let byLength = cache.get(article);
  if (byLength === undefined) {
    byLength = new Map();
    cache.set(article, byLength);
  }
  const known = byLength.get(minWords);
  if (known !== undefined) return known;
  const deck = segmentSentences(article.meta.deck ?? '').map((span) => termsOf(span.text));
  const long = library
    .offered(article)
    .filter((passage) => wordCount(passage.text) >= minWords && !POINTS_ONWARD.test(passage.text))
    .filter((passage) => {
      const terms = termsOf(passage.text);
      return !deck.some((deckTerms) => dice(terms, deckTerms) >= DECK_ECHO_SIMILARITY);
    });
  // "The variable will be ignored…" after the sentence that introduced the variable: no post alone.
  const alone = long.filter(
    (passage) => !leansOnSentenceBefore(passage.text, sentenceBefore(article, passage)),
  );
  const postable = quotesOfTheirOwn(alone.length > 0 ? alone : long, minWords);
  byLength.set(minWords, postable);
  return postable;
}

const pools = new WeakMap<Library, Map<number, readonly Passage[]>>();

/**
 * The passages a schedule draws from: one article's, or the whole library's, in a stable order (by
 * slug, then position) so that the shuffle depends only on the channel and the content. A sentence that
 * two articles share word for word (one wire story in both) is in the library's pool once, under the
 * first: a channel never gets it twice in a cycle.
 */
export function dailyPool(library: Library, slug: string | null, minWords: number): readonly Passage[] {
  if (slug !== null) {
    const article = library.article(slug);
    return article === undefined ? [] : postablePassages(library, article, minWords);
  }
  let byLength = pools.get(library);
  if (byLength === undefined) {
    byLength = new Map();
    pools.set(library, byLength);
  }
  let pool = byLength.get(minWords);
  if (pool === undefined) {
    const seen = new Set<string>();
    pool = [...library.articles]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .flatMap((article) => postablePassages(library, article, minWords))
      .filter((passage) => {
        if (seen.has(passage.text)) return false;
        seen.add(passage.text);
        return true;
      });
    byLength.set(minWords, pool);
  }
  return pool;
}
