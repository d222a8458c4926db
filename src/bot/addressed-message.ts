import { withoutChatMarkdown } from '../text/chat-markdown.js';
import { withoutChatShorthand } from './chat-shorthand.js';

// Discord <@123>, <@!123>, <@&1>, Slack <@U123> or <@U123|name>, at the start of the message.
const PLATFORM_MENTION = /^\s*(?:<[@!#][^>]*>[\s,:;]*)+/;

/** The message without how it addresses the bot: "<@123> next" and "@quotebot, next" are "next". */
export function stripAddress(text: string, botName: string): string {
  const name = botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text
    .replace(PLATFORM_MENTION, '')
    .replace(new RegExp(`^\\s*(?:(?:hey|hi|ok|yo)\\s+)?@?${name}\\b[\\s,:;!]*`, 'i'), '')
    .trim();
}

/**
 * A message as plain words, the way it reads: its Markdown (`> `, `# `, `*x*`, `~x~`, a link's address, a
 * fenced code block) taken off and its chat shorthand ("u", "abt") written out.
 */
export function plainMessage(text: string): string {
  return withoutChatShorthand(withoutChatMarkdown(text));
}
