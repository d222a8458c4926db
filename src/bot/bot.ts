import { attributionOf, type Article } from '../content/article.js';
import { foldedWords, foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Library } from '../library.js';
import { SearchStatus } from '../search/result.js';
import { summarize } from '../summary/summarize.js';
import {
  asksForWholeLibrary,
  overviewOfLibrary,
  summarizeLibrary,
  wantsLibrarySummary,
  type LibraryFinder,
  type LibrarySummary,
} from '../summary/library-summary.js';
import { DEFAULT_SUMMARY_OPTIONS } from '../summary/options.js';
import { COMMANDS } from '../commands/catalog.js';
import { withoutChatMarkup } from '../text/chat-markup.js';
import { frameNoun } from '../search/question.js';
import {
  articleAlone,
  asksForAnyQuote,
  isQuestion,
  nothingToLookFor,
  parseIntent,
  type IntentOptions,
} from './intent.js';
import { FILLER, SMALL_TALK, TEXT_KINDS } from './intent-words.js';
import { articleOfKindNamed, articlesOfKind } from './text-kind.js';
import type { BotCommand } from '../commands/command.js';
import type { UsageError } from '../commands/definition.js';
import { languageNamed, type LanguageDetector } from '../text/language-names.js';
import { Conversations } from './conversations.js';
import { onlySmallWords } from './small-words.js';
import { theirWordsFirst } from './words-of.js';
import type {
  ArticlesReloadReply,
  ArticlesReloadRequest,
  BotReply,
  BotRequest,
  ContentReload,
  QuoteFollowUps,
  QuoteRequest,
} from './requests.js';
import { aboutAuthor } from './about-author.js';
import { articlesPage, authorName } from './articles-page.js';
import { commandsWithLibraryExamples, libraryExampleWord, withLibraryExample } from './library-examples.js';
import { noHits, nothingMatches } from './no-hits.js';
import { noArticleOfKind, unknownArticle } from './unknown-article.js';

export { ARTICLES_PAGE_SIZE } from './articles-page.js';

/** Matches of a quote are counted (and walked by "Next match") up to this many: "1 of 100+". */
export const QUOTE_MATCH_CAP = 100;

/**
 * Whether the words only name the article: each is a word of its title or of its author's name, a small word,
 * or a word for a kind of text ("the lincoln speech", "ask jeeves").
 */
function inTitle(article: Article, words: string): boolean {
  const own = new Set(foldedWords(`${article.meta.title} ${article.meta.author}`));
  return foldedWords(words).every((word) => own.has(word) || STOPWORDS.has(word) || TEXT_KINDS.has(word));
}

/** Whether the words name the article by its title or author: `inTitle`, with one word its own, not a kind alone. */
function namedByTitle(article: Article, words: string): boolean {
  const own = new Set(foldedWords(`${article.meta.title} ${article.meta.author}`));
  return inTitle(article, words) && foldedWords(words).some((word) => own.has(word));
}

/** The folded words of a text that are no small words ("levy tipped" of "the levy tipped"). */
function contentWords(text: string): string[] {
  return foldedWords(text).filter((word) => !STOPWORDS.has(word));
}

/** Whether a text says every one of the words, each as written ("levy", not its synonym "raise"). */
function saysAll(text: string, words: readonly string[]): boolean {
  const own = new Set(foldedWords(text));
  return words.every((word) => own.has(word));
}

/**
 * A question asking what one word means: "what is a recession?", "what counts as a recession", "define
 * inflation". Its one word may be answered (a definition the text gives), which a question of one word
 * otherwise is not ("what time is it?").
 */
const DEFINITION =
  /^\s*(?:what(?:\s+is|\s+are|['’]s|s)|what\s+counts\s+as|define|(?:the\s+)?(?:definition|meaning)\s+of)\s+(?:an?\s+|the\s+)?(\p{L}[\p{L}-]{3,})[\s?!.]*$/iu;
/** Words "what is…" asks of the bot itself, not of the articles ("what's happening?", "what is this?"). */
const NOT_DEFINED: ReadonlySet<string> = new Set(['happening', 'going', 'wrong', 'this', 'that']);

/**
 * A question's polite frame, which asks the bot to tell of the articles: "can you tell me", "do you know".
 */
const POLITE_FRAME =
  /^\s*(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|show|give|find|say)|(?:do|did) (?:you|u) know)\b/;
/** "you" or "your" past that frame: a question about the bot ("who made you?", "what is your name?"). */
const TO_THE_BOT = /\b(?:you|your|yours|yourself|u|ur)\b/;

/** Whether a message is a question, and not one put to the bot about itself ("what is your name?"). */
function isQuestionOfLibrary(text: string): boolean {
  return isQuestion(text) && !TO_THE_BOT.test(foldText(text).replace(POLITE_FRAME, ''));
}

/**
 * Whether a quote answers a question the library is not plainly about: its passage has two of the words asked
 * for or more ("who is enrico bondi?"), or the one word a definition asks of ("what is a recession?"); not a
 * closest passage, nor one with a single word ("what time is it?" and a sentence with "time").
 */
function quoteAnswersQuestion(reply: BotReply, text: string): boolean {
  if (reply.kind !== 'quote' || reply.closest) return false;
  const { text: passage } = reply.hit.passage;
  const matched = new Set(
    reply.hit.highlights.flatMap(([start, end]) =>
      passage
        .slice(start, end)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    ),
  );
  matched.delete('');
  const defined = DEFINITION.exec(text)?.[1]?.toLowerCase();
  // The word itself, not a relative ("what is love?" is not answered by "The Lovely Bones").
  const definition =
    defined !== undefined &&
    !NOT_DEFINED.has(defined) &&
    [...matched].every((word) => word === defined || word === `${defined}s`);
  return matched.size >= 2 || definition;
}

/**
 * Whether a question asks about something: one of its content words (`Library.wordsHeld`) is none of its
 * frame ("time" of "what time is it?"), filler or small talk ("what?", "how are you"), and it is not put to
 * the bot ("what is your name?"). Such a question is a search, answered "no passage matches" when nothing
 * does.
 */
function asksOfSomething(text: string, words: readonly string[]): boolean {
  if (!isQuestionOfLibrary(text)) return false;
  const frame = frameNoun(text);
  return words.some(
    (word) => word !== frame && word.split(' ').some((part) => !FILLER.has(part) && !SMALL_TALK.has(part)),
  );
}

/**
 * "what does ballbach think about trump?", "what did reagan say?", and without "does" or "did": "what ford says
 * about taxes", "what reagan said": who (the first group, or the second), and what about (if anything).
 */
const AUTHOR_VIEW =
  /^\s*what (?:(?:does|did|do) (.+?) (?:think|say|write|believe|feel|argue)s?|(.+?) (?:thinks|says|writes|believes|feels|argues|thought|said|wrote|believed|felt|argued))(?: (?:about|of|on|regarding) (.+?))?[\s?!.]*$/iu;

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
        return this.quote(request);
      case 'summary':
        return this.summary(request);
      case 'articles':
        return articlesPage(
          this.library,
          request.page ?? 1,
          request.about,
          request.author?.trim() || undefined,
        );
      case 'help': {
        const one = this.commands.find((command) => command.name === request.command?.toLowerCase());
        if (one)
          return {
            kind: 'help',
            commands: commandsWithLibraryExamples([one], this.library),
            detail: true,
            ...(request.setUp ? { setUp: true as const } : {}),
          };
        return (
          (request.unknown && this.answerWords(request.unknown)) || {
            kind: 'help',
            commands: commandsWithLibraryExamples(this.commands, this.library),
            ...(request.unknown ? { unknown: request.unknown } : {}),
            ...(request.brief ? { brief: true as const } : {}),
            ...(request.addArticles ? { addArticles: true as const } : {}),
            ...(request.chatter ? { chatter: request.chatter } : {}),
            example: this.exampleWord(),
          }
        );
      }
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
      articleOfKind: (words) => articleOfKindNamed(this.library.articles, words)?.slug,
    });
  }

  /**
   * Words put to the bot that it does not read as a command. "Who is <an author>?" gets that author (see
   * `aboutAuthor`), "what does <an author> think about X?" (or "what <an author> says about X") a quote of X
   * from their articles, and "what did <an author> say?" ("what <an author> says") one of theirs, as "a quote
   * from <an author>" does (a name the texts say and no author has, "what did biegun say?", is searched as any
   * words are). When they are about what the library holds
   * (two of their words or more, and half of them or more, are in it: "@quotebot north korea missile tests", "how many tests did north korea hold?"; or a name it has: "what's the story
   * with rosneft"; or a question whose every word it writes, one or more: "how big is the deficit?", "what
   * about unemployment?") they are a search, and get its answer, "no passage matches" included.
   * Else a question still gets the passage that answers it, when one has every word asked for and two of
   * them or more ("who is enrico bondi?"). A question about something that no passage answers so ("how big is
   * the deficit?" of a library without "deficit", "what is the weather like?" with only a sentence that has
   * "weather") gets "no passage matches", as `/quote` of its words does, never a weak quote; one about
   * nothing but its frame ("what time is it?", "what?", "how are you") or about the bot is chatter, and help
   * answers it.
   */
  private answerWords(text: string): BotReply | undefined {
    const about = aboutAuthor(this.library, text);
    if (about) return about;
    const view = AUTHOR_VIEW.exec(text);
    const viewer = view?.[1] ?? view?.[2];
    if (viewer !== undefined && this.library.authorCalled(viewer))
      return this.quote({ kind: 'quote', query: view![3] ?? '', author: viewer });
    const { held, of, names, words } = this.library.wordsHeld(text);
    const onTopic = (held >= 2 && 2 * held >= of) || names > 0 || this.asksOfLibrary(text);
    if (!onTopic && !isQuestion(text)) return undefined;
    const reply = this.quote({ kind: 'quote', query: text });
    if (onTopic && reply.kind !== 'invalid-query') return reply;
    if (quoteAnswersQuestion(reply, text)) return reply;
    if (!asksOfSomething(text, words)) return undefined;
    return reply.kind === 'quote' ? nothingMatches(this.library, text, []) : reply;
  }

  /**
   * Whether a message is a question of words the library writes as typed, all of them and one or more, its
   * frame aside ("time" of "what time is it?" asks when, "city" of "which city…" where); not one put to the
   * bot about itself ("what is your name?", "where do you live?").
   */
  private asksOfLibrary(text: string): boolean {
    if (!isQuestionOfLibrary(text)) return false;
    const { of, typed } = this.library.wordsHeld(text);
    return typed === of && typed > (frameNoun(text) === undefined ? 0 : 1);
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

  /** The article a summary request, or a question whether one says something, names: see `Library.articleNamed`. */
  private articleForSummary(input: string, described: boolean): string | undefined {
    return this.library.articleNamed(input, described, this.languages);
  }

  /**
   * The article a summary request names with its topic's words: the whole title as the topic ("give me a
   * summary of japan narrowly escapes recession"), an `article:` whose title goes on in the words after it
   * (`/summary article:India calls for fair trade rules`), or an `article:` of one word that names no article
   * alone and does with them (`article:mary poppins`; a value of several words was quoted, `article:"mary
   * poppins" topic:disney`, and one written as a slug, `article:north-korea topic:sanctions`, stays apart
   * from its topic). Undefined when the topic is a topic.
   */
  private articleInTopic(request: Extract<BotRequest, { kind: 'summary' }>): string | undefined {
    const { topic, article, described } = request;
    if (topic === undefined) return undefined;
    const titled = article === undefined || described ? this.library.titled(topic) : undefined;
    if (titled !== undefined || article === undefined) return titled;
    const joined = `${article} ${topic}`;
    const wholeTitle = this.library.titled(joined);
    // A value written as a slug (`article:north-korea`) is the whole article's name, not a title's first
    // word: the words after it are its topic.
    if (wholeTitle !== undefined || described || /[\s-]/.test(article.trim())) return wholeTitle;
    return this.library.resolveSlug(article) === undefined
      ? this.articleForSummary(joined, false)
      : undefined;
  }

  /**
   * The article whose title has a topic of two words or more side by side ("levy tipped" of "Levy tipped for
   * Whitbread prize"), when no other title has them and no other article the topic summary quotes says them all:
   * the words name it (another article may come in by a synonym of one, "raise" for "levy", or one of them).
   */
  private titleRun(topic: string, summary: LibrarySummary): string | undefined {
    const words = contentWords(topic);
    if (summary.kind !== 'found' || words.length < 2 || !this.library.titleHasRun(topic)) return undefined;
    const titled = this.library.titledWith(topic);
    const slug = titled.length === 1 ? titled[0]!.slug : undefined;
    const saidElsewhere = summary.excerpts.some(
      (excerpt) =>
        excerpt.article.slug !== slug && excerpt.sentences.some((sentence) => saysAll(sentence.text, words)),
    );
    return saidElsewhere ? undefined : slug;
  }

  private quote(asked: QuoteRequest): BotReply {
    const read = this.withWholeAuthor(this.withContinuedName(asked));
    // An article described in a question ("the da vinci article") is named whole: its words are none to look
    // for.
    const request = read.described ? read : this.withWholeArticle(read);
    const resolved =
      request.article === undefined
        ? undefined
        : request.described
          ? this.articleForSummary(request.article, true)
          : this.resolveArticle(request.article);
    const article = resolved ?? request.article;
    const author = request.author?.trim() || undefined;
    if (author !== undefined && !this.library.hasAuthor(author))
      return { kind: 'unknown-author', author, suggestions: this.library.similarAuthors(author) };
    if (asksForAnyQuote(request.query) || nothingToLookFor(request.query))
      return this.randomQuote(request, article, author);
    // "/quote the": any sentence would be its first match.
    if (onlySmallWords(request.query))
      return {
        kind: 'invalid-query',
        reason: 'small-words',
        maxLength: this.library.options.maxQueryLength,
        example: this.exampleWord(),
      };
    const about =
      article === undefined && author === undefined ? aboutAuthor(this.library, request.query) : undefined;
    if (about) return about;
    const result = this.library.search({
      query: request.query,
      slug: article,
      author,
      limit: QUOTE_MATCH_CAP + 1,
    });
    switch (result.status) {
      case SearchStatus.UnknownArticle:
        // "does the french article mention wine?" of a library with no article in French, or two: said of
        // the language, as "summarize the french article" says it.
        if (request.described && request.article !== undefined)
          return unknownArticle(this.library, request.article, result.suggestions, true, this.languages);
        return noHits(this.library, result, request.article, author);
      case SearchStatus.EmptyQuery:
      case SearchStatus.QueryTooLong:
      case SearchStatus.UnknownAuthor:
        return noHits(this.library, result, request.article, author);
      case SearchStatus.NoMatch:
        // "does the da vinci article mention the vatican?": it does not, said of the article.
        if (request.described && article !== undefined) {
          const title = this.library.article(article)?.meta.title;
          if (title !== undefined)
            return {
              kind: 'no-match',
              query: result.query,
              suggestions: result.suggestions,
              articleTitle: title,
            };
        }
        return nothingMatches(this.library, result.query, result.suggestions, { slug: article, author });
      case SearchStatus.Ok: {
        const matches = Math.min(result.hits.length, QUOTE_MATCH_CAP);
        const position = Math.max(0, Math.floor(request.position ?? 0)) % matches;
        const hits =
          author === undefined ? theirWordsFirst(this.library, request.query, result.hits) : result.hits;
        const hit = hits[position]!;
        const withContext = request.withContext ?? false;
        const asked: QuoteRequest = {
          kind: 'quote',
          query: request.query,
          ...(article === undefined ? {} : { article }),
          ...(author === undefined ? {} : { author }),
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
          ...(result.closest ? { closest: true } : {}),
          ...(result.respelled === undefined ? {} : { respelled: result.respelled }),
          article,
          ...(author === undefined ? {} : { author }),
          random: false,
          withContext,
          card: request.card ?? false,
          followUps,
        };
      }
    }
  }

  /**
   * A request whose `article:` or `author:` value the words after it went on naming, read as its name (see
   * `withWholeArticle`, `withWholeAuthor`) from those words alone, and the words typed before the value back
   * before what the name leaves of them: `/quote energy author:jimmy carter taxes` looks for "energy taxes".
   */
  private withContinuedName(
    asked: QuoteRequest,
    readArticle: (request: QuoteRequest) => QuoteRequest = (request) => this.withWholeArticle(request),
  ): QuoteRequest {
    const { continued, ...request } = asked;
    if (continued === undefined || (continued.option !== 'article' && continued.option !== 'author'))
      return request;
    const words = request.query.trim().split(/\s+/);
    const next = { ...request, query: words.slice(0, continued.next).join(' ') };
    const read = continued.option === 'author' ? this.withWholeAuthor(next) : readArticle(next);
    const before = words.slice(continued.next, continued.next + continued.before);
    const rest = words.slice(continued.next + continued.before);
    return { ...read, query: [...before, read.query, ...rest].filter(Boolean).join(' ') };
  }

  /**
   * An article named by several words after `article:` in text ("/quote article:mary poppins", "/quote
   * kim jong-un missiles"): the option's value is its first word, which names no article alone. The longest
   * run of the words after it that makes a title with it joins it; else the shortest that a passage of one
   * article says with it (as a summary's `article:` names one: "mary poppins"). The other words are the ones
   * to look for. A value written as a slug stays as it is; one that names an article alone goes on only with
   * the words its title goes on with (`withTitleRun`).
   */
  private withWholeArticle(request: QuoteRequest): QuoteRequest {
    const article = request.article?.trim();
    if (!article || /[\s-]/.test(article)) return request;
    // Named by its title or author alone, its name goes on only as its title does; a word only a passage has
    // ("kim") may begin a name the words after it go on ("kim jong-un"), so it is read with them first.
    const alone = this.library.resolveSlug(article);
    if (alone !== undefined) return this.withTitleRun(request, article, alone);
    const words = request.query.trim().split(/\s+/).filter(Boolean);
    const joined = (count: number): string => `${article} ${words.slice(0, count).join(' ')}`;
    const rest = (count: number): string => words.slice(count).join(' ');
    for (let count = words.length; count >= 1; count--) {
      const slug = this.library.titled(joined(count));
      if (slug !== undefined) return { ...request, article: slug, query: rest(count) };
    }
    // A passage's name goes on only with words it says next to it ("kim jong-un"), not any word of the
    // same sentence: `/quote trump article:election` looks for "trump" in the article "election" finds.
    for (let count = 1; count <= words.length; count++) {
      const name = joined(count);
      const slug = this.articleForSummary(name, false);
      if (
        slug !== undefined &&
        (this.library.resolveSlug(name) !== undefined || this.library.saysSideBySide(name))
      )
        return { ...request, article: slug, query: rest(count) };
    }
    const several = this.severalTitled(article, request.query);
    return several === undefined
      ? request
      : { ...request, article: several.name, query: rest(several.words) };
  }

  /**
   * A one-word `article:` that names its article alone (`slug`), with the longest run of the words after it that
   * goes on beside it in that article's title: `/quote article:da vinci vatican` looks for "vatican" in "Da Vinci
   * Code is 'lousy history'" ("da" alone names it, and "vinci" is no word to look for). A word its title does
   * not say next stays a word to look for: `/quote article:election trump` looks for "trump".
   */
  private withTitleRun(request: QuoteRequest, article: string, slug: string): QuoteRequest {
    const words = request.query.trim().split(/\s+/).filter(Boolean);
    const count = this.titleRunLength(article, slug, words);
    return count === 0 ? request : { ...request, article: slug, query: words.slice(count).join(' ') };
  }

  /**
   * How many of `words` go on a one-word `article:` that names its article alone (`slug`) as that article's
   * title goes on beside it: the longest such run (the whole title, or words side by side in it that name that
   * article); 0 when the title does not say the first word next.
   */
  private titleRunLength(article: string, slug: string, words: readonly string[]): number {
    for (let count = words.length; count >= 1; count--) {
      const name = `${article} ${words.slice(0, count).join(' ')}`;
      const titled =
        this.library.titled(name) ??
        (this.library.titleHasRun(name) ? this.library.resolveSlug(name) : undefined);
      if (titled === slug) return count;
    }
    return 0;
  }

  /**
   * The name a one-word `article:` and the words after it make when they fit several titles and name none
   * alone ("/summary article:state of the union" of two addresses): the longest such run, and how many of the
   * words it takes, so that the reply says the whole name, not "no article “state”".
   */
  private severalTitled(article: string, after: string): { name: string; words: number } | undefined {
    if (/[\s-]/.test(article.trim())) return undefined;
    const words = after.trim().split(/\s+/).filter(Boolean);
    for (let count = words.length; count >= 1; count--) {
      const name = `${article.trim()} ${words.slice(0, count).join(' ')}`;
      if (this.library.titledWith(name).length > 1) return { name, words: count };
    }
    return undefined;
  }

  /**
   * An author's name typed whole after `author:` in text ("/quote author:eric ballbach", "/quote sanctions
   * author:tomas herrera"): the option's value is its first word, and the rest of the name, first or last of
   * the words, is no word to look for. The longest run that makes an author's name with it joins it.
   */
  private withWholeAuthor(request: QuoteRequest): QuoteRequest {
    const author = request.author?.trim();
    if (!author) return request;
    const whole = this.wholeAuthorName(author, request.query);
    return whole === undefined ? request : { ...request, author: whole.author, query: whole.words };
  }

  /**
   * The author's name `author:` began and some of `words` go on (`author:eric` with "ballbach sanctions"),
   * and the words left; undefined when none do (see `withWholeAuthor`). A name no author has goes on with the
   * first words that no sentence of the library has (`author:jimmy` with "carter taxes" is "jimmy carter"), so
   * that the reply names the whole name typed, "No article here is by “jimmy carter”", and not "jimmy".
   */
  private wholeAuthorName(author: string, text: string): { author: string; words: string } | undefined {
    const words = text.trim().split(/\s+/).filter(Boolean);
    for (let count = words.length; count >= 1; count--) {
      for (const [name, rest] of [
        [words.slice(0, count), words.slice(count)],
        [words.slice(-count), words.slice(0, -count)],
      ] as const) {
        const whole = `${author} ${name.join(' ')}`;
        if (this.library.authorNamed(whole) !== undefined) return { author: whole, words: rest.join(' ') };
      }
    }
    if (this.library.hasAuthor(author)) return undefined;
    const unheld = (word: string): boolean => {
      const { held, of } = this.library.wordsHeld(word);
      return of > 0 && held === 0;
    };
    const count = words.findIndex((word) => !unheld(word));
    const name = count < 0 ? words : words.slice(0, count);
    if (name.length === 0) return undefined;
    return { author: `${author} ${name.join(' ')}`, words: words.slice(name.length).join(' ') };
  }

  /**
   * No words: a random quote (of the author, of the article): an article first, then one of its quotes
   * (`Library.randomQuoteIndex`). Its `position` is the quote's index among those it was picked from, so
   * that "Context" and "Share" show the same one; "Next" is the next index, another article's turn (see
   * `Library.quoteAmong`), so that no quote comes again before every other one has.
   */
  private randomQuote(
    request: QuoteRequest,
    article: string | undefined,
    author: string | undefined,
  ): BotReply {
    const filter = { slug: article, author };
    if (article !== undefined && !this.library.article(article))
      return unknownArticle(this.library, request.article ?? article);
    const index = request.position ?? this.library.randomQuoteIndex(this.random(), filter);
    const picked = this.library.quoteAmong(index, filter);
    if (!picked)
      return {
        kind: 'invalid-query',
        reason: 'empty',
        maxLength: this.library.options.maxQueryLength,
        example: this.exampleWord(),
      };
    const withContext = request.withContext ?? false;
    const again: QuoteRequest = {
      kind: 'quote',
      query: '',
      ...(article === undefined ? {} : { article }),
      ...(author === undefined ? {} : { author }),
    };
    const saidElse = request.saidElse === undefined ? {} : { saidElse: request.saidElse };
    // "Next" is another random quote; the quote itself, with its context or as a card, is the one it was.
    const asked: QuoteRequest = { ...again, position: picked.index, withContext, ...saidElse };
    const next: QuoteRequest = { ...again, position: (picked.index + 1) % picked.count };
    const { hit } = picked;
    const hasContext = hit.context.before !== null || hit.context.after !== null;
    return {
      kind: 'quote',
      query: '',
      hit,
      position: 0,
      matches: 1,
      moreMatches: false,
      article,
      ...(author === undefined ? {} : { author }),
      random: true,
      withContext,
      card: request.card ?? false,
      ...saidElse,
      followUps: {
        ...(picked.count > 1 ? { next } : {}),
        ...(hasContext && !withContext ? { context: { ...asked, withContext: true } } : {}),
        share: asked,
        ...(request.card ? {} : { card: { ...asked, card: true } }),
      },
    };
  }

  /**
   * `/summary`: one article's summary, or, for a topic with no article named in a library of several,
   * what the whole library says about it (`summarizeLibrary`).
   */
  private summary(asked: Extract<BotRequest, { kind: 'summary' }>): BotReply {
    const { language, ...unworded } = asked;
    if (language !== undefined) return this.summaryIn(unworded, language);
    const typed = withoutMentions(asked);
    if (typed.author?.trim()) return this.summaryByAuthor(typed);
    const request = this.withArticleTitleRun(typed);
    const { topic: words, article: named } = request;
    const maxLength = this.library.options.maxQueryLength;
    if (words !== undefined && words.length > maxLength)
      return { kind: 'invalid-query', reason: 'too-long', maxLength };
    // `/summary the chess article`: the topic only names an article.
    const alone = named === undefined && words !== undefined ? articleAlone(words) : undefined;
    if (alone !== undefined)
      return this.summary({ ...request, topic: undefined, article: alone, described: true });
    // "summarize all the articles", "tl;dr of the whole library": each article in a sentence, newest first.
    if (named === undefined && words !== undefined && asksForWholeLibrary(words)) {
      if (this.library.articles.length <= 1) return this.summary({ ...request, topic: undefined });
      return this.overview(this.library.articles, request);
    }
    // "summarize the speech": the one article whose title calls it a speech ("Remarks at the Opening of…"),
    // before any article that says "lecture" is taken for it.
    const ofKind =
      named === undefined && words !== undefined ? articlesOfKind(this.library.articles, words) : undefined;
    if (ofKind?.length === 1)
      return this.summary({ ...request, topic: undefined, article: ofKind[0]!.slug, described: undefined });
    if (ofKind?.length === 0 && words !== undefined) {
      const none = noArticleOfKind(this.library, words);
      if (none !== undefined) return none;
    }
    const whole = this.articleInTopic(request);
    if (whole !== undefined)
      return this.summary({ ...request, topic: undefined, article: whole, described: undefined });
    if (request.topic !== undefined && wantsLibrarySummary(request, this.library.articles.length)) {
      const { topic, length, sentences } = request;
      const summary = summarizeLibrary(this.library, { topic, length, sentences }, DEFAULT_SUMMARY_OPTIONS);
      // "summarize uganda": the one article that discusses it, and whose title names it, is what was meant
      // (asked of a long summary, which takes two sentences of each article at most: not capped at one).
      const wide =
        summary.kind === 'found' && summary.excerpts.length === 1
          ? summarizeLibrary(this.library, { topic, length: 'long' }, DEFAULT_SUMMARY_OPTIONS)
          : undefined;
      const only = wide?.kind === 'found' && wide.excerpts.length === 1 ? wide.excerpts[0]! : undefined;
      const article = only === undefined ? undefined : this.library.article(only.article.slug);
      const named =
        article !== undefined && namedByTitle(article, topic) ? article.slug : this.titleRun(topic, summary);
      if (named !== undefined)
        return this.summary({ ...request, topic: undefined, article: named, described: undefined });
      return { kind: 'library-summary', summary };
    }
    const slug =
      request.article === undefined
        ? this.library.articles[0]?.slug
        : this.articleForSummary(request.article, request.described === true);
    const article = slug === undefined ? undefined : this.library.article(slug);
    if (!article) {
      const typed = (named && words && this.severalTitled(named, words)?.name) || (named ?? '');
      return unknownArticle(this.library, typed, undefined, request.described === true, this.languages);
    }
    // Words that are all the title's go on naming the article (`/summary article:ask jeeves`), they ask no
    // topic; an article named by its slug is named whole, and a topic beside it is a topic
    // (`--topic fuel --article <slug>`).
    const bySlug = named !== undefined && this.library.article(named.trim().toLowerCase()) !== undefined;
    const topic =
      words !== undefined && named !== undefined && !bySlug && inTitle(article, words) ? undefined : words;
    return {
      kind: 'summary',
      summary: summarize(
        article,
        { length: request.length, sentences: request.sentences, topic },
        this.library,
      ),
      // No article named in a library of several: the newest, and the reply says how to pick another.
      ...(request.article === undefined && this.library.articles.length > 1 ? { newest: true as const } : {}),
    };
  }

  /**
   * A summary asked in a language ("summarize the article in french", "summarize it in german"): the bot does
   * not translate. With nothing else named (no article, author or topic), it is of the article in that language,
   * as "summarize the french article" is (of several, it asks which), unless every article is in it; else the
   * summary as asked, which is in its articles' own words and language: when an article it quotes is in
   * another, the reply says that it is not in the one asked for (`untranslated`).
   */
  private summaryIn(request: Extract<BotRequest, { kind: 'summary' }>, words: string): BotReply {
    const inLanguage = this.library.inLanguageNamed(words, this.languages);
    if (inLanguage === undefined) return this.summary(request);
    const { language, articles } = inLanguage;
    const picks = articles.length > 0 && articles.length < this.library.articles.length;
    const named = request.article ?? request.author ?? request.topic;
    if (picks && named === undefined) return this.summary({ ...request, article: words, described: true });
    const reply = this.summary(request);
    const own = new Set(articles.map((article) => article.slug));
    const other = (slugs: readonly string[]): boolean => slugs.some((slug) => !own.has(slug));
    if (reply.kind === 'summary' && reply.summary.found && other([reply.summary.article.slug]))
      return { ...reply, untranslated: language.name };
    if (
      reply.kind === 'library-summary' &&
      reply.summary.kind === 'found' &&
      other(reply.summary.excerpts.map((excerpt) => excerpt.article.slug))
    )
      return { ...reply, untranslated: language.name };
    return reply;
  }

  /**
   * A summary's one-word `article:` that names its article alone, with the words of its topic that go on beside
   * it in that article's title, read as `/quote` reads them (`withTitleRun`, and the words typed before the
   * value back before the rest): `/summary vatican article:da vinci` is about "vatican" in "Da Vinci Code is
   * 'lousy history'". The article stays named by the words typed ("da vinci"), so that a topic of title words
   * still asks none (`/summary trump article:north korea`).
   */
  private withArticleTitleRun(
    asked: Extract<BotRequest, { kind: 'summary' }>,
  ): Extract<BotRequest, { kind: 'summary' }> {
    const { continued, ...request } = asked;
    const article = request.article?.trim();
    const slug = article && !/[\s-]/.test(article) ? this.library.resolveSlug(article) : undefined;
    if (article === undefined || slug === undefined || request.topic === undefined) return request;
    const byTitle = (quote: QuoteRequest): QuoteRequest => {
      const words = quote.query.trim().split(/\s+/).filter(Boolean);
      const count = this.titleRunLength(article, slug, words);
      return count === 0
        ? quote
        : {
            ...quote,
            article: [article, ...words.slice(0, count)].join(' '),
            query: words.slice(count).join(' '),
          };
    };
    const quote: QuoteRequest = { kind: 'quote', query: request.topic, article, continued };
    const read = continued?.option === 'article' ? this.withContinuedName(quote, byTitle) : byTitle(quote);
    if (read.article === article) return request;
    const { topic: _topic, ...rest } = request;
    return { ...rest, article: read.article, ...(read.query ? { topic: read.query } : {}) };
  }

  /** Each of `articles` in a sentence, newest first (`/summary all`). */
  private overview(
    articles: readonly Article[],
    request: Extract<BotRequest, { kind: 'summary' }>,
  ): BotReply {
    const summary = overviewOfLibrary(
      articles,
      (slug) => {
        const article = this.library.article(slug)!;
        const { sentences } = summarize(article, { sentences: 1 }, this.library);
        return { article: attributionOf(article), sentences };
      },
      request,
      DEFAULT_SUMMARY_OPTIONS,
    );
    return { kind: 'library-summary', summary };
  }

  /**
   * `/summary author:reagan`: the summary requests of the whole library, kept to one author's articles (as
   * `/quote author:` keeps to them). Of one article, its summary; of several, the newest one's (saying so),
   * or with a topic what their articles say about it, or with `all` each of them in a sentence. An article
   * named beside the author must be one of theirs.
   */
  private summaryByAuthor(asked: Extract<BotRequest, { kind: 'summary' }>): BotReply {
    const typed = asked.author!.trim();
    const whole = asked.authorWhole ? undefined : this.wholeAuthorName(typed, asked.topic ?? '');
    const author = whole?.author ?? typed;
    const words = whole === undefined ? asked.topic : whole.words || undefined;
    const articles = this.library.articlesBy(author);
    if (articles.length === 0)
      return { kind: 'unknown-author', author, suggestions: this.library.similarAuthors(author) };
    const scope = { name: authorName(articles, author), articles: articles.length };
    const request = { ...asked, author: undefined, topic: words };
    if (request.article !== undefined) {
      const slug = this.articleForSummary(request.article, request.described === true);
      if (slug !== undefined && !articles.some((article) => article.slug === slug))
        return {
          kind: 'unknown-article',
          article: request.article,
          suggestions: articles.slice(0, 5).map((article) => article.slug),
        };
      return this.summary(request);
    }
    const all = words !== undefined && asksForWholeLibrary(words);
    if (all && articles.length > 1) return byAuthor(this.overview(articles, request), scope.name);
    if (words !== undefined && !all && articles.length > 1) {
      const { length, sentences } = request;
      const theirs: LibraryFinder = {
        options: this.library.options,
        search: (search) => this.library.search({ ...search, author }),
        article: (slug) => this.library.article(slug),
      };
      const summary = summarizeLibrary(theirs, { topic: words, length, sentences }, DEFAULT_SUMMARY_OPTIONS);
      return byAuthor({ kind: 'library-summary', summary }, scope.name);
    }
    const newest = articles[0]!.slug;
    const reply = this.summary({
      ...request,
      topic: all ? undefined : words,
      article: newest,
      described: undefined,
    });
    if (reply.kind !== 'summary') return reply;
    return { ...reply, author: scope, ...(articles.length > 1 ? { newest: true as const } : {}) };
  }
}

/** A library summary kept to one author's articles, saying whose ("What 2 articles by BBC News say…"). */
function byAuthor(reply: BotReply, author: string): BotReply {
  return reply.kind === 'library-summary' && reply.summary.kind === 'found'
    ? { ...reply, summary: { ...reply.summary, author } }
    : reply;
}

/** A summary request with no mention in its topic or article ("/summary @bob the chess article"). */
function withoutMentions(
  request: Extract<BotRequest, { kind: 'summary' }>,
): Extract<BotRequest, { kind: 'summary' }> {
  const clean = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : withoutChatMarkup(text) || undefined;
  const topic = clean(request.topic);
  const article = clean(request.article);
  if (topic === request.topic && article === request.article) return request;
  const { topic: _topic, article: _article, ...rest } = request;
  return {
    ...rest,
    ...(topic === undefined ? {} : { topic }),
    ...(article === undefined ? {} : { article }),
  };
}
