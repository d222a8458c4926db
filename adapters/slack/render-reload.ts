import type { ArticlesReloadReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { fallback, section, sectionsOfLines, withinBlockLimit, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';
import { mrkdwnWithin } from './mrkdwn.js';

/** `/articles reload`, answered to the asker only. */
export function renderReload(reply: ArticlesReloadReply): SlackMessage {
  if (reply.kind === 'not-allowed') {
    const text =
      reply.reason === 'not-manager'
        ? en.reloadNotManager('workspace admins and owners (and the users in SLACK_DAILY_ADMINS)')
        : en.reloadUnavailable;
    return { text: fallback(text), blocks: [section(text)] };
  }
  const head = en.reloaded(reply);
  const skipped = reply.problems.map(
    (problem) => `• ${mrkdwnWithin(problem.message, SLACK_LIMITS.sectionText - 2)}`,
  );
  const lines = skipped.length > 0 ? [head, en.skipped(skipped.length), ...skipped] : [head];
  return { text: fallback(head), blocks: withinBlockLimit(sectionsOfLines(lines), []) };
}
