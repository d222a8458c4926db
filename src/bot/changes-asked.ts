import type { IntentOptions } from './intent-options.js';
import type { BotRequest } from './requests.js';

/**
 * "what changed in 2.15?", "what's new in v2.14.0", "what is different in rfc 12?": what a document holds,
 * asked of it by the name after "in".
 */
const WHAT_CHANGED_IN =
  /^what(?:(?:\s+(?:has|have|was|were))?\s+changed|(?:['’]s|\s+(?:is|are))\s+(?:new|changed|different))\s+in\s+(.+?)[\s?!.]*$/iu;

/**
 * A question of what changed in a document its identifier names ("what changed in 2.15?" of the v2.15.0
 * release notes, "what's new in rfc 12"): that document's summary, which is the list of its changes, not a
 * search for "changed". Undefined when the words after "in" identify no one document ("what changed in the
 * economy?" searches the texts).
 */
export function changesAsked(
  text: string,
  options: Pick<IntentOptions, 'articleIdentified'>,
): Extract<BotRequest, { kind: 'summary' }> | undefined {
  const named = WHAT_CHANGED_IN.exec(text.trim())?.[1];
  const slug = named === undefined ? undefined : options.articleIdentified?.(named);
  return slug === undefined ? undefined : { kind: 'summary', article: slug };
}
