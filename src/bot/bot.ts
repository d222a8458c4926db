import { foldText } from '../text/fold.js';
import { Library } from '../library.js';
import { COMMANDS } from '../commands/catalog.js';
import { frameNoun } from '../search/question.js';
import { isQuestion, parseIntent, type IntentOptions } from './intent.js';
import { FILLER, SMALL_TALK } from './intent-words.js';
import { articleOfKindNamed } from './text-kind.js';
import type { BotCommand } from '../commands/command.js';
import type { UsageError } from '../commands/definition.js';
import { languageNamed, type LanguageDetector } from '../text/language-names.js';
import { Conversations } from './conversations.js';
import type {
  ArticlesReloadReply,
  ArticlesReloadRequest,
  BotReply,
  BotRequest,
  ContentReload,
} from './requests.js';
import { aboutAuthor } from './about-author.js';
import { articlesPage } from './articles-page.js';
import { commandsWithLibraryExamples, libraryExampleWord, withLibraryExample } from './library-examples.js';
import { nothingMatches } from './no-hits.js';
import { quoteReply } from './quote-reply.js';
import { summaryReply } from './summary-reply.js';

export { ARTICLES_PAGE_SIZE } from './articles-page.js';
export { QUOTE_MATCH_CAP } from './quote-reply.js';

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
        return quoteReply(this.library, request, this.random, this.languages);
      case 'summary':
        return summaryReply(this.library, request, this.languages);
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
      return quoteReply(
        this.library,
        { kind: 'quote', query: view![3] ?? '', author: viewer },
        this.random,
        this.languages,
      );
    const { held, of, names, words } = this.library.wordsHeld(text);
    const onTopic = (held >= 2 && 2 * held >= of) || names > 0 || this.asksOfLibrary(text);
    if (!onTopic && !isQuestion(text)) return undefined;
    const reply = quoteReply(this.library, { kind: 'quote', query: text }, this.random, this.languages);
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
}
