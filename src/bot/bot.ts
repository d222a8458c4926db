import { Library } from '../library.js';
import { COMMANDS } from '../commands/catalog.js';
import { parseIntent, type IntentOptions } from './intent.js';
import { articleOfKindNamed, endOfKind, newestOfKindNamed, severalOfKindNamed } from './text-kind.js';
import { articleByIdentifier } from '../library/identifiers-named.js';
import { articleOfTitleAndKind } from './summary-article.js';
import { articlesOfOwnerAndKind, documentNamed } from './owner-and-kind.js';
import type { BotCommand } from '../commands/command.js';
import type { UsageError } from '../commands/definition.js';
import { languageNamed, type LanguageDetector } from '../text/language-names.js';
import { Conversations } from './conversations.js';
import { articlesPage, libraryFact } from './articles-page.js';
import { helpReply } from './help-reply.js';
import { libraryExampleWord, withLibraryExample } from './library-examples.js';
import { quoteReply } from './quote-reply.js';
import { summaryReply } from './summary-reply.js';
import type {
  ArticlesReloadReply,
  ArticlesReloadRequest,
  BotReply,
  BotRequest,
  ContentReload,
} from './requests.js';

export { ARTICLES_PAGE_SIZE } from './articles-page.js';
export { QUOTE_MATCH_CAP } from './quote-reply.js';

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
 * everything in between (ranking, paging, wording choices such as "no match") happens here, each kind of
 * request in its own module (`quote-reply.ts`, `summary-reply.ts`, `articles-page.ts`, `help-reply.ts`).
 */
export class Bot {
  private readonly source: LibrarySource;
  /**
   * What each chat conversation remembers of its last reply, for follow-ups in plain words (see `converse`).
   */
  readonly conversations = new Conversations();

  /**
   * `random` is the source of random quotes (numbers in [0, 1)): the runtime passes Math.random; the
   * default picks the first quote, so that tests and tools that do not care are deterministic.
   */
  constructor(
    library: Library | LibrarySource,
    readonly commands: readonly BotCommand[] = COMMANDS,
    private readonly random: () => number = () => 0,
    /** What tells an article's language, for "summarize the french article" (see `LanguageDetector`). */
    private readonly languages?: LanguageDetector,
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
        return quoteReply(this.library, request, this.random, this.languages);
      case 'summary':
        return summaryReply(this.library, request, this.languages);
      case 'articles':
        if (request.fact !== undefined)
          return libraryFact(this.library, request.fact, request.article, request.noun);
        return articlesPage(
          this.library,
          request.page ?? 1,
          request.about,
          request.author?.trim() || undefined,
        );
      case 'help':
        return helpReply(this.library, request, this.commands, this.random, this.languages);
    }
  }

  /** A word to look for in the line saying what to try: the bundled article's "election" where it finds. */
  exampleWord(): string {
    return libraryExampleWord(this.library);
  }

  /**
   * A usage error for an option named with no value (`author:`) with the value this library's examples give
   * it, as `/help` shows them: "author: needs a name, e.g. author:shah" in one's own library, not "ballbach".
   */
  withLibraryExample(error: UsageError): UsageError {
    return withLibraryExample(error, this.commands, this.library);
  }

  /**
   * Reads a chat message addressed to the bot as a request (see `parseIntent`), with the library's words and
   * the dictionary's telling a real word from a misspelt keyword ("city" is no "cite").
   */
  read(
    message: string,
    options: Omit<
      IntentOptions,
      | 'isWord'
      | 'isAuthor'
      | 'isTitlePart'
      | 'isSaid'
      | 'isEveryday'
      | 'isLanguage'
      | 'isWrittenAsName'
      | 'articleOfKind'
      | 'severalOfKind'
      | 'newestOfKind'
      | 'endOfKind'
      | 'titledOfKind'
      | 'documentNamed'
      | 'ownedOfKind'
      | 'articleTitled'
      | 'articleIdentified'
    > = {},
  ): BotRequest {
    return parseIntent(message, {
      ...options,
      isWord: (word) => this.library.knowsWord(word),
      isAuthor: (name) => this.library.authorCalled(name) !== undefined,
      isTitlePart: (words) => this.library.titleHasRun(words),
      isSaid: (words) => this.library.saysSideBySide(words),
      isEveryday: (word) => this.library.isEverydayWord(word),
      isLanguage: (words) => languageNamed(words, this.languages) !== undefined,
      isWrittenAsName: (word) => this.library.writesAsName(word),
      articleOfKind: (words) =>
        articleOfKindNamed(this.library.articles, words, this.library.titleKinds)?.slug,
      severalOfKind: (words) => severalOfKindNamed(this.library.articles, words, this.library.titleKinds),
      newestOfKind: (words) => newestOfKindNamed(this.library.articles, words, this.library.titleKinds)?.slug,
      endOfKind: (words, end) => endOfKind(this.library.articles, words, end, this.library.titleKinds)?.slug,
      titledOfKind: (words) => articleOfTitleAndKind(this.library, words),
      documentNamed: (words) => documentNamed(this.library, words),
      // A title with the name ("the library article" of "Library closes for repairs") names its article first.
      ownedOfKind: (words) =>
        articleOfTitleAndKind(this.library, words) === undefined &&
        articlesOfOwnerAndKind(this.library, words) !== undefined,
      articleTitled: (words) => this.library.resolveSlug(words),
      articleIdentified: (text) => articleByIdentifier(this.library.articles, text)?.slug,
    });
  }

  /** `/articles reload`: re-reads the content folder through the runtime's `reload`, for managers only. */
  reloadArticles(request: ArticlesReloadRequest): ArticlesReloadReply {
    if (!request.canManage) return { kind: 'not-allowed', action: 'articles-reload', reason: 'not-manager' };
    if (!this.source.reload) return { kind: 'not-allowed', action: 'articles-reload', reason: 'unavailable' };
    return { kind: 'reloaded', ...this.source.reload() };
  }

  /**
   * The slug of the article a user typed for `article:` (`/quote`, its autocomplete, the help's examples),
   * found as a summary finds it (`Library.articleNamed`): a slug, title words, its author, or words one
   * passage has ("/quote missiles article:election" found no article while "/summary article:election" did).
   */
  resolveArticle(input: string): string | undefined {
    return this.library.articleNamed(input);
  }
}
