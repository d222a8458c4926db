import type { types } from '@slack/bolt';
import { SLACK_LIMITS, truncate } from './limits.js';
import { mrkdwnWithin, plainWithin } from './mrkdwn.js';

export type Block = types.KnownBlock;

/** A Slack message as the adapter sends it: Block Kit, and a plain fallback for notifications. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

/**
 * A section of mrkdwn the renderer already escaped. `verbatim` stops Slack's own pre-processing (linking
 * bare URLs and channel names, parsing mentions); the text is cut to the section limit as a last guard.
 */
export function section(text: string): types.SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText), verbatim: true },
  };
}

/** A context block (small grey text) of escaped mrkdwn. */
export function context(...texts: readonly string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: texts.slice(0, SLACK_LIMITS.contextElements).map((text) => ({
      type: 'mrkdwn' as const,
      text: truncate(text, SLACK_LIMITS.contextText),
      verbatim: true,
    })),
  };
}

/** A context block of plain text from articles or users, escaped and cut to fit. */
export function contextOfText(text: string): types.ContextBlock {
  return context(mrkdwnWithin(text, SLACK_LIMITS.contextText));
}

/** Lines of escaped mrkdwn packed into as few sections as the section limit allows. */
export function sectionsOfLines(lines: readonly string[]): types.SectionBlock[] {
  const sections: types.SectionBlock[] = [];
  let current = '';
  for (const line of lines) {
    const fitted = truncate(line, SLACK_LIMITS.sectionText);
    if (current && current.length + 1 + fitted.length > SLACK_LIMITS.sectionText) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${fitted}` : fitted;
  }
  if (current) sections.push(section(current));
  return sections;
}

/**
 * Keeps a message within Slack's block limit: the `head` blocks are cut so that the `tail` (attribution,
 * buttons) always fits, with a note that the text goes on.
 */
export function withinBlockLimit(head: readonly Block[], tail: readonly Block[]): Block[] {
  const room = SLACK_LIMITS.blocks - tail.length;
  if (head.length <= room) return [...head, ...tail];
  return [...head.slice(0, room - 1), context('_(cut short: too long for one Slack message)_'), ...tail];
}

/**
 * The notification text (Slack's `text` beside the blocks), which Slack shows and reads aloud unformatted:
 * plain words with their real characters (`America/New_York`, not look-alikes), mentions escaped, short.
 */
export function fallback(text: string): string {
  return plainWithin(text, SLACK_LIMITS.fallbackText);
}
