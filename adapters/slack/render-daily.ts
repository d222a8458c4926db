import type { DailyReply, NextPost } from '../../src/index.js';
import { dailyReplyWords, FORBIDDEN_ADVICE, type DailyReplyStyle } from '../shared/daily-wording.js';
import { section, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS, truncate } from './limits.js';
import { escapeMrkdwn, mrkdwnWithin } from './mrkdwn.js';

const quoted = (text: string): string => `“${mrkdwnWithin(text, 200)}”`;

/** Slack's date formatting: each reader sees the time in their own timezone; the fallback is UTC. */
function when(next: NextPost): string {
  const unix = Math.floor(Date.parse(next.at) / 1000);
  return `<!date^${unix}^{date_short_pretty} at {time}|${next.at}>`;
}

function slackDaily(daily: string, articles: string): DailyReplyStyle {
  return {
    platform: 'Slack',
    quoted,
    list: (items) => items.slice(0, 5).map(quoted).join(', '),
    articlesCommand: articles,
    dailyCommand: daily,
    // Ids come from Slack's payload or `channelIdFromOption` (letters and digits only).
    channel: (id) => (/^[A-Z0-9]+$/i.test(id) ? `<#${id}>` : escapeMrkdwn(id)),
    when,
    escaped: (text) => mrkdwnWithin(text, 200),
    forbidden: FORBIDDEN_ADVICE.slack,
    managers: 'workspace admins and owners (and the users in SLACK_DAILY_ADMINS)',
  };
}

/** `/daily` answers for Slack, to the asker only: channels as links, times in each reader's timezone. */
export function renderDaily(reply: DailyReply, daily = '/daily', articles = '/articles'): SlackMessage {
  const text = dailyReplyWords(reply, slackDaily(escapeMrkdwn(daily), escapeMrkdwn(articles)));
  // The text is mrkdwn already (escaped, our own links): the notification text can carry it as it is.
  return { text: truncate(text, SLACK_LIMITS.fallbackText), blocks: [section(text)] };
}
