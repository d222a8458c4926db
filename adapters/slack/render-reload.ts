import type { ArticlesReloadReply } from '../../src/index.js';
import { fallback, section, sectionsOfLines, withinBlockLimit, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';
import { mrkdwnWithin } from './mrkdwn.js';

/** `/articles reload`, answered to the asker only. */
export function renderReload(reply: ArticlesReloadReply): SlackMessage {
  if (reply.kind === 'not-allowed') {
    const text =
      reply.reason === 'not-manager'
        ? 'Only workspace admins and owners (and the users in SLACK_DAILY_ADMINS) can reload the articles.'
        : 'This bot has no content folder to re-read.';
    return { text: fallback(text), blocks: [section(text)] };
  }
  const head = reply.keptPrevious
    ? `No article could be loaded, so I kept the ${reply.articles} I had.`
    : `Reloaded: ${reply.articles} article${reply.articles === 1 ? '' : 's'}.`;
  const skipped = reply.problems.map(
    (problem) => `• ${mrkdwnWithin(problem.message, SLACK_LIMITS.sectionText - 2)}`,
  );
  const lines = skipped.length > 0 ? [head, `Skipped ${skipped.length} file(s):`, ...skipped] : [head];
  return { text: fallback(head), blocks: withinBlockLimit(sectionsOfLines(lines), []) };
}
