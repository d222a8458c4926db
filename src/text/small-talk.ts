/**
 * A turn of conversation that only keeps it going: "Yeah.", "Thank you, Maya.", "No, no, not at all.", "Oh,
 * wow.", "Right, of course.". Spoken, it is polite; quoted, posted or summarised, it says nothing.
 */

/** The words small talk is made of, in English conversation: answers, thanks, greetings and fillers. */
const SMALL_TALK_WORDS = new Set(
  (
    'yeah yes yep yup no nope nah ok okay right sure well so oh ah aha um uh er erm hmm mm mhm uh-huh wow ' +
    'great cool lovely nice good fine fair enough exactly absolutely totally definitely indeed true course ' +
    'of thanks thank you cheers welcome hi hello hey bye goodbye not at all sorry please pleasure glad ' +
    'me too very much so really i know see mean agree it is that was'
  ).split(' '),
);
/** The longest small talk: a longer turn says something. */
const MOST_WORDS = 6;

/**
 * Whether a sentence is small talk: six words or fewer, each one of `SMALL_TALK_WORDS` or a name said to
 * someone ("Thank you, Maya."), with at least one that is no name.
 */
export function isSmallTalk(sentence: string): boolean {
  const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0 || words.length > MOST_WORDS) return false;
  const named = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);
  const small = (word: string): boolean => SMALL_TALK_WORDS.has(word.toLowerCase().replace(/[’']/gu, ''));
  const asName = (word: string, at: number): boolean => at > 0 && named(word) && !small(word);
  return words.every((word, at) => small(word) || asName(word, at)) && words.some((word) => small(word));
}
