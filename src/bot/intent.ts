import { isOnlyCode } from '../text/chat-markdown.js';
import { plainMessage, stripAddress } from './addressed-message.js';
import type { IntentOptions } from './intent-options.js';
import { withoutCardWords } from './intent-words.js';
import { withLibraryNoAuthor } from './library-named.js';
import { mentionOptions } from './mention-options.js';
import { readRequest } from './read-request.js';
import type { BotRequest } from './requests.js';

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
