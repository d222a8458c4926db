/**
 * Common English chat shorthand and the words it stands for, read as those words before a message is parsed
 * ("can u quote smth abt schools" is "can you quote something about schools"). Only as typed in lower case:
 * "BC" and "Ur" are names, "u" is shorthand.
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  smth: 'something',
  sth: 'something',
  abt: 'about',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  'w/': 'with',
  'w/o': 'without',
  bc: 'because',
};

// A shorthand as a word of its own: not part of a word, an abbreviation ("u.s.") or a year ("500 bc").
const SHORTHAND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’/.-]|\p{N}\s)(${Object.keys(CHAT_SHORTHAND)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\p{L}\p{N}'’/-]|\.\p{L})`,
  'gu',
);

/** The message with its chat shorthand (see `CHAT_SHORTHAND`) written out. */
export function withoutChatShorthand(text: string): string {
  return text.replace(SHORTHAND, (shorthand: string) => CHAT_SHORTHAND[shorthand] ?? shorthand);
}
