import type { ArticlesReloadReply } from '../../src/index.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText } from './markdown.js';

/** `/articles reload`, answered to the asker only. */
export function renderReload(reply: ArticlesReloadReply): DiscordMessage {
  if (reply.kind === 'not-allowed') {
    return textMessage(
      reply.reason === 'not-manager'
        ? 'Only members with the Manage Server permission can reload the articles.'
        : 'This bot has no content folder to re-read.',
      true,
    );
  }
  const head = reply.keptPrevious
    ? `No article could be loaded, so I kept the ${reply.articles} I had.`
    : `Reloaded: ${reply.articles} article${reply.articles === 1 ? '' : 's'}.`;
  const problems = reply.problems.map((problem) => `• ${escapeText(problem.message)}`);
  const skipped = problems.length > 0 ? `\nSkipped ${problems.length} file(s):\n${problems.join('\n')}` : '';
  return textMessage(truncate(`${head}${skipped}`, DISCORD_LIMITS.content), true);
}
