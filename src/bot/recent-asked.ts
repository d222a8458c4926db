import { ITEM_NOUN_OR_PLURAL } from './item-nouns.js';

/**
 * Words that ask for the newest of what the library has on something: "what's the latest on the bridge?",
 * "any updates on the strike?", "the most recent news about the budget", "anything newer about the floods?".
 * The subject is what follows "on" or "about"; the article's date, not the words, says which is newest.
 */
const RECENT_ON = new RegExp(
  String.raw`^(?:(?:so|and|ok|okay|hey|hi),? )?(?:(?:what(?:['’]?s| is| are)|is there|are there|got|have you got|do you have|give me|show me|tell me)\s+)?(?:(?:the|any|anything|something|an?|some)\s+)?(?:(?:latest|newest|most recent|newer|more recent|recent)(?:\s+(?:news|updates?|${ITEM_NOUN_OR_PLURAL}|word|quotes?))?|updates?)\s+(?:on|about|regarding|concerning|re|with)\s+(.+?)[\s?!.]*$`,
  'iu',
);

/**
 * The subject of a message that asks for the latest on it ("the bridge" of "what's the latest on the
 * bridge?"), or undefined when the message asks nothing of the kind.
 */
export function recentAsked(text: string): string | undefined {
  const subject = RECENT_ON.exec(text.trim())?.[1]?.trim();
  return subject === undefined || subject === '' ? undefined : subject;
}

/**
 * "the latest on the bridge" within a request for something else ("summarize the latest on the bridge", "a
 * summary of the newest news about the strike"): the newest of what the library has on it, its subject after
 * "on" or "about".
 */
const LATEST_ON = new RegExp(
  String.raw`\b(?:the\s+)?(?:latest|newest|most recent)(?:\s+(?:news|updates?|${ITEM_NOUN_OR_PLURAL}|word))?\s+(?:on|about|regarding|concerning|re)\s+(.+?)[\s?!.]*$`,
  'iu',
);

/**
 * The subject of the newest on something that a request names in its words ("the bridge" of "summarize the
 * latest on the bridge"), or undefined when it names none.
 */
export function latestOnIn(text: string): string | undefined {
  const subject = LATEST_ON.exec(text.trim())?.[1]?.trim();
  return subject === undefined || subject === '' ? undefined : subject;
}
