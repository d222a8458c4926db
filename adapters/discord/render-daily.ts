import { formatDays, type DailyReply, type DailySchedule, type NextPost } from '../../src/index.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText } from './markdown.js';
import { dailyInputProblem, outcomeWords, pauseWords } from '../shared/daily-wording.js';

const channel = (id: string): string => `<#${id}>`;
const quoted = (text: string): string => `“${escapeText(truncate(text, 200))}”`;
const list = (items: readonly string[]): string => items.slice(0, 5).map(quoted).join(', ');

/** A Discord timestamp: shown in each reader's own timezone. */
function when(next: NextPost): string {
  const unix = Math.floor(Date.parse(next.at) / 1000);
  return `<t:${unix}:F> (<t:${unix}:R>)`;
}

function describe(schedule: DailySchedule): string {
  const days = schedule.days.length === 7 ? 'every day' : `on ${formatDays(schedule.days)}`;
  const from = schedule.article ? `, quoting \`${schedule.article}\`` : '';
  return `${days} at ${schedule.time} (${schedule.timezone})${from}`;
}

function state(schedule: DailySchedule, next: NextPost | null): string {
  if (!schedule.enabled) return 'Stopped. `/daily set` starts it again.';
  if (schedule.pausedReason) {
    const why = pauseWords(
      schedule.pausedReason.code,
      'I may not post there: check my permissions in that channel',
    );
    return `Paused: ${why}. \`/daily set\` starts it again.`;
  }
  return next ? `Next: ${when(next)}${next.dueNow ? ', due now' : ''}.` : 'No post in the coming week.';
}

/** `/daily` answers, worded for Discord (times as Discord timestamps, channels as links). */
export function renderDaily(reply: DailyReply): DiscordMessage {
  const text = ((): string => {
    switch (reply.kind) {
      case 'daily-set':
        return `${reply.created ? 'Daily quote set' : 'Daily quote updated'} for ${channel(reply.schedule.channelId)}: ${describe(reply.schedule)}. ${state(reply.schedule, reply.next)}`;
      case 'daily-stopped':
        return `Stopped the daily quote in ${channel(reply.schedule.channelId)}.`;
      case 'daily-status': {
        const { schedule, rotation, today } = reply;
        return [
          `Daily quote in ${channel(schedule.channelId)}: ${describe(schedule)}.`,
          state(schedule, reply.next),
          ...(today ? [`Today’s post: ${today.status}.`] : []),
          `Rotation: ${rotation.used} of ${rotation.total} passages used (cycle ${rotation.cycle}).`,
        ].join('\n');
      }
      case 'daily-posted':
        return `${outcomeWords(reply.outcome.status, 'Discord') ?? reply.outcome.status} ${channel(reply.outcome.channelId)}.${reply.outcome.status === 'paused' && reply.outcome.detail ? ` (${escapeText(truncate(reply.outcome.detail, 200))})` : ''}`;
      case 'daily-none':
        return `There is no daily quote in ${channel(reply.channelId)}. \`/daily set\` starts one.`;
      case 'not-allowed':
        return 'Only members with the Manage Server permission can change the daily quote.';
      case 'invalid-time':
      case 'invalid-timezone':
      case 'invalid-days':
      case 'unknown-article':
        return dailyInputProblem(reply, { quoted, list, articlesCommand: '/articles' });
    }
  })();
  return textMessage(truncate(text, DISCORD_LIMITS.content), true);
}
