import { withoutPastedMarkup } from '../text/chat-markup.js';
import { FILLER, SMALL_TALK } from './intent-words.js';
import { wordsOf, type Word } from './message-words.js';

/** Words that ask for a quote of any words at all: "random", "anything", "surprise (me)". */
const ANY_QUOTE: ReadonlySet<string> = new Set([
  'random',
  'another',
  'inspire',
  'inspiration',
  'any',
  'anything',
  'something',
  'whatever',
  'surprise',
]);

/**
 * Whether a quote's words ask for no words in particular ("random", "a random quote", "anything", "surprise
 * me"): a random quote answers them, as it answers no words.
 */
export function asksForAnyQuote(query: string): boolean {
  const words = wordsOf(query);
  return (
    words.some((word) => ANY_QUOTE.has(word.folded)) &&
    words.every((word) => ANY_QUOTE.has(word.folded) || FILLER.has(word.folded) || word.intent === 'quote')
  );
}

/**
 * Whether a quote's words leave nothing to look for once mentions, pasted markup and punctuation are out
 * ("/quote @everyone", "/quote ???"): they ask for no words in particular, as no words do, and a random quote
 * answers them (they were asked for words, while "/quote" alone was answered).
 */
export function nothingToLookFor(query: string): boolean {
  return !/[\p{L}\p{N}]/u.test(withoutPastedMarkup(query));
}

/**
 * Whether a message names something to look for: a word that is no filler or small talk ("when did the
 * recession start" of `author:obama`; not "anything", "please").
 */
export function asksOfSomething(words: readonly Word[]): boolean {
  return words.some((word) => !FILLER.has(word.folded) && !SMALL_TALK.has(word.folded) && !word.intent);
}
