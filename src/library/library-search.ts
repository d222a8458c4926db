import type { Article } from '../content/article.js';
import { offeredPassages } from '../search/catalog.js';
import type { SearchEngine } from '../search/engine.js';
import { inDictionary } from '../search/lexicon.js';
import type { QueryTerm } from '../search/query.js';
import { unshouted } from '../search/query-words.js';
import { respelledQuery } from '../search/respelled.js';
import { SearchStatus, type SearchHit, type SearchRequest, type SearchResult } from '../search/result.js';
import { Reach } from '../search/score.js';
import { suggestQueries } from '../search/suggest.js';
import { withoutChatMarkup } from '../text/chat-markup.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Token } from '../text/tokenize.js';
import { askedSection } from './asked-section.js';
import { authorSuggestions, type SuggestionSearch } from './author-suggestions.js';
import { headedSections, namedSections } from './headed-sections.js';
import { codeMatches, CodeStrength, codeWords, type CodeMatch } from './code-matches.js';
import { hitOf, placeOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';
import { beyondMatches, tier } from './reach-tiers.js';
import { titledQuestion } from './titled-question.js';
import { authorsWordsFirst, personAsked, topicAsked } from './words-asked.js';

/** How many sentences with every small word of a query of small words only are read for the phrase. */
const PHRASE_REACH = 1_000;
/** How many hits of "what did X say?" are read for X's own sentences, which a note naming X may outrank. */
const WORDS_ASKED_REACH = 10;

/** What a search asks of its library for what to suggest when it finds nothing: a `Library` is one. */
export interface SearchSuggester extends SuggestionSearch {
  /** Slugs like an article name that names none. */
  similarArticles(typed: string): string[];
  /** Authors whose names look like an author's name that names none. */
  similarAuthors(typed: string): string[];
}

/**
 * `Library.search`: the passages that best answer a query, or why there are none, with `respelled` where
 * `suggest` and a word of it was taken for another. "what did X say (about Y)?" has the sentences of X's own
 * articles first (`authorsWordsFirst`), X read as respelled ("what did lincon say about labor?").
 */
export function searchLibrary(
  indexes: LibraryIndexes,
  library: SearchSuggester,
  request: SearchRequest,
  suggest: boolean,
): SearchResult {
  const asked = personAsked(withoutChatMarkup(request.query));
  if (asked === undefined)
    return withRespelling(indexes, request, searchAsTyped(indexes, library, request, suggest), suggest);
  const limit = Math.max(1, request.limit ?? indexes.options.limit);
  const wider = { ...request, limit: Math.max(limit, WORDS_ASKED_REACH) };
  const result = withRespelling(indexes, request, searchAsTyped(indexes, library, wider, suggest), suggest);
  // A search that found nothing stays quiet: the question names no words the library says.
  if (result.status !== SearchStatus.Ok) return result;
  const read = result.respelled ?? request.query;
  const person = personAsked(read) ?? asked;
  const ordered = authorsWordsFirst(person, result.hits);
  const own = ordered === result.hits ? ownArticlesHits(indexes, library, request, read, person, limit) : [];
  const seen = new Set(own.map((hit) => hit.passage.id));
  return { ...result, hits: [...own, ...ordered.filter((hit) => !seen.has(hit.passage.id))].slice(0, limit) };
}

/**
 * The hits of "what did X say about Y?" for Y among the articles by X, when the search of the whole question
 * found none of them (a note that names X and Y outranks a speech of X's that says Y without X's name): none
 * when the question names no topic, `author:` was given, or no article is by X.
 */
function ownArticlesHits(
  indexes: LibraryIndexes,
  library: SearchSuggester,
  request: SearchRequest,
  read: string,
  person: readonly string[],
  limit: number,
): readonly SearchHit[] {
  const topic = topicAsked(read);
  if (topic === undefined || request.author !== undefined) return [];
  const author = person.join(' ');
  if (indexes.metadata.byAuthor(author).length === 0) return [];
  const own = searchAsTyped(indexes, library, { ...request, query: topic, author, limit }, false);
  return own.status === SearchStatus.Ok ? own.hits : [];
}

/** The result with `respelled` where `suggest` and a word of the query was taken for another. */
function withRespelling(
  indexes: LibraryIndexes,
  request: SearchRequest,
  result: SearchResult,
  suggest: boolean,
): SearchResult {
  const best = result.hits[0];
  // Said to whoever typed the query; the library's own searches (`suggest` false) need no word on it. Code is
  // matched as typed: nothing was respelled.
  if (best === undefined || !suggest || result.respelled !== undefined || best.inCode) return result;
  const engine = indexes.targetOf(best.article.slug)?.engine ?? indexes.engine;
  const respelled = respelledQuery(
    withoutChatMarkup(request.query),
    best,
    (term, stem) => engine.index.hasStem(stem) || inDictionary(term, indexes.options.lexicon, true),
    (term, stem) => engine.meaningOf(term, stem),
  );
  return respelled === undefined ? result : { ...result, respelled };
}

/** The search itself, before a word of the query that was taken for another is said (`searchLibrary`). */
function searchAsTyped(
  indexes: LibraryIndexes,
  library: SearchSuggester,
  request: SearchRequest,
  suggest: boolean,
): SearchResult {
  if (request.query.length > indexes.options.maxQueryLength)
    return { query: request.query, hits: [], suggestions: [], status: SearchStatus.QueryTooLong };
  // A mention addresses someone, in any command and any platform's markup ("/quote <@123> chess"); the
  // reply still repeats what was typed, made inert by each platform.
  const asked = withoutChatMarkup(request.query);
  const base = { query: request.query, hits: [], suggestions: [] };
  const slug = request.slug;
  const target =
    slug === undefined ? { engine: indexes.engine, range: indexes.engine.all } : indexes.targetOf(slug);
  if (!target)
    return { ...base, status: SearchStatus.UnknownArticle, suggestions: library.similarArticles(slug!) };
  const query = unshouted(asked, (word) => target.engine.index.writesAsName(word));
  const terms = target.engine.analyze(query);
  if (terms.length === 0) return { ...base, status: SearchStatus.EmptyQuery };
  const limit = Math.max(1, request.limit ?? indexes.options.limit);
  if (request.author !== undefined) {
    const byAuthor = indexes.metadata.byAuthor(request.author);
    if (byAuthor.length === 0)
      return {
        ...base,
        status: SearchStatus.UnknownAuthor,
        suggestions: library.similarAuthors(request.author),
      };
    const articles = byAuthor.filter((a) => slug === undefined || a.slug === slug);
    const found = searchArticles(indexes, articles, query, limit);
    const titled = found.hits.length > 0 ? found : namedAmong(indexes, articles, query, limit);
    return { ...base, status: titled.hits.length > 0 ? SearchStatus.Ok : SearchStatus.NoMatch, ...titled };
  }
  // A query that is a section's heading ("root cause") asks for what the section says, not for its words.
  const sections = slug === undefined ? namedSections(indexes, query, limit) : [];
  if (sections.length > 0) return { ...base, status: SearchStatus.Ok, hits: sections };
  const searched = [{ ...target, terms }];
  // Only small words ("to be or not to be") ask for themselves, side by side and in order: a sentence that
  // has them apart ("the … and … of") is none.
  const small = terms.length > 1 && terms.every((term) => STOPWORDS.has(term.label.toLowerCase()));
  const hits = small
    ? tier(indexes, searched, query, PHRASE_REACH, Reach.Match)
        .filter((hit) => saysInOrder(indexes.cache.tokens(hit.passage), terms))
        .slice(0, limit)
    : tier(indexes, searched, query, limit, Reach.Match);
  const code = small ? [] : codeMatches(indexes.catalog, asked, slug);
  const inCode = codeFirst(indexes, code, hits, limit);
  if (inCode !== undefined) return { ...base, status: SearchStatus.Ok, hits: inCode };
  if (hits.length > 0) {
    const titled =
      slug === undefined && !small ? titledOverRelatives(indexes, hits, query, limit) : undefined;
    return {
      ...base,
      status: SearchStatus.Ok,
      ...(titled ?? { hits: sectionFirst(indexes, query, hits, limit) }),
    };
  }
  if (small) return { ...base, status: SearchStatus.NoMatch };
  // Nothing in the text: the query may name articles by their title, author or publication.
  const named = namedAmong(
    indexes,
    slug === undefined ? undefined : [indexes.catalog.article(slug)!],
    query,
    limit,
  );
  if (named.hits.length > 0) return { ...base, status: SearchStatus.Ok, ...named };
  // A question about an article named by its title's words ("what went wrong in the heating outage?").
  const about = slug === undefined ? titledQuestion(indexes, query, limit) : [];
  if (about.length > 0) return { ...base, status: SearchStatus.Ok, hits: about };
  // A typo of a word only a title says ("gettysberg" of "The Gettysburg Address").
  const retitled =
    slug === undefined
      ? indexes.metadata.retitled(
          query,
          (term, stem) =>
            target.engine.index.hasStem(stem) || inDictionary(term, indexes.options.lexicon, true),
        )
      : undefined;
  const titled = retitled === undefined ? undefined : namedAmong(indexes, undefined, retitled, limit);
  if (retitled !== undefined && titled !== undefined && titled.hits.length > 0)
    return { ...base, status: SearchStatus.Ok, ...titled, ...(suggest ? { respelled: retitled } : {}) };
  const headed = slug === undefined ? headedSections(indexes, query, limit) : [];
  if (headed.length > 0) return { ...base, status: SearchStatus.Ok, hits: headed };
  // Every word of the query in a code block, and nowhere in the text.
  if (code.length > 0)
    return { ...base, status: SearchStatus.Ok, hits: code.slice(0, limit).map(codeHit(indexes)) };
  const beyond = beyondMatches(indexes, searched, query, limit);
  if (beyond.hits.length > 0) return { ...base, status: SearchStatus.Ok, ...beyond };
  const suggestions = suggestQueries(
    target.engine,
    query,
    target.range,
    indexes.options.maxSuggestions,
    indexes.options.lexicon,
  );
  if (suggestions.length === 0 && slug === undefined && suggest)
    suggestions.push(...authorSuggestions(indexes, library, query));
  return { ...base, status: SearchStatus.NoMatch, suggestions };
}

/** The hits with the opening of the section the question asks about first (`askedSection`), if any. */
function sectionFirst(
  indexes: LibraryIndexes,
  query: string,
  hits: readonly SearchHit[],
  limit: number,
): SearchHit[] {
  const lead = askedSection(indexes, query, hits);
  if (lead === undefined) return [...hits];
  return [lead, ...hits.filter((hit) => hit.passage.id !== lead.passage.id)].slice(0, limit);
}

/** A code block's match as a hit: the sentence that answers for it, marked `inCode`, no words of it highlighted. */
const codeHit =
  (indexes: LibraryIndexes) =>
  (match: CodeMatch): SearchHit => ({
    ...placeOf(indexes.catalog, match.passage),
    score: 1,
    highlights: [],
    inCode: true,
  });

/**
 * The hits of a query a code block matches strongly (`codeMatches`: "max_connections", "Connection terminated
 * unexpectedly") before the text's, unless the text's best already says those words itself: the sentences
 * that answer for the code first, then the text's others. Undefined when no code block matches so.
 */
function codeFirst(
  indexes: LibraryIndexes,
  code: readonly CodeMatch[],
  hits: readonly SearchHit[],
  limit: number,
): SearchHit[] | undefined {
  const strong = code.filter((match) => match.strength === CodeStrength.Strong);
  if (strong.length === 0) return undefined;
  const best = hits[0];
  if (best !== undefined) {
    const words = codeWords(best.passage.text);
    if (strong.some((match) => match.tokens.every((token) => words.has(token)))) return undefined;
  }
  const first = strong.map(codeHit(indexes));
  const ids = new Set(first.map((hit) => hit.passage.id));
  return [...first, ...hits.filter((hit) => !ids.has(hit.passage.id))].slice(0, limit);
}

/**
 * The hits of a query whose every word names articles (their title, author or publication) when the text
 * has those words only through a loose relative (`hits` all below a synonym's quality): "judgment" is the
 * title's word of "…: Judgment on the Footpath Appeal", whose best passages answer, not a tree study's
 * "estimated" (an estimate being a kind of judgment). Undefined when the hits say a word as typed, or the
 * query names no article.
 */
function titledOverRelatives(
  indexes: LibraryIndexes,
  hits: readonly SearchHit[],
  query: string,
  limit: number,
): { hits: SearchHit[]; closest?: true } | undefined {
  if (hits[0]!.score >= indexes.options.relationQuality.synonym) return undefined;
  if (indexes.metadata.named(query)?.rest !== '') {
    const headed = headedSections(indexes, query, limit);
    return headed.length > 0 ? { hits: headed } : undefined;
  }
  const named = namedAmong(indexes, undefined, query, limit);
  return named.hits.length > 0 ? named : undefined;
}

/**
 * The hits of a query that names some of these articles by their title, author or publication ("chess" of
 * "The Quiet Prodigy Who Won the City Chess Final"), among those articles and for the query's other words:
 * each article's best quote when no word is left. None when it names none of them (`articles` undefined:
 * the whole library).
 */
function namedAmong(
  indexes: LibraryIndexes,
  articles: readonly Article[] | undefined,
  query: string,
  limit: number,
): { hits: SearchHit[]; closest?: true } {
  const named = indexes.metadata.named(query);
  const within = articles && new Set(articles);
  const among = named?.articles.filter((article) => within?.has(article) ?? true) ?? [];
  return among.length > 0 ? searchArticles(indexes, among, named!.rest, limit) : { hits: [] };
}

/**
 * The best hits for the query within these articles, best first, from the first of the ways to find them
 * that finds any in one of them (see `tier`): an article's sentence that leans on its neighbours, or one
 * that is only the closest, never outranks another article's match. With no words left to look for, each
 * article's best quote (its lead: the sentence a news article sums itself up in).
 */
function searchArticles(
  indexes: LibraryIndexes,
  articles: readonly Article[],
  query: string,
  limit: number,
): { hits: SearchHit[]; closest?: true } {
  if (indexes.engine.analyze(query).length === 0) {
    const leads = articles
      .slice(0, limit)
      .map((article) => offeredPassages(article)[0])
      .filter((passage) => passage !== undefined)
      .map((passage) => hitOf(indexes, passage, 1, []));
    return { hits: leads };
  }
  // Most articles share the library's engine: the query is analysed once per engine.
  const analysed = new Map<SearchEngine, QueryTerm[]>();
  const targets = articles.map((article) => {
    const target = indexes.targetOf(article.slug)!;
    let terms = analysed.get(target.engine);
    if (terms === undefined) analysed.set(target.engine, (terms = target.engine.analyze(query)));
    return { ...target, terms };
  });
  const hits = tier(indexes, targets, query, limit, Reach.Match);
  return hits.length > 0 ? { hits } : beyondMatches(indexes, targets, query, limit);
}

/** Whether a passage's words have the query's words side by side, in this order. */
function saysInOrder(tokens: readonly Token[], terms: readonly QueryTerm[]): boolean {
  const said = tokens.filter((token) => !token.alias).map((token) => token.term);
  const words = terms.map((term) => term.label.toLowerCase());
  return said.some((_, i) => words.every((word, j) => said[i + j] === word));
}
