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

/** A sentence's opening up to a colon, then a quotation mark: `Tom wrote in #inc-search at 22:21: "…`. */
const LEAD_IN_OPENING = /^([^"“”„«]{1,120}?:)\s+(?=["“„«])/u;

/**
 * Verbs that introduce a written message, as a team pastes chat and mail into its documents ("Tom wrote in
 * #inc-search at 22:21:", "Jonas replied a minute later:"), not the verbs of speech a report quotes by ("the
 * minister said:"): a reporter's "X said: "…"" is the sentence the report is written in, and its name is what a
 * search for the speaker finds.
 */
const MESSAGE_VERB =
  /(?:^|\s)(?:wrote|writes|posted|posts|replied|replies|answered|answers|responded|responds|messaged|typed|commented|comments)(?![\p{L}])/u;

/**
 * The length of a pasted message's lead-in run into the message in one sentence (`Tom wrote in #inc-search at
 * 22:21: "All three pods were on one node.`), the lead-in with the space after it: the message is the
 * writer's words, and the lead-in, like one on a line of its own, says only whose they are and where. 0 when
 * the sentence opens on no such lead-in (`leadInSpeaker`, with a verb of writing: `MESSAGE_VERB`).
 */
export function leadInLength(sentence: string, lexicon: Lexicon = NO_LEXICON): number {
  const found = LEAD_IN_OPENING.exec(sentence);
  if (found === null || !MESSAGE_VERB.test(found[1]!) || leadInSpeaker(found[1]!, lexicon) === undefined)
    return 0;
  return found[0].length;
}
