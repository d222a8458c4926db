import { attributionOf } from '../content/article.js';
import { Library } from '../library.js';
import { SearchStatus } from '../search/result.js';
import { summarize } from '../summary/summarize.js';
import { COMMANDS, type CommandDefinition } from './commands.js';
import type { OptionValues } from './command-text.js';
import type {
  ArticlesReloadReply,
  ArticlesReloadRequest,
  BotReply,
  BotRequest,
  ContentReload,
} from './requests.js';

/** Articles on one page of `/articles`. */
export const ARTICLES_PAGE_SIZE = 10;

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
    readonly commands: readonly CommandDefinition[] = COMMANDS,
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

  private quote(request: Extract<BotRequest, { kind: 'quote' }>): BotReply {
    const article =
      request.article === undefined ? undefined : (this.resolveArticle(request.article) ?? request.article);
    const position = Math.max(0, request.hit ?? 0);
    const result = this.library.search({
      query: request.query,
      slug: article,
      limit: Math.max(5, position + 1),
    });
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
        const shown = position % result.hits.length;
        return {
          kind: 'quote',
          query: request.query,
          hit: result.hits[shown]!,
          position: shown,
          total: result.hits.length,
          article,
          withContext: request.context ?? false,
        };
      }
    }
  }

  private summary(request: Extract<BotRequest, { kind: 'summary' }>): BotReply {
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

/** The reload request when a command is `/articles reload` (option `reload` true), else undefined. */
export function reloadRequestFromCommand(
  name: string,
  values: OptionValues,
  canManage: boolean,
): ArticlesReloadRequest | undefined {
  return name === 'articles' && values['reload'] === true
    ? { kind: 'articles-reload', canManage }
    : undefined;
}
