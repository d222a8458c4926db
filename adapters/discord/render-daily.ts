import type { DailyReply, NextPost } from '../../src/index.js';
import {
  DAILY_MANAGERS,
  dailyReplyWords,
  FORBIDDEN_ADVICE,
  type DailyReplyStyle,
} from '../shared/daily-wording.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText } from './markdown.js';

const quoted = (text: string): string => `“${escapeText(truncate(text, 200))}”`;

/** A Discord timestamp: shown in each reader's own timezone. */
function when(next: NextPost): string {
  const unix = Math.floor(Date.parse(next.at) / 1000);
  return `<t:${unix}:F> (<t:${unix}:R>)`;
}

const DISCORD_DAILY: DailyReplyStyle = {
  platform: 'Discord',
  quoted,
  list: (items) => items.slice(0, 5).map(quoted).join(', '),
  code: (text) => `\`${text}\``,
  articlesCommand: '/articles',
  dailyCommand: '/daily',
  channel: (id) => `<#${id}>`,
  when,
  escaped: (text) => escapeText(truncate(text, 200)),
  forbidden: FORBIDDEN_ADVICE.discord,
  managers: DAILY_MANAGERS.discord,
};

/** `/daily` answers, worded for Discord (times as Discord timestamps, channels as links). */
export function renderDaily(reply: DailyReply): DiscordMessage {
  return textMessage(truncate(dailyReplyWords(reply, DISCORD_DAILY), DISCORD_LIMITS.content), true);
}
