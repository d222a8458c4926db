import { STOPWORDS } from '../text/stopwords.js';
import { BOT_THINGS, BOT_WORDS, HOW_TO, TOPIC_MARKERS, type BotThing } from './intent-words.js';

/**
 * What a question about the bot's own things asks help on ("how do I add an article?": adding articles; "what
 * is a quote card?": `/quote`), as "what can you do?" asks for all of it; undefined when a word of it is none
 * of the bot's (see `BOT_WORDS`) or it is no such question.
 */
export function botThingAsked(corrected: string): BotThing | undefined {
  const rest = HOW_TO.exec(corrected)?.groups?.['rest'];
  if (rest === undefined) return undefined;
  const own = (word: string): boolean =>
    BOT_WORDS.has(word) || (STOPWORDS.has(word) && !TOPIC_MARKERS.has(word));
  if (!rest.split(' ').filter(Boolean).every(own)) return undefined;
  return BOT_THINGS.find(({ pattern }) => pattern.test(rest))?.thing;
}
