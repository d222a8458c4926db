import { formatDays, type DailyReply, type DailySchedule, type NextPost } from '../../src/index.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText } from './markdown.js';

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
    const why = {
      forbidden: 'I may not post there: check my permissions in that channel',
      gone: 'the channel is gone or I can no longer see it',
      'unknown-article': 'its article is no longer in the library',
      'nothing-to-post': 'no passage is long enough to post',
    }[schedule.pausedReason.code];
    return `Paused: ${why}. \`/daily set\` starts it again.`;
  }
  return next ? `Next: ${when(next)}${next.dueNow ? ', due now' : ''}.` : 'No post in the coming week.';
}

const OUTCOME: Record<string, string> = {
  posted: 'Posted today’s quote in',
  'already-posted': 'Today’s quote was already posted in',
  busy: 'Today’s quote is being posted right now in',
  failed: 'Discord asked me to slow down; the next run will post it in',
  pending: 'Discord failed to confirm the post; the next run will check and finish it in',
  uncertain: 'The post may not have arrived; I left it alone rather than risk a duplicate in',
  paused: 'The daily quote is paused and nothing was posted in',
  'no-poster': 'Daily posting to Discord is not running in this process, so nothing was posted in',
  'would-post': 'I would post today’s quote in',
};

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
        return `${OUTCOME[reply.outcome.status] ?? reply.outcome.status} ${channel(reply.outcome.channelId)}.${reply.outcome.status === 'paused' && reply.outcome.detail ? ` (${escapeText(truncate(reply.outcome.detail, 200))})` : ''}`;
      case 'daily-none':
        return `There is no daily quote in ${channel(reply.channelId)}. \`/daily set\` starts one.`;
      case 'not-allowed':
        return 'Only members with the Manage Server permission can change the daily quote.';
      case 'invalid-time':
        return `${quoted(reply.input)} is not a time: use HH:MM (24 h), e.g. 09:00.`;
      case 'invalid-timezone':
        return `${quoted(reply.input)} is not a timezone I know.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ' Try a city, e.g. Europe/Berlin.'}`;
      case 'invalid-days':
        return `${quoted(reply.input)} are not days: use e.g. mon,wed,fri or mon-fri or weekdays.`;
      case 'unknown-article':
        return `There is no article ${quoted(reply.article)}.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ' `/articles` lists them.'}`;
    }
  })();
  return textMessage(truncate(text, DISCORD_LIMITS.content), true);
}
