import type { DailyReply, NextPost } from '../../src/index.js';
import {
  DAILY_MANAGERS,
  dailyReplyWords,
  FORBIDDEN_ADVICE,
  notInChannelWords,
  type DailyReplyStyle,
} from '../shared/daily-wording.js';
import { section, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS, truncate } from './limits.js';
import { escapeEntities, escapeMrkdwn, mrkdwnCode, mrkdwnWithin } from './mrkdwn.js';

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
    // Suggestions are timezones and slugs, to paste back.
    list: (items) => items.slice(0, 5).map(mrkdwnCode).join(', '),
    code: mrkdwnCode,
    articlesCommand: articles,
    dailyCommand: daily,
    // Ids come from Slack's payload or `channelIdFromOption` (letters and digits only).
    channel: (id) => (/^[A-Z0-9]+$/i.test(id) ? `<#${id}>` : escapeMrkdwn(id)),
    when,
    escaped: (text) => mrkdwnWithin(text, 200),
    forbidden: FORBIDDEN_ADVICE.slack,
    managers: DAILY_MANAGERS.slack,
  };
}

/**
 * The same words for the notification `text`, which Slack shows unformatted: real characters
 * (`America/New_York`), `&`, `<` and `>` escaped so that no mention forms, and Slack's own channel links and
 * dates kept, which notifications render.
 */
function plainDaily(daily: string, articles: string): DailyReplyStyle {
  const plain = (text: string): string => escapeEntities(truncate(text, 200));
  return {
    ...slackDaily(daily, articles),
    quoted: (text) => `“${plain(text)}”`,
    list: (items) => items.slice(0, 5).map(plain).join(', '),
    code: plain,
    channel: (id) => (/^[A-Z0-9]+$/i.test(id) ? `<#${id}>` : plain(id)),
    escaped: plain,
    forbidden: 'I may not post there: invite me to the channel (/invite @quotebot)',
  };
}

/** `/daily` answers for Slack, to the asker only: channels as links, times in each reader's timezone. */
export function renderDaily(reply: DailyReply, daily = '/daily', articles = '/articles'): SlackMessage {
  const text = dailyReplyWords(reply, slackDaily(daily, articles));
  const plain = dailyReplyWords(reply, plainDaily(daily, articles));
  return { text: truncate(plain, SLACK_LIMITS.fallbackText), blocks: [section(text)] };
}

/**
 * A `/daily set` answer with a line more when Slack says the bot is not in the schedule's channel (see
 * `botInChannel`): the posts would fail there until it is invited.
 */
export function withNotInChannel(
  message: SlackMessage,
  channelId: string,
  daily = '/daily',
  articles = '/articles',
): SlackMessage {
  const line = notInChannelWords(channelId, slackDaily(daily, articles));
  const plain = notInChannelWords(channelId, plainDaily(daily, articles));
  return {
    text: truncate(`${message.text} ${plain}`, SLACK_LIMITS.fallbackText),
    blocks: [...message.blocks, section(line)],
  };
}
