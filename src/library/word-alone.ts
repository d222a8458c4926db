import type { QueryTerm } from '../search/query.js';
import type { SearchHit, SearchRequest, SearchResult, SearchScope } from '../search/result.js';
import { withoutChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { titleHasRun } from './article-names.js';
import type { LibraryIndexes } from './library-indexes.js';
import { hasRun, titleWords } from './title-words.js';
import { passagesWriting, writes } from './words-held.js';

/** A word shorter than this is never offered alone after no match ("da", "us"): it finds what was not asked. */
const ALONE_MIN_LETTERS = 3;
/** Hits read of each other word of a query, for the articles it points to (`Library.wordAlone`). */
const ALONE_REST_REACH = 100;
/** Hits read for a passage that says two words of a name side by side (`namedWords`). */
const SIDE_BY_SIDE_REACH = 20;

/** What finding a word to try alone asks of the library: its searches (a `Library` has them). */
export interface WordSearch {
  search(request: SearchRequest, suggest?: boolean): SearchResult;
}

/** `Library.wordAlone`: a word of a query that finds passages alone, where nothing matches the query whole. */
export function wordAlone(
  indexes: LibraryIndexes,
  library: WordSearch,
  query: string,
  scope: SearchScope,
): string | undefined {
  const rarity = new Map<string, number>();
  const rarityOf = (word: string): number => rarity.get(word) ?? Number.POSITIVE_INFINITY;
  const plain = withoutChatMarkup(query);
  const asked = foldText(plain).trim();
  const terms = indexes.engine.analyze(plain);
  const named = namedWords(indexes, library, plain, terms);
  const words = [
    ...new Set(
      terms
        .filter((term) => !term.light)
        .map((term) => foldText(term.label))
        .filter((word) => [...word].length >= ALONE_MIN_LETTERS && !named.has(word))
        // A word it writes, in some form: not one a search takes for another ("zebra" for "Debra").
        .filter((word) => !STOPWORDS.has(word) && word !== asked && writes(indexes.engine.index, word)),
    ),
  ];
  for (const word of words) rarity.set(word, passagesWriting(indexes.engine.index, word));
  words.sort((a, b) => rarityOf(a) - rarityOf(b));
  const { slug, author } = scope;
  const bestOf = (word: string): SearchHit | undefined =>
    library.search({ query: word, slug, author, limit: 1 }, false).hits[0];
  const at = words.findIndex((word) => bestOf(word) !== undefined);
  const word = words[at];
  const best = word === undefined ? undefined : bestOf(word);
  if (word === undefined || best === undefined) return undefined;
  const rest = words.filter((other) => other !== word);
  return pointedTo(library, best.article.slug, rest, scope) ? word : undefined;
}

/**
 * Whether the other words of a query point to this article: none of them finds a passage anywhere in the
 * scope, or it weighs the most among the articles their passages are in. Each word weighs in each article
 * by its share of the passages it finds, so "library" points to the speech that says it throughout more than
 * to a story that says it once.
 */
function pointedTo(library: WordSearch, slug: string, rest: readonly string[], scope: SearchScope): boolean {
  const weights = new Map<string, number>();
  for (const word of rest) {
    const hits = library.search({ ...scope, query: word, limit: ALONE_REST_REACH }, false).hits;
    for (const hit of hits)
      weights.set(hit.article.slug, (weights.get(hit.article.slug) ?? 0) + 1 / hits.length);
  }
  if (weights.size === 0) return true;
  const here = weights.get(slug) ?? 0;
  return here > 0 && here >= Math.max(...weights.values());
}

/**
 * The words (folded) of a query that are part of a name of several words: capitalised side by side ("Da
 * Vinci", as the search reads them: `QueryTerm.name`), or, as typed in any case, two words side by side that
 * the library writes as names and says side by side, in a title or a passage ("da vinci", "tom hanks").
 */
function namedWords(
  indexes: LibraryIndexes,
  library: WordSearch,
  query: string,
  terms: readonly QueryTerm[],
): Set<string> {
  const named = new Set(
    terms.filter((term) => term.name !== undefined && !term.phrase).map((term) => foldText(term.label)),
  );
  const tokens = tokenize(query).filter((token) => !token.alias);
  const isName = (token: Token): boolean =>
    !STOPWORDS.has(token.term) && indexes.engine.index.writesAsName(token.term);
  for (const [at, token] of tokens.entries()) {
    const next = tokens[at + 1];
    if (next === undefined || next.word !== token.word + 1 || !isName(token) || !isName(next)) continue;
    const pair = `${token.term} ${next.term}`;
    if (titleHasRun(indexes.catalog.articles, pair) || saysSideBySide(library, pair))
      named.add(token.term).add(next.term);
  }
  return named;
}

/** `Library.saysSideBySide`: some passage has these words side by side, with no punctuation between them. */
export function saysSideBySide(library: WordSearch, words: string): boolean {
  const wanted = titleWords(words);
  return library
    .search({ query: words, limit: SIDE_BY_SIDE_REACH }, false)
    .hits.some((hit) =>
      hit.passage.text.split(/[,;:()"“”]/).some((part) => hasRun(titleWords(part), wanted)),
    );
}
