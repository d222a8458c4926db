import { CHAT_MARKUP } from '../text/chat-markup.js';
import { isOnlyCode } from '../text/chat-markdown.js';
import { plainMessage, stripAddress } from './addressed-message.js';
import { cleanTopic } from '../summary/topic.js';
import { libraryAsTopicIn, wholeLibraryIn } from '../summary/library-summary.js';
import { isSummaryLength, type SummaryLength } from '../summary/options.js';
import {
  ARTICLES_ABOUT,
  ARTICLES_BY,
  ARTICLE_ALONE,
  DAILY_ALONE,
  DAILY_SETTING,
  DAILY_STOPPING,
  FILLER,
  HELP_PHRASES,
  THANKS,
  THANKS_MORE,
  QUOTE_OF_THE_DAY,
  SMALL_TALK,
  withoutCardWords,
} from './intent-words.js';
import type { BotRequest } from './requests.js';
import { mentionOptions } from './mention-options.js';
import { botThingAsked } from './bot-thing-asked.js';
import { chatterOf } from './small-talk.js';
import { WH_WORD } from './question-words.js';
import { asksForAnyQuote, asksOfSomething } from './any-quote.js';
import { authorAsked, authorNamedLast } from './author-asked.js';
import { summaryAuthor } from './summary-author-asked.js';
import { ALL_ALONE, isAll, LIBRARY_WORD, withLibraryNoAuthor } from './library-named.js';
import { languageAsked } from './language-asked.js';
import { articleNamedIn, onlyPlaceWords, sameWords } from './article-named.js';
import { mentionAsked } from './article-mentions.js';
import { intentOf } from './request-kind.js';
import { subjectOf } from './request-subject.js';
import { countOf, lengthAsked, SENTENCE_COUNT, withoutLengthWords } from './length-asked.js';
import type { IntentOptions } from './intent-options.js';
import { wordsOf, type Word } from './message-words.js';

export type { IntentOptions } from './intent-options.js';
export { plainMessage, stripAddress } from './addressed-message.js';
export { SENTENCE_COUNT } from './length-asked.js';
export { articleAlone } from './article-named.js';
export { namesWholeLibrary } from './library-named.js';
export { isQuestion } from './question-words.js';
export { asksForAnyQuote, nothingToLookFor } from './any-quote.js';

/**
 * Reads a chat message addressed to the bot as a request, in plain English with typos: "@quotebot
 * summarize", "tl;dr?", "sumarize the part about sanctions", "what's it about", "quote something about kim".
 *
 * - A summary keyword or phrase gives a summary, with a topic when the message names one and a length when
 *   it asks for one ("tl;dr" and "gist" are short, "key points" long). "What does it say about X" is a
 *   summary about X: it asks for all the article says on X, which is what a topic summary holds.
 * - "quote"/"cite" (and "find a line about", "search for", "is there anything about", "does the article
 *   mention") give a quote of the words named; "random", "the quote of the day" a random quote; "anything by
 *   <author>" one of theirs.
 * - "list articles" (and "who wrote it?") lists them; "help", small talk ("hi", "thanks") and setting up
 *   daily posts ("set a daily quote at 9am", which `/daily` does) get help; a bare word or two ("@quotebot
 *   election") is words to quote. Anything else gets help that names what was not understood, so that a
 *   message to the bot never goes unanswered (the `Bot` searches it first when it is about the library).
 *
 * Slash-style options in the text (`topic:missiles`, `length:short`, `sentences:3`, `article:<slug>`) are
 * honoured, and so is a count in words ("in 3 sentences"); a quote that ends "as a card" is one
 * (`card:true`).
 */
export function parseIntent(message: string, given: IntentOptions = {}): BotRequest {
  const options = withLibraryNoAuthor(given);
  const botName = options.botName ?? 'quotebot';
  // A code block pasted alone asks for nothing: a line saying what to try, not every command.
  if (isOnlyCode(stripAddress(message, botName))) return { kind: 'help', brief: true };
  const addressed = stripAddress(plainMessage(stripAddress(message, botName)), botName);
  // "quote about bees as a card": the quote of "bees", as a card (`card:true`); not a search for "card".
  const plain = withoutCardWords(addressed);
  if (plain) {
    const asked = parseIntent(plain, options);
    if (asked.kind === 'quote') return { ...asked, card: true };
  }
  const { sentence, named, continued } = mentionOptions(
    addressed.replace(/^\//, '').replace(/\btl\s*[;:,.]?\s*dr\b/gi, 'tldr'),
  );
  if (continued === undefined) return readRequest(sentence, named, options);
  // "quote taxes article:state of the union": the words after the value lead the query, for the Bot to read
  // the name from them as it does of a typed `/quote` (see `ContinuedValue`); the rest of the sentence is
  // read as any, and what it looks for goes after them.
  const rest = readRequest(continued.rest, named, options);
  const count = (words: string): number => words.split(/\s+/).filter(Boolean).length;
  // "summarize vatican article:da vinci": the same, the topic's words after the article's.
  if (rest.kind === 'summary' && continued.option === 'article' && rest.article === named['article']) {
    const topic = rest.topic ?? '';
    return {
      ...rest,
      topic: `${continued.after} ${topic}`.trim(),
      continued: { option: 'article', next: count(continued.after), before: count(topic) },
    };
  }
  if (rest.kind !== 'quote' || rest[continued.option] !== named[continued.option])
    return readRequest(sentence, named, options);
  return {
    ...rest,
    query: `${continued.after} ${rest.query}`.trim(),
    continued: { option: continued.option, next: count(continued.after), before: count(rest.query) },
  };
}

/** Reads the sentence of a mention, its options read (see `parseIntent`). */
function readRequest(said: string, given: Record<string, string>, options: IntentOptions): BotRequest {
  const named = { ...given };
  const typed = said
    .replace(SENTENCE_COUNT, (_: string, count: string) => {
      named['sentences'] ??= count;
      return ' ';
    })
    // A mention within the request addresses someone; its id is no word ("/quote <@123> election").
    .replace(CHAT_MARKUP, ' ')
    .trim();
  const asked = named['author'] ? undefined : authorAsked(typed, options.isAuthor);
  // "another quote from obama", "summarize everything by kennedy": theirs, as `author:obama` would be.
  const last = named['author'] || asked ? undefined : authorNamedLast(typed, options.isAuthor);
  if (last) named['author'] = last.author;
  const text = last?.rest ?? typed;
  const sentences = countOf(named['sentences']);
  const words = wordsOf(text, options.isWord);
  const corrected = words.map((word) => word.folded).join(' ');
  const article = named['article'] || undefined;
  if (DAILY_ALONE.test(corrected)) return { kind: 'help', command: 'daily' };
  // "post a quote every morning": the one command that sets it up, not the whole of `/daily`.
  if (DAILY_SETTING.every((pattern) => pattern.test(corrected)))
    return DAILY_STOPPING.test(corrected)
      ? { kind: 'help', command: 'daily' }
      : { kind: 'help', command: 'daily', setUp: true };
  // "how do I add an article?", "what is a quote card?": where to read how, not a search for "add".
  const thing = botThingAsked(corrected);
  if (thing === 'add-articles') return { kind: 'help', addArticles: true };
  if (thing !== undefined) return { kind: 'help', command: thing };
  if (asked) return { kind: 'quote', query: asked.topic, article, author: asked.author };
  // "does the da vinci article mention the vatican?": a quote of "vatican" in that article.
  const mention = article === undefined ? mentionAsked(text, options) : undefined;
  if (mention)
    return {
      kind: 'quote',
      query: mention.subject,
      article: mention.article,
      described: true,
      ...(named['author'] ? { author: named['author'] } : {}),
    };
  const intents = intentOf(words, corrected);
  // "a quote that sums up the article" asks for the gist, not for the words "sums up".
  const found =
    intents[0]?.intent === 'quote' && intents.some(({ intent }) => intent === 'summary')
      ? { intent: 'summary' as const, at: intents[0].at, short: true }
      : intents[0];
  if (found?.intent === 'summary' || (!found && (named['topic'] || named['length'] || sentences))) {
    // "summarize the article in french": the summary asked in French, not one about the word (see `Bot`).
    const inLanguage = languageAsked(text, options.isLanguage);
    if (inLanguage !== undefined) {
      const rest = readRequest(inLanguage.rest, named, options);
      if (rest.kind === 'summary') return { ...rest, language: inLanguage.language };
    }
    const namedLength = named['length']?.toLowerCase();
    const sized = lengthAsked(words, options.isTitlePart);
    const lengthOf = (asked: SummaryLength | undefined): SummaryLength | undefined =>
      isSummaryLength(namedLength) ? namedLength : found && 'short' in found ? 'short' : asked;
    const length = lengthOf(sized.length);
    const plain = withoutLengthWords(text, sized.asking);
    // "summarize the articles by bbc news", "summarize what obama says about energy": `/summary author:`.
    const theirs = named['author'] || article ? undefined : summaryAuthor(plain, options);
    // "summarize what hale says about the bridge": Hale's words on it ("hale on the bridge"), as the search
    // finds them across the library.
    if (theirs && 'said' in theirs)
      return {
        kind: 'summary',
        topic: named['topic'] || `${theirs.said} on ${theirs.topic}`,
        length,
        ...(sentences === undefined ? {} : { sentences }),
      };
    if (theirs)
      return {
        kind: 'summary',
        topic: named['topic'] || theirs.topic,
        length,
        ...(sentences === undefined ? {} : { sentences }),
        article,
        author: theirs.author,
        // Its name read apart from the topic: no word of "energy" goes on naming "obama".
        ...(theirs.topic === 'all' ? {} : { authorWhole: true as const }),
      };
    const subject =
      named['topic'] || subjectOf(text, words, found?.at ?? 0, false, sized.asking, sized.naming);
    // "summarize reagan": a subject that only names an author is theirs, not the word "reagan" in the texts;
    // "summarize the library" is the whole library, though an author is "Millbrook Library".
    const libraryNamed = wholeLibraryIn(corrected)?.toLowerCase();
    if (
      !named['topic'] &&
      !named['author'] &&
      article === undefined &&
      subject &&
      !(libraryNamed?.includes(subject.toLowerCase()) ?? false) &&
      options.isAuthor?.(subject)
    )
      return { kind: 'summary', length, ...(sentences === undefined ? {} : { sentences }), author: subject };
    // "summarize the latest article": which article, not what about.
    // "summarize all the articles", "tl;dr of every speech" ask for the whole library, not a topic, whatever
    // of those words the subject kept ("every"); "all the articles about oil" asks about oil.
    // "summarize all", "summary them all" (as `/summary all`): the whole library too.
    const allAlone = words.every((word) => word.intent !== undefined || ALL_ALONE.has(word.folded));
    // "what do the articles say about the library?": libraries are what it asks about, this one or not.
    const spokenOf = libraryAsTopicIn(corrected);
    const whole =
      spokenOf === undefined
        ? (wholeLibraryIn(corrected) ?? (allAlone && words.some(isAll) ? 'all' : undefined))
        : undefined;
    const topic =
      spokenOf ??
      (whole !== undefined &&
      (subject === undefined ||
        onlyPlaceWords(subject) ||
        whole.toLowerCase().includes(subject.toLowerCase()))
        ? whole
        : subject !== undefined && onlyPlaceWords(subject)
          ? undefined
          : subject);
    const described = article === undefined ? articleNamedIn(plain) : undefined;
    const namedArticle = article ?? described;
    return {
      kind: 'summary',
      // "summarize the yukos article": the article, not "yukos" across the library.
      topic: described !== undefined && sameWords(topic, described) ? undefined : topic,
      // "summarize everything" is "summarize all": the words that name the whole library set no length.
      length:
        whole !== undefined && topic === whole
          ? lengthOf(lengthAsked(wordsOf(corrected.replace(whole, ' ')), options.isTitlePart).length)
          : length,
      ...(sentences === undefined ? {} : { sentences }),
      article: namedArticle,
      // "summarize author:reagan": theirs, as `/summary author:` (see `Bot`), not the newest of the library.
      ...(named['author'] ? { author: named['author'] } : {}),
      ...(described === undefined ? {} : { described: true as const }),
    };
  }
  if (found?.intent === 'quote' || (!found && named['author'])) {
    const query = !found
      ? asksOfSomething(words)
        ? text
        : ''
      : QUOTE_OF_THE_DAY.test(corrected)
        ? ''
        : (subjectOf(text, words, found.from ?? found.at, found.from !== undefined) ?? '');
    // "quote the library", "a quote from the library": any quote of the whole library (an author "Millbrook
    // Library" is no more "the library" than this collection is), unless the words name an article ("quote the
    // library article" looks for "library", as "quote the ferry article" for "ferry").
    const libraryNamed = wholeLibraryIn(corrected)?.toLowerCase();
    if (
      !named['author'] &&
      article === undefined &&
      query &&
      libraryNamed !== undefined &&
      LIBRARY_WORD.test(query) &&
      !articleNamedIn(text)
    )
      return { kind: 'quote', query: '' };
    // "quote reagan": words that only name an author ask for theirs.
    const theirs = !named['author'] && article === undefined && query && options.isAuthor?.(query);
    const author = theirs ? query : named['author'] || undefined;
    return { kind: 'quote', query: theirs ? '' : query, article, ...(author ? { author } : {}) };
  }
  if (found?.intent === 'articles') {
    // "list the articles by reagan", "which articles did reagan write about taxes?": theirs, about that.
    const by = ARTICLES_BY.map((pattern) => pattern.exec(text)).find((match) => match !== null);
    // "which article is about bees?", or one named by what it is about: "who wrote the yukos article?".
    const asked = by
      ? by[2]
      : (ARTICLES_ABOUT.exec(text)?.[1] ??
        articleNamedIn(text)?.replace(
          /^(?:author|writer|title|headline|source|publication) of(?: the)?(?:\s+|$)/iu,
          '',
        ));
    const about = cleanTopic(asked?.replace(/^(?:the|a|an)\s+/iu, '') ?? '');
    return {
      kind: 'articles',
      ...(about.length > 0 ? { about } : {}),
      ...(by ? { author: by[1]!.trim() } : {}),
    };
  }
  if (QUOTE_OF_THE_DAY.test(corrected) || asksForAnyQuote(text)) return { kind: 'quote', query: '', article };
  // "the wilson speech", "that yukos article?": a message that only names an article asks what it says.
  const described = article === undefined && ARTICLE_ALONE.test(text) ? articleNamedIn(text) : undefined;
  if (described !== undefined)
    return {
      kind: 'summary',
      length: lengthAsked(words, options.isTitlePart).length,
      article: described,
      described: true,
    };
  // "🐝": an emoji alone is small talk too, a line back and not every command.
  if (words.length === 0 && /\p{Extended_Pictographic}/u.test(text)) return { kind: 'help', brief: true };
  if (words.length === 0 || HELP_PHRASES.some((pattern) => pattern.test(corrected))) return { kind: 'help' };
  // "hi", "thanks", "thank you so much!", "merci", "good bot": a line back, not every command in a channel.
  const thanked = words.some((word) => THANKS.has(word.folded));
  const chat = (word: Word): boolean =>
    SMALL_TALK.has(word.folded) || FILLER.has(word.folded) || (thanked && THANKS_MORE.has(word.folded));
  if (words.every(chat)) {
    const chatter = chatterOf(words);
    return chatter === undefined ? { kind: 'help', brief: true } : { kind: 'help', brief: true, chatter };
  }
  if (words.length <= 2 && !WH_WORD.test(corrected)) return { kind: 'quote', query: text, article };
  return { kind: 'help', unknown: text };
}
