import { byline } from '../../src/content/article.js';
import { echoStart } from './text-limits.js';
import { addDays, localDateTime, zonedInstant } from '../../src/daily/zoned-time.js';
import type { Comparison } from '../../src/bot/compare-asked.js';
import type {
  ArticlesReloadReply,
  Attribution,
  BotReply,
  LibraryFact,
  LeftOutSteps,
  LibrarySummary,
  QuoteReply,
  UsageError,
} from '../../src/index.js';

/*
 * Every sentence a user reads, in English, keyed. A platform supplies only its own escaping, quoting,
 * emphasis and command names (`WordingStyle`); the words are the same on Discord, Slack and a terminal.
 * A translation is another object of the same shape. The core returns data, never chat text, so the
 * wording lives here, beside the adapters that use it (as `daily-wording.ts` does for daily posts).
 */

/** A library summary that found sentences: what its head describes. */
type FoundLibrarySummary = Extract<LibrarySummary, { readonly kind: 'found' }>;

/** How a platform writes the pieces of a sentence. */
export interface WordingStyle {
  /** A user's input or an article's text, escaped and in curly quotes. */
  readonly quoted: (text: string) => string;
  /** A user's input or an article's text, escaped only. */
  readonly escaped: (text: string) => string;
  /** Code or a command, as the platform shows it (`` `/quote election` ``). */
  readonly code: (text: string) => string;
  /** A command as this platform names it, without decoration: `/quote`, `/qb-quote`. */
  readonly command: (name: string) => string;
  /**
   * An option with its value as typed here: `sentences:5` in chat (the default), `--sentences 5` on the
   * command line.
   */
  readonly option?: (name: string, value: string) => string;
}

const optionText = (s: WordingStyle, name: string, value: string): string =>
  s.option?.(name, value) ?? `${name}:${value}`;

/** "1 sentence", "2 sentences": a count with its noun, singular for one. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Words typed in quotation marks, without them: the reply puts its own round them (not “"…"”). */
/** "a whole number from 1 to 10", "… 1 or more", "… 10 or less". */
/** What a text option takes, as its usage line names it (`author:<name>`: "a name"). */
function valueNoun(usage: string, option: string): string {
  const placeholder = new RegExp(String.raw`(?:^|[\s[])${option}:<([^>]+)>`).exec(usage)?.[1];
  switch (placeholder) {
    case 'words':
      return 'words';
    case 'slug':
      return 'an article (its slug or words of its title)';
    case undefined:
      return 'a value';
    default:
      return `a ${placeholder}`;
  }
}

function wholeNumber({
  min,
  max,
}: {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}): string {
  if (min !== undefined && max !== undefined) return `a whole number from ${min} to ${max}`;
  return min !== undefined ? `a whole number, ${min} or more` : `a whole number, ${max ?? 0} or less`;
}

/** A kind of text's plural, as a list of them is named: "letters", "speeches", "show notes", "faqs". */
const pluralOfKind = (kind: string): string =>
  /(?:s|x|ch|sh)$/u.test(kind)
    ? kind.endsWith('notes') || kind.endsWith('minutes') || kind.endsWith('faqs') || kind.endsWith('lyrics')
      ? kind
      : `${kind}es`
    : /[^aeiou]y$/u.test(kind)
      ? `${kind.slice(0, -1)}ies`
      : `${kind}s`;

/**
 * The end of a "who said that?" answer: "by <byline>, <date> (<slug>)." Every part comes from content, so each is
 * escaped as the platform needs (a name such as "*Dev* <@U123>" shows literally and pings no one).
 */
const sourceTail = (s: WordingStyle, article: Attribution): string =>
  `by ${s.escaped(byline(article))}, ${s.escaped(article.date)} (${s.escaped(article.slug)}).`;

/** How many articles a "Which one did you mean?" list shows: a chat line, not the whole list of a kind. */
const CHOICES_SHOWN = 5;

/**
 * The articles a "Which one did you mean?" reply offers, numbered, and the question: the first `CHOICES_SHOWN`
 * (newest first, as the library lists them) and a count of the rest, which an answer still picks by words of its
 * title, its number or "the oldest".
 */
function choiceList(
  s: WordingStyle,
  choices: readonly Pick<Attribution, 'slug' | 'title' | 'date'>[],
): string {
  const shown = choices
    .slice(0, CHOICES_SHOWN)
    .map(
      (choice, index) =>
        `${index + 1}. ${s.quoted(choice.title)}, ${s.escaped(choice.date)} (${s.escaped(choice.slug)})`,
    )
    .join('; ');
  const rest = choices.length - CHOICES_SHOWN;
  return rest > 0
    ? `${shown}; and ${rest} more. Which one did you mean? Say its number or words of its title.`
    : `${shown}. Which one did you mean? Say its number.`;
}

const unquoted = (text: string): string => /^\s*["“](.*)["”]\s*$/su.exec(text)?.[1] ?? text;

export const en = {
  didYouMean: (s: WordingStyle, suggestions: readonly string[]): string =>
    suggestions.length > 0 ? ` Did you mean ${suggestions.slice(0, 5).map(s.quoted).join(', ')}?` : '',
  /** Words no passage has, with a did-you-mean, or else a word of them to look for alone (`alone`). */
  noMatch: (s: WordingStyle, query: string, suggestions: readonly string[], alone?: string): string =>
    `No passage matches ${s.quoted(echoStart(unquoted(query)))}.${en.didYouMean(s, suggestions)}${alone === undefined ? '' : ` Try ${s.code(`${s.command('quote')} ${alone}`)} for ${s.quoted(alone)} alone.`}`,
  /**
   * Words passages have, but none a show's guest (or host) says: so, and the `/quote` of them that finds
   * the others' words.
   */
  roleSilent: (s: WordingStyle, role: 'guest' | 'host', query: string): string =>
    `No ${role} here talks about ${s.quoted(echoStart(query))}; ${s.code(`${s.command('quote')} ${query}`)} finds what others say of it.`,
  /**
   * A show's guest (or host) asked about in a library with no transcript or interview: there is none, and the
   * `/quote` of the words that finds what the texts say.
   */
  noRoleHere: (s: WordingStyle, role: 'guest' | 'host', query: string): string =>
    `There are no ${role}s here: no article is a transcript or an interview. ${s.code(`${s.command('quote')} ${query}`)} finds what the texts say about ${s.quoted(echoStart(query))}.`,
  /** `/articles about:` words no passage has. */
  noArticleAbout: (s: WordingStyle, about: string, suggestions: readonly string[]): string =>
    `No article has a passage about ${s.quoted(echoStart(about))}.${en.didYouMean(s, suggestions)}`,
  /** No words to look for: an example of the command asked (`/articles about:…`), with a word of the library. */
  emptyQuery: (s: WordingStyle, example = 'election', articles = false): string =>
    `Tell me some words to look for, e.g. ${s.code(articles ? `${s.command('articles')} about:${example}` : `${s.command('quote')} ${example}`)}.`,
  smallWordsQuery: (s: WordingStyle, example = 'election'): string =>
    `Those are only small words that every sentence has: tell me a word to look for, e.g. ${s.code(`${s.command('quote')} ${example}`)}.`,
  queryTooLong: (maxLength: number): string =>
    `That is too long to search: keep it under ${maxLength} characters.`,
  unknownArticle: (
    s: WordingStyle,
    article: string,
    suggestions: readonly string[],
    several?: boolean,
    choices?: readonly Pick<Attribution, 'slug' | 'title' | 'date'>[],
  ): string =>
    several && choices !== undefined && choices.length > 0
      ? `${choices.length} articles match ${s.quoted(article)}: ${choiceList(s, choices)}`
      : several
        ? `${suggestions.length} articles match ${s.quoted(article)}: ${suggestions.slice(0, CHOICES_SHOWN).map(s.quoted).join(', ')}${suggestions.length > CHOICES_SHOWN ? ` and ${suggestions.length - CHOICES_SHOWN} more` : ''}. Which one did you mean?`
        : `There is no article ${s.quoted(article)}.${suggestions.length > 0 ? en.didYouMean(s, suggestions) : ` ${s.code(s.command('articles'))} lists them.`}`,
  /**
   * A name with a number (a year) that no article it could be carries: that none is of it (or none by that
   * name), and the articles nearest it, to pick by their number.
   */
  noArticleOfNumber: (
    s: WordingStyle,
    article: string,
    number: string,
    named: boolean,
    choices: readonly Pick<Attribution, 'slug' | 'title' | 'date'>[],
  ): string =>
    `${named ? `There is no article ${s.quoted(article)}` : `No article here is of ${s.escaped(number)}`}. The nearest: ${choiceList(s, choices)}`,
  /**
   * A kind of text ("the interview") that no article here is, and the newest articles (`titles`) of `count`.
   */
  noArticleOfKind: (s: WordingStyle, kind: string, titles: readonly string[], count: number): string =>
    `No article here is ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${s.escaped(kind)}.${titles.length > 0 ? ` ${count > titles.length ? `The newest of the ${count}` : count === 1 ? 'There is' : `The ${count} there are`}: ${titles.map(s.quoted).join(', ')}; ${s.code(s.command('articles'))} lists them.` : ''}`,
  /** Several articles of the kind of text a user named ("the letter"), to pick one by its number. */
  severalOfKind: (
    s: WordingStyle,
    kind: string,
    choices: readonly Pick<Attribution, 'slug' | 'title' | 'date'>[],
  ): string => `${choices.length} articles are ${s.escaped(pluralOfKind(kind))}: ${choiceList(s, choices)}`,
  /** An article described by a language ("the french article") that no article here is in. */
  noArticleIn: (s: WordingStyle, language: string): string =>
    `No article here is in ${s.escaped(language)}. ${s.code(s.command('articles'))} lists them.`,
  unknownAuthor: (s: WordingStyle, author: string, suggestions: readonly string[]): string =>
    `No article here is by ${s.quoted(author)}.${suggestions.length > 0 ? en.didYouMean(s, suggestions) : ` ${s.code(s.command('articles'))} lists the articles and their authors.`}`,
  /** What was not understood, and in the same line what to try (as small talk gets), not every command. */
  didNotUnderstand: (s: WordingStyle, text: string, example?: string): string =>
    `I did not understand ${s.quoted(echoStart(text))}. ${en.smallTalk(s, example)}`,
  notDiscussed: (s: WordingStyle, title: string, topic: string | null | undefined): string =>
    `${s.quoted(title)} does not discuss ${topic ? s.escaped(echoStart(topic)) : 'that'}.`,
  /**
   * An article's summary of a topic it does not discuss: so, with the command that asks the whole library when
   * the library has other articles (`others`).
   */
  summaryNotDiscussed: (
    s: WordingStyle,
    title: string,
    topic: string | null | undefined,
    others = true,
  ): string =>
    `${en.notDiscussed(s, title, topic)}${topic && others ? ` ${s.code(`${s.command('summary')} ${optionText(s, 'topic', topic)}`)} asks the whole library.` : ''}`,
  /** Where a quote stands among the matches: "match 2 of 30", "match 1 of 100+". */
  matchPosition: (reply: Pick<QuoteReply, 'position' | 'matches' | 'moreMatches'>): string =>
    `match ${reply.position + 1} of ${reply.matches}${reply.moreMatches ? '+' : ''}`,
  /** What /next does from a match: the next one, or from the last, the first again (the matches go round). */
  nextHint: (reply: Pick<QuoteReply, 'position' | 'matches'>): string =>
    reply.position + 1 >= reply.matches ? '/next goes back to the first' : '/next for another',
  onlyMatch: 'the only match',
  /**
   * A quote found for a word taken for another ("flod" → "floods"): what the search read the query as. Said
   * in a footer or a context line, where no platform renders markup (Slack's is escaped by its renderer).
   */
  respelledAs: (respelled: string): string => `showing matches for “${respelled}”`,
  /**
   * A quote that answers for a code block (`SearchHit.inCode`): the words asked for are in the code after it,
   * which is never quoted. Said where `respelledAs` is.
   */
  inCode: 'The words are in a code block after this sentence.',
  /** Where a closest match stands: no passage has every word asked for. */
  closestPosition: (reply: Pick<QuoteReply, 'position' | 'matches' | 'moreMatches'>): string =>
    `no passage has every word; closest ${reply.matches > 1 ? en.matchPosition(reply) : 'match'}`,
  /**
   * Where a random quote (no words given) stands: it is one pick, not a match ("a random quote by Eric Ballbach"
   * when an author was asked for); after "what else did he say?", whose words it is; of a question that named
   * the article ("what did lincoln say at gettysburg?"), its opening.
   */
  randomPick: (reply: Pick<QuoteReply, 'author' | 'hit' | 'saidElse' | 'opening'>): string =>
    reply.opening
      ? 'the opening of this article'
      : reply.saidElse
        ? reply.saidElse.speaker === undefined
          ? 'another quote from this article'
          : `more from ${reply.saidElse.speaker} in this article`
        : `a random quote${reply.author === undefined ? '' : ` by ${reply.hit.article.author}`}`,
  nextButton: 'Next match',
  /** A random quote's "Next": another random quote. */
  anotherButton: 'Another quote',
  contextButton: 'Context',
  /** Discord: the private reply's button that posts it for everyone. */
  postButton: 'Post to channel',
  /** Slack: the same, in Slack's own words. */
  shareButton: 'Share in channel',
  /** The button that answers with the quote as an image. */
  cardButton: 'Card',
  /** Shown above the text quote when its card could not be drawn. */
  cardFailed: 'The card could not be drawn, so here is the quote as text.',
  /** Shown above the text quote where this bot draws no cards. */
  cardUnavailable: 'Quote cards are not available on this bot, so here is the quote as text.',
  /** Slack: files cannot be ephemeral, so a private card is answered as text. */
  cardNotPrivate: 'A card is an image everyone in the channel sees, so here is your private quote as text.',
  /**
   * The console shows no images: the CLI writes cards to a file. `args` are the words (and options) of
   * `quotebot card` that draw this quote, as a shell takes them; run from the quotebot folder, as the console
   * is.
   */
  cardInConsole: (s: WordingStyle, args: string): string =>
    `Cards are images: to save one, run in the shell ${s.code(`npx quotebot card ${args} --out card.png`)}`,
  summaryTitle: (title: string): string => `Summary: ${title}`,
  summaryOf: (title: string): string => `Summary of ${title}`,
  authorsSummary: "The author's own summary",
  /**
   * The head of a library-wide topic summary: "What 3 articles say about sanctions"; of an overview of the
   * library (no topic, `overviewOf` articles in all): "The 5 newest of 12 articles, each in a sentence". Kept
   * to one author's articles, it says whose: "What 2 articles by BBC News say about theatre", "BBC News's 9
   * articles, each in a sentence", "The 5 newest of BBC News's 12 articles…".
   */
  librarySummaryTitle: (s: WordingStyle, summary: FoundLibrarySummary): string => {
    const { topic, overviewOf, author } = summary;
    const articles = summary.excerpts.length;
    const whose = author === undefined ? '' : `${s.escaped(author)}'s `;
    if (overviewOf === undefined) {
      const by = author === undefined ? '' : ` by ${s.escaped(author)}`;
      return `What ${articles === 1 ? `one article${by} says` : `${articles} articles${by} say`} about ${s.escaped(topic)}`;
    }
    if (overviewOf > articles) {
      const newest = articles === 1 ? 'newest' : `${articles} newest`;
      return `The ${newest} of ${whose}${overviewOf} articles, each in a sentence (${s.code(optionText(s, 'sentences', String(overviewOf)))} for all)`;
    }
    return author === undefined
      ? `The ${articles} articles, each in a sentence`
      : `${whose}${articles} articles, each in a sentence`;
  },
  notDiscussedInLibrary: (s: WordingStyle, topic: string, suggestions: readonly string[]): string =>
    `No article in the library discusses ${s.escaped(echoStart(topic))}.${en.didYouMean(s, suggestions)}`,
  noLibraryTopic: (s: WordingStyle, topic: string): string =>
    `Give a topic to summarise across the library (not just ${s.quoted(topic)}).`,
  /**
   * The head of a list of articles: "Articles"; of those about something ("which articles mention india?"):
   * "Articles about “india”"; of an author's ("which articles did reagan write?"): "Articles by Ronald
   * Reagan".
   */
  articlesTitle: (s: WordingStyle, of: { readonly about?: string; readonly author?: string } = {}): string =>
    `Articles${of.author === undefined ? '' : ` by ${s.escaped(of.author)}`}${of.about === undefined ? '' : ` about ${s.quoted(of.about)}`}`,
  /** "who is eric ballbach?": the head of their articles under what the library says of them. */
  authorArticles: (total: number): string => (total === 1 ? 'Their article' : `Their ${total} articles`),
  /**
   * The head of an answer to a question about the library ("what's the newest one?"), above its article;
   * of "how many articles are there?", the whole answer (of "how many postmortems…?", `noun`, that kind's count);
   * of "what's the newest episode?" (`noun`), "The newest episode:".
   */
  /** The author of every one of a fact's articles, when one wrote them all ("By Emily Dickinson:"), else undefined. */
  soleAuthor: (articles: readonly { readonly author: string }[]): string | undefined =>
    new Set(articles.map((article) => article.author)).size === 1 ? articles[0]!.author : undefined,
  libraryFact: (s: WordingStyle, fact: LibraryFact, total: number, author?: string, noun?: string): string =>
    noun !== undefined && (fact === 'newest' || fact === 'oldest')
      ? `The ${fact} ${s.escaped(noun)}:`
      : fact === 'count' && noun !== undefined
        ? `The library has ${total} ${s.escaped(total === 1 ? noun : pluralOfKind(noun))}.`
        : fact === 'count'
          ? `The library has ${plural(total, 'article')}; ${s.code(s.command('articles'))} lists them.`
          : fact === 'named' && author === undefined && noun !== undefined
            ? `The ${s.escaped(pluralOfKind(noun))} and who wrote them:`
            : fact === 'named'
              ? `By ${s.escaped(author ?? '')}:`
              : `The ${fact} of the ${plural(total, 'article')}:`,
  articlesPage: (page: number, pageCount: number, total: number): string =>
    `page ${page} of ${pageCount}, ${total} in all`,
  /**
   * Under a page of articles that is not the last: the command that shows the next ("/articles page:2
   * about:india"). None for an author's list, which a plain request asked for and no option names.
   */
  nextArticlesPage: (
    s: WordingStyle,
    list: {
      readonly page: number;
      readonly pageCount: number;
      readonly about?: string;
      readonly author?: string;
    },
  ): string | undefined =>
    list.page >= list.pageCount || list.author !== undefined
      ? undefined
      : `${s.code(`${s.command('articles')} ${optionText(s, 'page', String(list.page + 1))}${list.about === undefined ? '' : ` ${optionText(s, 'about', list.about)}`}`)} shows the next page.`,
  /** `/articles page:3` of two pages: said above the page shown instead. */
  noSuchPage: (asked: number, pageCount: number): string =>
    `There is no page ${asked}: ${pageCount === 1 ? 'there is one page' : `there are ${pageCount}`}.`,
  helpTitle: 'What I can do',
  examples: 'Examples',
  /**
   * Under the newest article's summary, when none was named: of the library, or of an author's `articles`
   * (in chat below it; on the command line on stderr, in its own syntax).
   */
  newestArticle: (s: WordingStyle, author?: { readonly name: string; readonly articles: number }): string => {
    const another = `${s.code(`${s.command('summary')} ${optionText(s, 'article', '<slug or title words>')}`)} summarises another`;
    return author === undefined
      ? `That is the newest article. ${another}, ${s.code(`${s.command('summary')} all`)} every article in a sentence.`
      : `That is the newest of ${s.escaped(author.name)}'s ${author.articles} articles. ${another}, ${s.code(`${s.command('summary')} all ${optionText(s, 'author', /\s/.test(author.name) ? `"${author.name}"` : author.name)}`)} each of them in a sentence.`;
  },
  /**
   * Under a summary of a procedure that holds none of its steps (a summary gives them all, in order, or none):
   * how many are left out and where they are. `alone`: the text is those steps and nothing else, so the summary
   * has no sentence.
   */
  stepsLeftOut: (s: WordingStyle, left: LeftOutSteps, alone: boolean): string => {
    const steps = plural(left.count, 'step');
    const head = alone
      ? `This text is a procedure of ${steps} and nothing else, and they are left out`
      : `The text's ${steps} are left out`;
    return left.listedIn === undefined
      ? `${head}: a summary gives a procedure's steps all, in order, or none, and ${left.count} are more than the longest holds. The article has them.`
      : `${head} of this summary: ${s.code(`${s.command('summary')} ${optionText(s, 'length', left.listedIn)}`)} lists them all, in order.`;
  },
  /**
   * Under a summary asked in a language its article (or, of `several`, one of its articles) is not in: "summarize
   * it in french". The bot does not translate; the summary is given anyway.
   */
  untranslated: (s: WordingStyle, language: string, several = false): string =>
    `I cannot translate: summaries are in ${several ? "each article's" : "the article's"} own words and language, not in ${s.escaped(language)}.`,
  smallTalk: (s: WordingStyle, example = 'election'): string =>
    `Ask me for a quote (${s.code(`${s.command('quote')} ${example}`)}) or a summary (${s.code(s.command('summary'))}); ${s.code(s.command('help'))} lists everything.`,
  /**
   * "how do I add an article?": articles are files of the content folder, which `quotebot import` writes where
   * the bot runs (no chat command adds one); the bot reads a new one at once.
   */
  addArticles: (s: WordingStyle): string =>
    `Articles are files in my content folder: run ${s.code('npx quotebot import <file or URL>')} where I run to add one from a text, a Markdown file or a web page, and I read it at once (the README's “Importing articles” says more). ${s.code(s.command('articles'))} lists them, ${s.code(s.command('help'))} everything I do.`,
  /**
   * "compare what lincoln and johnson said about slavery": the bot compares nothing, so how to quote each on it
   * (`/quote slavery author:lincoln`), or that one never speaks of it here.
   */
  compare: (s: WordingStyle, comparison: Comparison): string => {
    const { topic } = comparison;
    // Two articles with no topic: a summary of each (`/summary article:…`), the nearest thing to a comparison.
    const summaries = topic === '' && comparison.authors.every((item) => item.article !== undefined);
    const each = comparison.authors.map(({ typed, name, speaks, article }) => {
      const scope =
        article === undefined
          ? optionText(s, 'author', /\s/.test(typed) ? `"${typed}"` : typed)
          : optionText(s, 'article', article);
      const label = article === undefined ? s.escaped(name) : s.quoted(name);
      if (!speaks)
        return article === undefined ? `${label} never speaks of it here` : `${label} says nothing of it`;
      const command = summaries
        ? `${s.command('summary')} ${scope}`
        : `${s.command('quote')} ${topic === '' ? '' : `${topic} `}${scope}`;
      return `${s.code(command)} for ${label}`;
    });
    return `I cannot compare texts myself, but I can ${summaries ? 'summarise' : 'quote'} each of them${topic === '' ? '' : ` on ${s.quoted(topic)}`}: ${each.join('; ')}.`;
  },
  /** Thanks ("thank you!") and an acknowledgement or a laugh ("ok", "lol"): a line back, no prompt. */
  chatter: { thanks: 'You’re welcome!', ack: '🙂' } as const,
  /**
   * Help in a line rather than the commands, the same on every platform: how to add articles, a line back to
   * thanks or an acknowledgement, what was not understood, or else what to try (small talk).
   */
  helpLine: (
    s: WordingStyle,
    reply: Pick<
      Extract<BotReply, { kind: 'help' }>,
      'addArticles' | 'chatter' | 'unknown' | 'example' | 'compare'
    >,
  ): string =>
    reply.compare
      ? en.compare(s, reply.compare)
      : reply.addArticles
        ? en.addArticles(s)
        : reply.chatter
          ? en.chatter[reply.chatter]
          : reply.unknown
            ? en.didNotUnderstand(s, reply.unknown, reply.example)
            : en.smallTalk(s, reply.example),
  helpMention: (example = 'election'): string =>
    `Or mention me, or write to me directly: “summarize”, “tl;dr about ${example}”, “quote ${example}”.`,
  usage: (s: WordingStyle, usage: string): string => `Usage: ${s.code(usage)}`,
  usageError: (s: WordingStyle, error: UsageError, usage: string): string => {
    const how = en.usage(s, usage);
    switch (error.problem) {
      case 'missing-option':
        return `Missing ${error.option ?? 'a value'}. ${how}`;
      case 'unknown-option':
        return `There is no option ${s.quoted(`${error.option ?? ''}:`)}${error.suggestion ? `; did you mean ${s.code(`${error.suggestion}:`)}?` : '.'} ${how}`;
      case 'unknown-subcommand':
        return [how, ...(error.choices ?? []).map((choice) => `• ${s.code(choice)}`)].join('\n');
      case 'unknown-channel':
        return 'I do not know that channel: pick one from the list or write it as #channel.';
      case 'unknown-command':
        return `I no longer have ${s.code(s.command(error.command))}. Try ${s.code(s.command('help'))}.`;
      case 'empty-value': {
        const option = error.option ?? '';
        const needs = error.choices
          ? `one of ${error.choices.map((choice) => s.code(choice)).join(', ')}`
          : error.range
            ? wholeNumber(error.range)
            : valueNoun(usage, option);
        const example = error.example === undefined ? '' : `, e.g. ${s.code(`${option}:${error.example}`)}`;
        return `${s.code(`${option}:`)} needs ${needs}${example}.`;
      }
      case 'bad-value': {
        const what =
          error.option && error.value !== undefined
            ? `${s.quoted(error.value)} is not valid for ${error.option}`
            : `That value${error.option ? ` (${error.option})` : ''} is not valid`;
        const among = error.choices
          ? ` It is one of ${error.choices.map((choice) => s.code(choice)).join(', ')}.`
          : error.range
            ? ` It is ${wholeNumber(error.range)}.`
            : '';
        return error.suggestion
          ? `${what}: did you mean ${s.code(error.suggestion)}?${among} ${how}`
          : `${what}.${among} ${how}`;
      }
    }
  },
  failure: 'Sorry, something went wrong on my side. Please try again.',
  failureWithRef: (ref: string): string => `Sorry, something went wrong on my side. (ref ${ref})`,
  expired: (s: WordingStyle): string => `This result has expired: run ${s.code(s.command('quote'))} again.`,
  pickExpired: (s: WordingStyle): string =>
    `That suggestion has expired: run ${s.code(s.command('quote'))} again.`,
  /** A follow-up of a quote ("next", "context please") with no quote before it. */
  askForQuoteFirst: (s: WordingStyle, example = 'election'): string =>
    `Ask for a quote first, e.g. ${s.code(`${s.command('quote')} ${example}`)}`,
  /** "who wrote that?" after a quote: where it comes from. */
  quoteSource: (s: WordingStyle, article: Attribution): string =>
    `From ${s.quoted(article.title)}, ${sourceTail(s, article)}`,
  /** "who said that?" after a quote of someone's words that the article names no one for. */
  quoteSpeakerUnnamed: (s: WordingStyle, article: Attribution): string =>
    `The article does not say who said that. It is from ${s.quoted(article.title)}, ${sourceTail(s, article)}`,
  /** "who said that?" after a quote that names who said it. */
  quoteSpeaker: (s: WordingStyle, speaker: string, article: Attribution, readBy?: string): string =>
    `${s.escaped(`${speaker[0]!.toUpperCase()}${speaker.slice(1)}`)}, ${readBy === undefined ? 'as quoted' : `read by ${s.escaped(readBy)},`} in ${s.quoted(article.title)}, ${sourceTail(s, article)}`,
  /** "anything newer on this?": no article on it is newer than the one just shown (`article`). */
  nothingNewer: (s: WordingStyle, article?: Pick<Attribution, 'title' | 'date'>): string =>
    article === undefined
      ? 'No newer article here is about that.'
      : `No newer article here is about that: ${s.quoted(article.title)}, ${s.escaped(article.date)}, is the latest.`,
  /** "what else did he say?" after the only words the article quotes them saying. */
  nothingElseSaid: (s: WordingStyle, speaker: string): string =>
    `That is all the article quotes ${s.escaped(speaker)} saying.`,
  /**
   * "another one" after a random quote that is the only one of its author (`by`) or article: no other to pick,
   * said as that, not as the only match of words no one asked.
   */
  onlyQuote: (s: WordingStyle, by?: string, article?: Pick<Attribution, 'title'>): string =>
    `That is the only quote here${by !== undefined ? ` by ${s.escaped(by)}` : article !== undefined ? ` from ${s.quoted(article.title)}` : ''}: ${s.code(s.command('quote'))} with no words gives a random quote of the whole library.`,
  noOtherMatch: (s: WordingStyle): string =>
    `That was the only match: ask for other words, or ${s.code(s.command('quote'))} with none for a random quote.`,
  /** "shorter" after the short summary, "longer" after the long one. */
  noShorterSummary: 'That was already the shortest summary.',
  noLongerSummary: (s: WordingStyle): string =>
    `That was already the longest summary: ${s.code(`${s.command('summary')} ${optionText(s, 'sentences', '<n>')}`)} gives an exact length, up to 50 sentences.`,
  /** "longer" after a summary that already showed every sentence of its article. */
  wholeArticleSummary: (sentences: number): string =>
    sentences === 1
      ? 'That was the whole article: it has only one sentence.'
      : `That was the whole article: it has only ${sentences} sentences.`,
  noSuchCommand: (typed: string, meant: string): string =>
    `There is no /${typed} command: did you mean /${meant}? /help lists them.`,
  /**
   * "post a quote every morning": the one command that sets daily quotes up in this channel (at 9am, in the
   * timezone typed), who may type it, and where the rest (days, an article, a card) is said.
   */
  dailySetUp: (s: WordingStyle, managers: string): string =>
    `To post a quote in this channel every day, type ${s.code(`${s.command('daily')} set time:9am timezone:Europe/Berlin`)} with your own timezone or city (${s.code('timezone:new york')}); only ${managers} may. ${s.code(`${s.command('help')} command:daily`)} says more: other days, one article, a card.`,
  consoleFollowUps: 'The last quote’s next match (also "next", "more"); the sentences around it',
  /**
   * Run as pasted from the quotebot folder: the `--at` is a time that schedule is due (`exampleDueAt`), on
   * any day it is read.
   */
  dailyNotInConsole: (now: number = Date.now()): string =>
    `Daily quotes post to a Discord or Slack channel, and the console has none: set DISCORD_TOKEN or SLACK_BOT_TOKEN in .env to run them, or try a schedule in the shell with \`npx quotebot daily set --platform console --channel me --time 9am --timezone berlin\`, then \`npx quotebot daily run --at ${exampleDueAt(now)}\` (a time it is due).`,
  staleButton: 'This button no longer works. Ask again with a new command.',
  /** A button or picked suggestion whose query is kept in the store, while the store cannot be reached. */
  storedStateUnavailable:
    'I cannot read what this asked for right now: my storage does not answer. Please try again in a minute.',
  dailyUnavailable: 'Daily quotes are not running on this bot.',
  slowDown: (s: WordingStyle, command: string, seconds: number): string =>
    `Slow down: you can use ${s.code(s.command(command))} again in ${plural(seconds, 'second')}.`,
  reloadNotManager: (who: string): string => `Only ${who} can reload the articles.`,
  reloadUnavailable: 'This bot has no content folder to re-read.',
  reloaded: (reply: Extract<ArticlesReloadReply, { kind: 'reloaded' }>): string =>
    reply.keptPrevious
      ? `No article could be loaded, so I kept the ${reply.articles} I had.`
      : `Reloaded: ${plural(reply.articles, 'article')}.`,
  skipped: (count: number): string => `Skipped ${count} file(s):`,
} as const;

/** The one-line answers the bot gives when it cannot quote: the same words on every platform. */
export function problemWords(
  s: WordingStyle,
  reply: Extract<BotReply, { kind: 'no-match' | 'invalid-query' | 'unknown-article' | 'unknown-author' }>,
): string {
  switch (reply.kind) {
    case 'no-match':
      if (reply.role !== undefined)
        return reply.noTurns
          ? en.noRoleHere(s, reply.role, reply.query)
          : en.roleSilent(s, reply.role, reply.query);
      if (reply.articleTitle !== undefined)
        return `${en.notDiscussed(s, reply.articleTitle, reply.query)}${en.didYouMean(s, reply.suggestions)}`;
      return reply.articles
        ? en.noArticleAbout(s, reply.query, reply.suggestions)
        : en.noMatch(s, reply.query, reply.suggestions, reply.alone);
    case 'invalid-query':
      return reply.reason === 'empty'
        ? en.emptyQuery(s, reply.example, reply.articles)
        : reply.reason === 'small-words'
          ? en.smallWordsQuery(s, reply.example)
          : en.queryTooLong(reply.maxLength);
    case 'unknown-article':
      if (reply.number !== undefined && reply.choices !== undefined)
        return en.noArticleOfNumber(s, reply.article, reply.number.value, reply.number.named, reply.choices);
      if (reply.textKind !== undefined && reply.several && reply.choices !== undefined)
        return en.severalOfKind(s, reply.textKind, reply.choices);
      if (reply.textKind !== undefined)
        return en.noArticleOfKind(
          s,
          reply.textKind,
          reply.suggestions,
          reply.count ?? reply.suggestions.length,
        );
      return reply.language === undefined
        ? en.unknownArticle(s, reply.article, reply.suggestions, reply.several, reply.choices)
        : en.noArticleIn(s, reply.language);
    case 'unknown-author':
      return en.unknownAuthor(s, reply.author, reply.suggestions);
  }
}

/**
 * What a follow-up answered from the conversation says: where the last quote is from, or why there is none.
 */
export function followUpWords(
  s: WordingStyle,
  reply: Extract<BotReply, { kind: 'source' | 'no-follow-up' }>,
): string {
  if (reply.kind === 'no-follow-up') {
    if (reply.reason === 'nothing-else' && reply.speaker !== undefined)
      return en.nothingElseSaid(s, reply.speaker);
    return {
      'no-quote': () => en.askForQuoteFirst(s, reply.example),
      'only-match': en.noOtherMatch,
      'only-quote': () => en.onlyQuote(s, reply.speaker, reply.article),
      shortest: () => en.noShorterSummary,
      longest: en.noLongerSummary,
      'whole-article': () => en.wholeArticleSummary(reply.sentences ?? 1),
      'nothing-else': en.noOtherMatch,
      'nothing-newer': () => en.nothingNewer(s, reply.article),
    }[reply.reason](s);
  }
  if (reply.speaker === null) return en.quoteSpeakerUnnamed(s, reply.article);
  return reply.speaker === undefined
    ? en.quoteSource(s, reply.article)
    : en.quoteSpeaker(s, reply.speaker, reply.article, reply.readBy);
}

/** What a library-wide topic summary says when it has no sentences to show: the same words everywhere. */
export function librarySummaryProblem(
  s: WordingStyle,
  summary: Exclude<LibrarySummary, { kind: 'found' }>,
): string {
  switch (summary.kind) {
    case 'no-topic':
      return en.noLibraryTopic(s, summary.topic);
    case 'too-long':
      return en.queryTooLong(summary.maxLength);
    case 'not-discussed':
      return en.notDiscussedInLibrary(s, summary.topic, summary.suggestions);
  }
}

/**
 * A time the console's example schedule (9am in Berlin) is due, as an instant in UTC: 9:05 there today, or
 * yesterday before then. A schedule set after today's 9am posts no earlier than tomorrow, but `daily run --at`
 * an earlier time of the same day or the day before finds that day's post due.
 */
function exampleDueAt(now: number): string {
  const timezone = 'Europe/Berlin';
  const today = localDateTime(now, timezone).date;
  const due = (date: string): number => zonedInstant(date, '09:05', timezone)!.instant;
  const at = due(today) <= now ? due(today) : due(addDays(today, -1));
  return new Date(at).toISOString().replace('.000Z', 'Z');
}
