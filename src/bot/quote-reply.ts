import { attributionOf } from '../content/article.js';
import type { Library } from '../library.js';
import type { SearchHit } from '../search/result.js';
import { SearchStatus } from '../search/result.js';
import type { LanguageDetector } from '../text/language-names.js';
import { aboutAuthor } from './about-author.js';
import { theirTitleNamed, type TheirTitleNamed } from './author-title-named.js';
import { withContinuedName } from './continued-name.js';
import { asksForAnyQuote, nothingToLookFor } from './intent.js';
import { libraryExampleWord } from './library-examples.js';
import { noHits, nothingMatches } from './no-hits.js';
import { speakerOf } from './passage-speaker.js';
import { randomQuote } from './random-quote.js';
import { roleAsked } from './role-asked.js';
import { hasTurns, hitsOfRole, turnsOfRole } from './role-hits.js';
import { newestArticleOf } from './recent-first.js';
import type { BotReply, QuoteFollowUps, QuoteRequest } from './requests.js';
import { onlySmallWords } from './small-words.js';
import { articleForSummary } from './summary-article.js';
import { withWholeArticle } from './typed-article-name.js';
import { withWholeAuthor } from './typed-author-name.js';
import { unknownArticle } from './unknown-article.js';
import { theirWordsFirst } from './words-of.js';

/** Matches of a quote are counted (and walked by "Next match") up to this many: "1 of 100+". */
export const QUOTE_MATCH_CAP = 100;
/** How many hits a question about a show's guests or host reads before keeping theirs. */
const ROLE_REACH = 1000;

/**
 * "a quote by Ines Carvalho", `author:luis` of someone no article is by who speaks in a transcript: their
 * name is looked for in the texts, as "a quote from …" of a name the texts say, and finds their turns.
 */
function speakerAsWords(library: Library, request: QuoteRequest): QuoteRequest {
  const author = request.author?.trim();
  if (!author || library.hasAuthor(author) || !library.isSpeaker(author)) return request;
  const { author: _, ...rest } = request;
  return { ...rest, query: `${author} ${request.query}`.trim() };
}

/**
 * `/quote`: the passage its words find at its `position` (the one at 0 first), with its follow-ups; with no
 * words a random quote (`randomQuote`, from `random`); else why there is none. `languages` tells an article
 * described by its language ("does the french article mention wine?").
 */
export function quoteReply(
  library: Library,
  asked: QuoteRequest,
  random: () => number,
  languages: LanguageDetector | undefined,
): BotReply {
  const read = speakerAsWords(library, withWholeAuthor(library, withContinuedName(library, asked)));
  // An article described in a question ("the da vinci article") is named whole: its words are none to look
  // for.
  const request = read.described ? read : withWholeArticle(library, read);
  const resolved =
    request.article === undefined
      ? undefined
      : request.described
        ? articleForSummary(library, request.article, true, languages)
        : library.articleNamed(request.article);
  const article = resolved ?? request.article;
  const author = request.author?.trim() || undefined;
  if (author !== undefined && !library.hasAuthor(author))
    return { kind: 'unknown-author', author, suggestions: library.similarAuthors(author) };
  if (asksForAnyQuote(request.query) || nothingToLookFor(request.query))
    return randomQuote(library, request, article, author, random);
  // "/quote the": any sentence would be its first match.
  if (onlySmallWords(request.query))
    return {
      kind: 'invalid-query',
      reason: 'small-words',
      maxLength: library.options.maxQueryLength,
      example: libraryExampleWord(library),
    };
  // "what did the guest say about teenagers?": the guests' words on teenagers; "what did the host say?" after a
  // quote of an episode: everything its host says there.
  const role = roleAsked(request.query);
  if (role !== undefined && role.about === undefined && article !== undefined) {
    const turns = turnsOfRole(library, article, role.role);
    if (turns.length === 0) return nothingMatches(library, request.query, [], { slug: article, author });
    return quoteOfHits(library, request, article, author, turns, {});
  }
  // "what did lincoln say at gettysburg?": the article of theirs the words name by its title, not a search
  // for the title's word in their texts, which never say it.
  const titled =
    author !== undefined && article === undefined
      ? theirTitleNamed(library, author, request.query)
      : undefined;
  if (titled !== undefined) return quoteOfTitled(library, request, titled, author!, random, languages);
  const about =
    article === undefined && author === undefined && role === undefined
      ? aboutAuthor(library, request.query)
      : undefined;
  if (about) return about;
  const result = library.search({
    query: role?.about ?? request.query,
    slug: article,
    author,
    limit: role === undefined ? QUOTE_MATCH_CAP + 1 : ROLE_REACH,
  });
  switch (result.status) {
    case SearchStatus.UnknownArticle:
      // "does the french article mention wine?" of a library with no article in French, or two: said of
      // the language, as "summarize the french article" says it.
      if (request.described && request.article !== undefined)
        return unknownArticle(library, request.article, result.suggestions, true, languages);
      return noHits(library, result, request.article, author);
    case SearchStatus.EmptyQuery:
    case SearchStatus.QueryTooLong:
    case SearchStatus.UnknownAuthor:
      return noHits(library, result, request.article, author);
    case SearchStatus.NoMatch:
      if (request.newerThan !== undefined) return nothingNewer(library, request.newerThan);
      // "does the da vinci article mention the vatican?": it does not, said of the article.
      if (request.described && article !== undefined) {
        const title = library.article(article)?.meta.title;
        if (title !== undefined)
          return {
            kind: 'no-match',
            query: result.query,
            suggestions: result.suggestions,
            articleTitle: title,
          };
      }
      return nothingMatches(library, result.query, result.suggestions, { slug: article, author });
    case SearchStatus.Ok: {
      const hits =
        role !== undefined
          ? hitsOfRole(library, result.hits, role.role)
          : author === undefined
            ? theirWordsFirst(library, request.query, result.hits)
            : result.hits;
      // "what did the guest say about regret?" when only the host speaks of it: the guests do not, said so.
      // Of a library with no transcript or interview at all, that there is no guest (or host) here to ask.
      if (hits.length === 0 && role !== undefined)
        return {
          kind: 'no-match',
          query: result.query,
          suggestions: [],
          role: role.role,
          ...(hasTurns(library) ? {} : { noTurns: true as const }),
        };
      if (hits.length === 0)
        return nothingMatches(library, result.query, result.suggestions, { slug: article, author });
      // "what's the latest on the bridge?", "anything newer on this?": the newest article's matches, as a
      // quote of that article (so that "Next" and the buttons walk its matches as of any named article).
      if ((request.recent || request.newerThan !== undefined) && article === undefined) {
        const newest = newestArticleOf(library, hits, request.newerThan);
        if (newest === undefined) return nothingNewer(library, request.newerThan);
        const { recent: _recent, newerThan: _newerThan, ...rest } = request;
        return quoteReply(library, { ...rest, article: newest, leadFirst: true }, random, languages);
      }
      return quoteOfHits(library, request, article, author, hits, {
        moreMatches: role === undefined && result.hits.length > QUOTE_MATCH_CAP,
        ...(result.closest ? { closest: true } : {}),
        ...(result.respelled === undefined ? {} : { respelled: result.respelled }),
      });
    }
  }
}

/** How the search found a quote's matches, as its reply says: more than it counts, the closest, respelled. */
type HowFound = Partial<Pick<QuoteReplyOf, 'moreMatches' | 'closest' | 'respelled'>>;
type QuoteReplyOf = Extract<BotReply, { kind: 'quote' }>;

/** The quote of the match at the request's `position` among `hits`, with its follow-ups (one request each). */
function quoteOfHits(
  library: Library,
  request: QuoteRequest,
  article: string | undefined,
  author: string | undefined,
  hits: readonly SearchHit[],
  found: HowFound,
): BotReply {
  const ordered = request.leadFirst ? withLeadFirst(library, article, hits) : hits;
  const matches = Math.min(ordered.length, QUOTE_MATCH_CAP);
  const position = Math.max(0, Math.floor(request.position ?? 0)) % matches;
  const hit = ordered[position]!;
  const withContext = request.withContext ?? false;
  const asked: QuoteRequest = {
    kind: 'quote',
    query: request.query,
    ...(article === undefined ? {} : { article }),
    ...(author === undefined ? {} : { author }),
    position,
    withContext,
    ...(request.leadFirst ? { leadFirst: true } : {}),
  };
  const hasContext = hit.context.before !== null || hit.context.after !== null;
  const followUps: QuoteFollowUps = {
    ...(matches > 1 ? { next: { ...asked, position: (position + 1) % matches } } : {}),
    ...(hasContext && !withContext ? { context: { ...asked, withContext: true } } : {}),
    share: asked,
    ...(request.card ? {} : { card: { ...asked, card: true } }),
  };
  return {
    kind: 'quote',
    query: request.query,
    hit,
    position,
    matches,
    moreMatches: found.moreMatches ?? ordered.length > QUOTE_MATCH_CAP,
    ...(found.closest ? { closest: true } : {}),
    ...(found.respelled === undefined ? {} : { respelled: found.respelled }),
    article,
    ...(author === undefined ? {} : { author }),
    random: false,
    withContext,
    card: request.card ?? false,
    followUps,
    ...speakerOf(library, hit),
  };
}

/**
 * The quote of an article an author's words named by its title: the best match of the words left in it, or,
 * with none left (or none that match), its opening, the first quote of it, which is what it is known by.
 */
function quoteOfTitled(
  library: Library,
  request: QuoteRequest,
  titled: TheirTitleNamed,
  author: string,
  random: () => number,
  languages: LanguageDetector | undefined,
): BotReply {
  const { slug } = titled.article;
  if (titled.rest !== '') {
    const found = quoteReply(library, { ...request, article: slug, query: titled.rest }, random, languages);
    if (found.kind === 'quote') return found;
  }
  const opening = library.offered(titled.article)[0];
  const filter = { slug, author };
  const position = opening === undefined ? undefined : library.randomQuoteIndexOf(opening, filter);
  const asked: QuoteRequest = {
    ...request,
    query: '',
    article: slug,
    ...(position === undefined ? {} : { position, opening: true }),
  };
  return randomQuote(library, asked, slug, author, random);
}

/**
 * The hits with the article's lead first, when the lead is one of them, then the others in their order: news
 * says its latest first, so "what's the latest on the bridge?" is the newest report's lead ("The old bridge will
 * reopen next week…"), not its shortest sentence that says "bridge"; the hits as they are otherwise.
 */
function withLeadFirst(
  library: Library,
  slug: string | undefined,
  hits: readonly SearchHit[],
): readonly SearchHit[] {
  const lead =
    slug === undefined ? undefined : library.article(slug)?.sentences.find((each) => !each.heading);
  const at = lead === undefined ? -1 : hits.findIndex((hit) => hit.passage.paragraph === lead.paragraph);
  return at <= 0 ? hits : [hits[at]!, ...hits.slice(0, at), ...hits.slice(at + 1)];
}

/** "anything newer on this?" when no article on it is newer than the one just quoted: said plainly. */
function nothingNewer(library: Library, slug: string | undefined): BotReply {
  const article = slug === undefined ? undefined : library.article(slug);
  return {
    kind: 'no-follow-up',
    reason: 'nothing-newer',
    ...(article === undefined ? {} : { article: attributionOf(article) }),
  };
}
