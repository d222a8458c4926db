import { NO_LEXICON, type Lexicon } from '../search/lexicon.js';
import { speakerOf } from './speaker.js';
import { NAME } from './speaker-names.js';

/**
 * Verbs that introduce pasted chat, mail or speech on the line before it ("Priya wrote at 14:26:", "Dmitri
 * answered:", "Aisha summed it up in the channel:"): the verbs of saying and those of a conversation's turn.
 */
const TURN = String.raw`(?:said|says|wrote|writes|answered|answers|replied|replies|responded|responds|asked|asks|added|adds|posted|posts|commented|comments|messaged|typed|put\s+it|summed\s+(?:it\s+)?up|explained|recalled|told\s+\p{Ll}+)`;

/**
 * A lead-in: a name (perhaps after a role, "on-call engineer Priya", or followed by one set apart by commas,
 * "Dmitri Volkov, the database engineer on call, answered"), the verb, and a few words of where or when, ending
 * in a colon.
 */
const LEAD_IN = new RegExp(
  String.raw`(?:^|[\s,;(])(${NAME})(?:,[^,:"“”]{1,80},)?(?:\s+\p{Ll}+ly|\s+then|\s+later|\s+also)?\s+${TURN}(?![\p{L}])[^"“”]{0,60}?:$`,
  'u',
);

/**
 * Who a lead-in names as the one whose words follow it: "In the incident channel Priya wrote at 14:26:" →
 * "Priya", "And Dmitri Volkov, the database engineer on call as secondary, answered:" → "Dmitri Volkov".
 * Undefined when the text is no lead-in (it does not end in a colon, or names nobody saying anything), or
 * names the writer ("I wrote:", "We answered:").
 */
export function leadInSpeaker(text: string, lexicon: Lexicon = NO_LEXICON): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':')) return undefined;
  const named = LEAD_IN.exec(trimmed)?.[1] ?? speakerOf(trimmed, lexicon);
  if (named === undefined || /^(?:I|We|And|In|On|At|Then|The)$/u.test(named)) return undefined;
  return named.replace(/^(?:And|Then|So|But)\s+/u, '');
}
