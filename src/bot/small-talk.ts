import { ACKNOWLEDGEMENTS, FILLER, THANKS } from './intent-words.js';
import type { Word } from './message-words.js';

/**
 * What small talk says when it is no greeting: thanks ("thank you!", "thx"), or an acknowledgement or a laugh
 * ("ok", "lol", "good bot"), which need no line of what to try; undefined for a greeting ("hi", "hey there").
 */
export function chatterOf(words: readonly Word[]): 'thanks' | 'ack' | undefined {
  if (words.some((word) => THANKS.has(word.folded))) return 'thanks';
  const ack = (word: Word): boolean => ACKNOWLEDGEMENTS.has(word.folded);
  return words.some(ack) && words.every((word) => ack(word) || FILLER.has(word.folded)) ? 'ack' : undefined;
}
