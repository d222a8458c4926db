import type { ArticlesReloadReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText } from './markdown.js';

/** `/articles reload`, answered to the asker only. */
export function renderReload(reply: ArticlesReloadReply): DiscordMessage {
  if (reply.kind === 'not-allowed') {
    return textMessage(
      reply.reason === 'not-manager'
        ? en.reloadNotManager('members with the Manage Server permission')
        : en.reloadUnavailable,
      true,
    );
  }
  const problems = reply.problems.map((problem) => `• ${escapeText(problem.message)}`);
  const skipped = problems.length > 0 ? `\n${en.skipped(problems.length)}\n${problems.join('\n')}` : '';
  return textMessage(truncate(`${en.reloaded(reply)}${skipped}`, DISCORD_LIMITS.content), true);
}
