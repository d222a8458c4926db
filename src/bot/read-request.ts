import { CHAT_MARKUP } from '../text/chat-markup.js';
import { asksForAnyQuote } from './any-quote.js';
import { mentionAsked } from './article-mentions.js';
import { articleNamedIn } from './article-named.js';
import { articlesAsked } from './articles-asked.js';
import { libraryFactAsked } from './library-fact-asked.js';
import { authorAsked, authorNamedLast } from './author-asked.js';
import { botThingAsked } from './bot-thing-asked.js';
import { changesAsked } from './changes-asked.js';
import { compareAsked } from './compare-asked.js';
import type { IntentOptions } from './intent-options.js';
import {
  ARTICLE_ALONE,
  DAILY_ALONE,
  DAILY_SETTING,
  DAILY_STOPPING,
  FILLER,
  HELP_PHRASES,
  QUOTE_OF_THE_DAY,
  SMALL_TALK,
  THANKS,
  THANKS_MORE,
} from './intent-words.js';
import { languageAsked } from './language-asked.js';
import { countOf, lengthAsked, SENTENCE_COUNT } from './length-asked.js';
import { wordsOf, type Word } from './message-words.js';
import { WH_WORD } from './question-words.js';
import { quoteAsked } from './quote-asked.js';
import { recentAsked } from './recent-asked.js';
import { subjectOf } from './request-subject.js';
import { intentOf } from './request-kind.js';
import type { BotRequest } from './requests.js';
import { chatterOf } from './small-talk.js';
import { summaryAsked } from './summary-asked.js';

/** Reads the sentence of a mention, its options read (see `parseIntent`). */
export function readRequest(said: string, given: Record<string, string>, options: IntentOptions): BotRequest {
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
  // "what's the newest one?", "how many articles are there?": the answer, not a page of the list.
  // "compare what lincoln and johnson said about slavery": how to quote each, not one quote of either.
  const compare =
    named['author'] || article ? undefined : compareAsked(typed, options.isAuthor, options.articleTitled);
  if (compare) return { kind: 'help', brief: true, compare };
  const fact = named['author'] || article ? undefined : libraryFactAsked(typed, options);
  if (fact) return fact;
  // "what changed in 2.15?": the summary of the one document that identifier names.
  const changes = named['author'] || article ? undefined : changesAsked(typed, options);
  if (changes) return changes;
  // "what's the latest on the bridge?": a quote of "the bridge" from the newest article that has one.
  const recent = recentAsked(text);
  if (recent !== undefined)
    return {
      kind: 'quote',
      // Its words as any request's subject: "the dollar" looks for "dollar".
      query: subjectOf(recent, wordsOf(recent, options.isWord), 0) ?? recent,
      article,
      recent: true,
      ...(named['author'] ? { author: named['author'] } : {}),
    };
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
    return summaryAsked({ text, words, corrected, named, article, sentences }, found, options);
  }
  if (found?.intent === 'quote' || (!found && named['author']))
    return quoteAsked({ text, words, corrected, named, article, sentences }, found, options);
  if (found?.intent === 'articles') return articlesAsked(text);
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
  // "🐝", "🇺🇸": an emoji alone is small talk too, a line back and not every command (a flag is two regional
  // indicator letters, no pictograph).
  if (words.length === 0 && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text))
    return { kind: 'help', brief: true };
  if (words.length === 0 || HELP_PHRASES.some((pattern) => pattern.test(corrected))) return { kind: 'help' };
  // "hi", "thanks", "thank you so much!", "merci", "good bot": a line back, not every command in a channel.
  const thanked = words.some((word) => THANKS.has(word.folded));
  const chat = (word: Word): boolean =>
    SMALL_TALK.has(word.folded) || FILLER.has(word.folded) || (thanked && THANKS_MORE.has(word.folded));
  if (words.every(chat)) {
    const chatter = chatterOf(words);
    return chatter === undefined ? { kind: 'help', brief: true } : { kind: 'help', brief: true, chatter };
  }
  // "thanks lee", "thank you so much, ada": thanks to someone by name, not a search for "thanks lee".
  if (thanksToName(words, chat, options)) return { kind: 'help', brief: true, chatter: 'thanks' };
  if (words.length <= 2 && !WH_WORD.test(corrected)) return { kind: 'quote', query: text, article };
  return { kind: 'help', unknown: text };
}

/**
 * Whether a message is thanks and a name: it opens with thanks ("thanks", "thank you", "cheers"), and besides
 * small talk ("so much") it has one word, a name (an author's, the bot's, or one the dictionary has as no
 * everyday word): "thanks lee". A message that only contains thanks ("thanks giving parade") is a search.
 */
function thanksToName(
  words: readonly Word[],
  chat: (word: Word) => boolean,
  options: IntentOptions,
): boolean {
  if (words[0] === undefined || !THANKS.has(words[0].folded)) return false;
  const other = words.filter((word) => !chat(word));
  if (other.length !== 1) return false;
  const name = other[0]!.folded;
  return (
    name === (options.botName ?? 'quotebot').toLowerCase() ||
    options.isAuthor?.(name) === true ||
    options.isWrittenAsName?.(name) === true ||
    options.isEveryday?.(name) === false
  );
}
