import type { Article, Attribution, Passage } from '../content/article.js';
import { withFullNames, type SummarySentence } from './full-names.js';
import type { SearchOptions } from '../search/options.js';
import { SearchStatus, type SearchHit, type SearchRequest, type SearchResult } from '../search/result.js';
import type { SummaryLength, SummaryOptions } from './options.js';
import { ConceptReader } from './concepts.js';
import { topicNamer } from './about-topic.js';
import { withWhatTheyPointTo } from './substance.js';
import { kindHits, withKinds } from './topic-kinds.js';
import { cleanTopic, fitUnits, hasTopicWords, leaningUnits, nearBest } from './topic.js';

/**
 * Sentences found about a topic that make an article one about it, not one that mentions it in passing (a
 * passing mention is a sentence, sometimes two side by side).
 */
const ABOUT_SENTENCES = 3;

/** What a library-wide topic summary needs from the search engine: a `Library` is one. */
export interface LibraryFinder {
  search(request: SearchRequest): SearchResult;
  /** An article by slug: the sentences a found one leans on are taken from it. */
  article(slug: string): Article | undefined;
  readonly options: Pick<SearchOptions, 'maxQueryLength' | 'relationQuality' | 'lexicon'>;
  /** The articles searched: their sentences about the topic's kinds are found here (see `kindHits`). */
  readonly articles: readonly Article[];
}

/** The sentences one article contributes to a library-wide topic summary, in article order. */
export interface ArticleExcerpt {
  readonly article: Attribution;
  /** Each with the people it names by surname alone, as an article's summary's (see `withFullNames`). */
  readonly sentences: readonly SummarySentence[];
}

/**
 * What the library says about a topic: the best sentences about it across all articles, grouped by
 * article, the most relevant article first. A value for every outcome: adapters word each one.
 */
export type LibrarySummary =
  | {
      readonly kind: 'found';
      /** Empty for an overview of the whole library (see `overviewOfLibrary`). */
      readonly topic: string;
      readonly length: SummaryLength;
      readonly excerpts: readonly ArticleExcerpt[];
      /** An overview: how many articles the library has, of which `excerpts` are the newest. */
      readonly overviewOf?: number;
      /** The author the summary was kept to ("BBC News"), as the library names them. */
      readonly author?: string;
    }
  /** No article discusses the topic. */
  | { readonly kind: 'not-discussed'; readonly topic: string; readonly suggestions: readonly string[] }
  /** The topic has no word to look for ("it", "the"). */
  | { readonly kind: 'no-topic'; readonly topic: string }
  /** The topic is longer than a search takes (`maxLength` characters). */
  | { readonly kind: 'too-long'; readonly topic: string; readonly maxLength: number };

/** A library-wide summary request: a topic, and how long (a length's count, or exactly `sentences`). */
export interface LibrarySummaryRequest {
  readonly topic: string;
  readonly length?: SummaryLength | undefined;
  readonly sentences?: number | undefined;
}

/**
 * Summarises what the whole library says about a topic: the passages `/quote` would find for it across
 * every article, the best `sentences` of them (by default the length's `topicSentences`), at most
 * `libraryPerArticle` from one article so that several voices are heard, one that leans on the sentence
 * before only with it (see `leaningUnits`). Sentences are grouped by article,
 * the article of the best passage first after those about the topic (see `aboutTheTopic`), each article's
 * sentences in its own order.
 */
export function summarizeLibrary(
  finder: LibraryFinder,
  request: LibrarySummaryRequest,
  options: SummaryOptions,
): LibrarySummary {
  const length = request.length ?? 'medium';
  const topic = cleanTopic(request.topic);
  const wanted = Math.max(1, Math.floor(request.sentences ?? options.topicSentences[length]));
  if (!hasTopicWords(topic)) return { kind: 'no-topic', topic: request.topic.trim() };
  const result = finder.search({ query: topic, limit: wanted * 4 });
  if (result.status === SearchStatus.QueryTooLong)
    return { kind: 'too-long', topic, maxLength: finder.options.maxQueryLength };
  if (result.status === SearchStatus.EmptyQuery) {
    return { kind: 'no-topic', topic };
  }
  // "food": the haddock and the supper too; "money": the fees and the sums.
  const kinds = kindHits(finder.articles, finder.options.lexicon, topic, options);
  if (result.status !== SearchStatus.Ok && kinds.length === 0) {
    return { kind: 'not-discussed', topic, suggestions: result.suggestions };
  }
  const found = withKinds(result.status === SearchStatus.Ok ? result.hits : [], kinds);
  const hits = withWhatTheyPointTo(nearBest(found, finder.options), (slug) => finder.article(slug));
  const units = leaningUnits(hits, (slug) => finder.article(slug)?.sentences);
  const articleOf = new Map(found.map((hit) => [hit.article.slug, hit.article]));
  const groups = new Map<string, { article: Attribution; passages: Passage[] }>();
  for (const passage of fitUnits(units, hits, wanted, options.libraryPerArticle)) {
    const group = groups.get(passage.slug) ?? { article: articleOf.get(passage.slug)!, passages: [] };
    group.passages.push(passage);
    groups.set(passage.slug, group);
  }
  // Map keeps insertion order: the article of the best hit first, after those about the topic.
  const about = aboutTheTopic(hits);
  const excerpts = [...groups.values()]
    .sort((a, b) => Number(about(b.article)) - Number(about(a.article)))
    .map(({ article, passages }) => ({
      article,
      sentences: withFullNames(
        passages.sort((a, b) => a.index - b.index).map(({ id, text }) => ({ id, text })),
        finder.article(article.slug)?.sentences ?? [],
        finder.options.lexicon,
      ),
    }));
  // A typo taken for a word of the library is said as that word ("unemploymnt": "unemployment").
  return {
    kind: 'found',
    topic: (result.status === SearchStatus.Ok && result.respelled) || topic,
    length,
    excerpts,
  };
}

/**
 * Whether an article is about the topic of `hits` rather than mentioning it in passing: its title names the
 * topic, or `ABOUT_SENTENCES` of the hits are its sentences (a report on air passengers' rights says
 * "compensation" in ten). A library summary puts such articles first, so that a passing mention the search
 * scores best ("Compensation is being paid in almost two million cases…" in an address on everything) does
 * not open it.
 */
function aboutTheTopic(hits: readonly SearchHit[]): (article: Attribution) => boolean {
  const { names } = topicNamer(hits, new ConceptReader([]));
  const found = new Map<string, number>();
  for (const { passage } of hits) found.set(passage.slug, (found.get(passage.slug) ?? 0) + 1);
  return (article) => names(article.title) || (found.get(article.slug) ?? 0) >= ABOUT_SENTENCES;
}

/**
 * Whether a summary request is about the whole library: a topic, no article named, and more than one
 * article to draw on. With one article, a topic summary of that article says the same and keeps its shape.
 */
export function wantsLibrarySummary(
  request: { readonly topic?: string | undefined; readonly article?: string | undefined },
  articleCount: number,
): boolean {
  return request.article === undefined && (request.topic?.trim() ?? '').length > 0 && articleCount > 1;
}

/**
 * Words that ask for the whole library rather than a topic: "all the articles", "every speech",
 * "all of them", "the whole library", "the library", "everything". "library" alone is a topic, as "libraries"
 * is (`/summary library`, `summary --topic library`: what the articles say about libraries): a user who means
 * this library says which, "the" or "whole" or "my".
 */
const WHOLE_LIBRARY = String.raw`(?:(?:all|every|each)(?: one)?(?: of)?(?: (?:the|these|those|my|our|your))?(?: [\p{L}\p{N}-]+)? (?:articles?|stories|story|texts?|speech(?:es)?|pieces?|posts?|reports?|documents?|them)|(?:(?:the|my|our|your|this) (?:whole |entire )?|(?:whole|entire) )library|everything)`;
const WHOLE_LIBRARY_ALONE = new RegExp(`^(?:all|${WHOLE_LIBRARY})$`, 'iu');
const WHOLE_LIBRARY_IN = new RegExp(`(?<![\\p{L}\\p{N}])${WHOLE_LIBRARY}(?![\\p{L}\\p{N}])`, 'iu');

/** Whether a summary's topic only asks for the whole library ("all the articles", "the library", "all"). */
export function asksForWholeLibrary(topic: string): boolean {
  return WHOLE_LIBRARY_ALONE.test(topic.trim().replace(/\s+/g, ' '));
}

/** The words of a message that ask for the whole library ("summarize all the articles, short"), if any. */
export function wholeLibraryIn(text: string): string | undefined {
  return WHOLE_LIBRARY_IN.exec(text.replace(/\s+/g, ' '))?.[0];
}

/**
 * A library spoken about, the last words of a message: what it asks about, not this library ("what do the
 * articles say about the library?", "summarize what the library says about the library").
 */
const LIBRARY_SPOKEN_OF = /(?<![\p{L}\p{N}])(?:about|on|regarding) (?:the |a )?(librar(?:y|ies))[\s?!.]*$/iu;

/** The topic "library" (or "libraries") when a message asks about one (see `LIBRARY_SPOKEN_OF`), if it does. */
export function libraryAsTopicIn(text: string): string | undefined {
  return LIBRARY_SPOKEN_OF.exec(text.replace(/\s+/g, ' '))?.[1];
}

/**
 * An overview of the whole library: the first sentence of each article's own summary, the newest articles
 * first (as `/articles` lists them). Every article when there are few enough to read, as many as a long
 * topic summary has sentences (12: "all" means all); in a larger library, or when a short one is asked for,
 * the newest, as many as a topic summary of that length has sentences; or exactly `sentences`. `summaryOf`
 * summarises one article in one sentence.
 */
export function overviewOfLibrary(
  articles: readonly { readonly slug: string }[],
  summaryOf: (slug: string) => ArticleExcerpt | undefined,
  request: { readonly length?: SummaryLength | undefined; readonly sentences?: number | undefined },
  options: SummaryOptions,
): LibrarySummary {
  const length = request.length ?? 'medium';
  const fewEnough = articles.length <= options.topicSentences.long && length !== 'short';
  const wanted = Math.max(
    1,
    Math.floor(request.sentences ?? (fewEnough ? articles.length : options.topicSentences[length])),
  );
  const excerpts = articles.slice(0, wanted).flatMap((article) => {
    const excerpt = summaryOf(article.slug);
    return excerpt !== undefined && excerpt.sentences.length > 0 ? [excerpt] : [];
  });
  return { kind: 'found', topic: '', length, excerpts, overviewOf: articles.length };
}
