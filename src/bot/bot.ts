import { attributionOf } from '../content/article.js';
import { Library } from '../library.js';
import { SearchStatus } from '../search/result.js';
import { summarize } from '../summary/summarize.js';
import { summarizeLibrary, wantsLibrarySummary } from '../summary/library-summary.js';
import { DEFAULT_SUMMARY_OPTIONS } from '../summary/options.js';
import { COMMANDS } from '../commands/catalog.js';
import type { BotCommand } from '../commands/command.js';
import type {
  ArticlesReloadReply,
  ArticlesReloadRequest,
  BotReply,
  BotRequest,
  ContentReload,
  QuoteFollowUps,
  QuoteRequest,
} from './requests.js';

/** Articles on one page of `/articles`. */
export const ARTICLES_PAGE_SIZE = 10;

/** Matches of a quote are counted (and walked by "Next match") up to this many: "1 of 100+". */
export const QUOTE_MATCH_CAP = 100;

/**
 * Where the Bot finds its articles. The runtime swaps `current` when the content folder changes, and
 * provides `reload` (I/O) for `/articles reload`; a plain `Library` is a source that never changes.
 */
export interface LibrarySource {
  readonly current: Library;
  reload?(): ContentReload;
}

/**
 * Decides what to answer. Adapters turn platform input into a `BotRequest` and render the `BotReply`;
 * everything in between (ranking, paging, wording choices such as "no match") happens here.
 */
export class Bot {
  private readonly source: LibrarySource;

  constructor(
    library: Library | LibrarySource,
    readonly commands: readonly BotCommand[] = COMMANDS,
  ) {
    this.source = library instanceof Library ? { current: library } : library;
  }

  /** The library answering now: read it per request, it changes when the content is reloaded. */
  get library(): Library {
    return this.source.current;
  }

  handle(request: BotRequest): BotReply {
    switch (request.kind) {
      case 'quote':
        return this.quote(request);
      case 'summary':
        return this.summary(request);
      case 'articles':
        return this.articles(request.page ?? 1);
      case 'help':
        return {
          kind: 'help',
          commands: this.commands,
          ...(request.unknown ? { unknown: request.unknown } : {}),
        };
    }
  }

  /** `/articles reload`: re-reads the content folder through the runtime's `reload`, for managers only. */
  reloadArticles(request: ArticlesReloadRequest): ArticlesReloadReply {
    if (!request.canManage) return { kind: 'not-allowed', action: 'articles-reload', reason: 'not-manager' };
    if (!this.source.reload) return { kind: 'not-allowed', action: 'articles-reload', reason: 'unavailable' };
    return { kind: 'reloaded', ...this.source.reload() };
  }

  /** Resolves what a user typed for an article (slug, or words of a title) to a slug. */
  resolveArticle(input: string): string | undefined {
    const wanted = input.trim().toLowerCase();
    if (this.library.article(wanted)) return wanted;
    const matches = this.library.articles.filter((article) =>
      article.meta.title.toLowerCase().includes(wanted),
    );
    return matches.length === 1 ? matches[0]!.slug : undefined;
  }

  private quote(request: QuoteRequest): BotReply {
    const article =
      request.article === undefined ? undefined : (this.resolveArticle(request.article) ?? request.article);
    const result = this.library.search({ query: request.query, slug: article, limit: QUOTE_MATCH_CAP + 1 });
    switch (result.status) {
      case SearchStatus.EmptyQuery:
        return { kind: 'invalid-query', reason: 'empty', maxLength: this.library.options.maxQueryLength };
      case SearchStatus.QueryTooLong:
        return { kind: 'invalid-query', reason: 'too-long', maxLength: this.library.options.maxQueryLength };
      case SearchStatus.UnknownArticle:
        return { kind: 'unknown-article', article: request.article ?? '', suggestions: result.suggestions };
      case SearchStatus.NoMatch:
        return { kind: 'no-match', query: request.query, suggestions: result.suggestions };
      case SearchStatus.Ok: {
        const matches = Math.min(result.hits.length, QUOTE_MATCH_CAP);
        const position = Math.max(0, Math.floor(request.position ?? 0)) % matches;
        const hit = result.hits[position]!;
        const withContext = request.withContext ?? false;
        const asked: QuoteRequest = {
          kind: 'quote',
          query: request.query,
          ...(article === undefined ? {} : { article }),
          position,
          withContext,
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
          moreMatches: result.hits.length > QUOTE_MATCH_CAP,
          article,
          withContext,
          card: request.card ?? false,
          followUps,
        };
      }
    }
  }

  /**
   * `/summary`: one article's summary, or, for a topic with no article named in a library of several,
   * what the whole library says about it (`summarizeLibrary`).
   */
  private summary(request: Extract<BotRequest, { kind: 'summary' }>): BotReply {
    if (request.topic !== undefined && wantsLibrarySummary(request, this.library.articles.length)) {
      const { topic, length, sentences } = request;
      return {
        kind: 'library-summary',
        summary: summarizeLibrary(this.library, { topic, length, sentences }, DEFAULT_SUMMARY_OPTIONS),
      };
    }
    const slug =
      request.article === undefined ? this.library.articles[0]?.slug : this.resolveArticle(request.article);
    const article = slug === undefined ? undefined : this.library.article(slug);
    if (!article) return { kind: 'unknown-article', article: request.article ?? '', suggestions: [] };
    return {
      kind: 'summary',
      summary: summarize(
        article,
        { length: request.length, sentences: request.sentences, topic: request.topic },
        this.library,
      ),
    };
  }

  private articles(page: number): BotReply {
    const all = this.library.articles;
    const pageCount = Math.max(1, Math.ceil(all.length / ARTICLES_PAGE_SIZE));
    const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
    const slice = all.slice((current - 1) * ARTICLES_PAGE_SIZE, current * ARTICLES_PAGE_SIZE);
    return {
      kind: 'articles',
      articles: slice.map(attributionOf),
      page: current,
      pageCount,
      total: all.length,
    };
  }
}
