import { formatDays, type DailyReply, type DailySchedule, type NextPost } from '../../src/index.js';
import { section, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS, truncate } from './limits.js';
import { escapeMrkdwn, mrkdwnWithin } from './mrkdwn.js';
import { dailyInputProblem, outcomeWords, pauseWords } from '../shared/daily-wording.js';

/** A channel link. Ids come from Slack's payload or `channelIdFromOption` (letters and digits only). */
const channel = (id: string): string => (/^[A-Z0-9]+$/i.test(id) ? `<#${id}>` : escapeMrkdwn(id));
const quoted = (text: string): string => `“${mrkdwnWithin(text, 200)}”`;
const list = (items: readonly string[]): string => items.slice(0, 5).map(quoted).join(', ');

/** Slack's date formatting: each reader sees the time in their own timezone; the fallback is UTC. */
function when(next: NextPost): string {
  const unix = Math.floor(Date.parse(next.at) / 1000);
  return `<!date^${unix}^{date_short_pretty} at {time}|${next.at}>`;
}

function describe(schedule: DailySchedule): string {
  const days = schedule.days.length === 7 ? 'every day' : `on ${formatDays(schedule.days)}`;
  const from = schedule.article ? `, quoting \`${escapeMrkdwn(schedule.article)}\`` : '';
  return `${days} at ${schedule.time} (${escapeMrkdwn(schedule.timezone)})${from}`;
}

function state(schedule: DailySchedule, next: NextPost | null, daily: string): string {
  if (!schedule.enabled) return `Stopped. \`${daily} set\` starts it again.`;
  if (schedule.pausedReason) {
    const why = pauseWords(
      schedule.pausedReason.code,
      'I may not post there: invite me to the channel (`/invite @quotebot`)',
    );
    return `Paused: ${why}. \`${daily} set\` starts it again.`;
  }
  return next ? `Next: ${when(next)}${next.dueNow ? ', due now' : ''}.` : 'No post in the coming week.';
}

function words(reply: DailyReply, daily: string, articles: string): string {
  switch (reply.kind) {
    case 'daily-set':
      return `${reply.created ? 'Daily quote set' : 'Daily quote updated'} for ${channel(reply.schedule.channelId)}: ${describe(reply.schedule)}. ${state(reply.schedule, reply.next, daily)}`;
    case 'daily-stopped':
      return `Stopped the daily quote in ${channel(reply.schedule.channelId)}.`;
    case 'daily-status': {
      const { schedule, rotation, today } = reply;
      return [
        `Daily quote in ${channel(schedule.channelId)}: ${describe(schedule)}.`,
        state(schedule, reply.next, daily),
        ...(today ? [`Today’s post: ${escapeMrkdwn(today.status)}.`] : []),
        `Rotation: ${rotation.used} of ${rotation.total} passages used (cycle ${rotation.cycle}).`,
      ].join('\n');
    }
    case 'daily-posted': {
      const detail =
        reply.outcome.status === 'paused' && reply.outcome.detail
          ? ` (${mrkdwnWithin(reply.outcome.detail, 200)})`
          : '';
      return `${outcomeWords(reply.outcome.status, 'Slack') ?? escapeMrkdwn(reply.outcome.status)} ${channel(reply.outcome.channelId)}.${detail}`;
    }
    case 'daily-none':
      return `There is no daily quote in ${channel(reply.channelId)}. \`${daily} set\` starts one.`;
    case 'not-allowed':
      return 'Only workspace admins and owners (and the users in SLACK_DAILY_ADMINS) can change the daily quote.';
    case 'invalid-time':
    case 'invalid-timezone':
    case 'invalid-days':
    case 'unknown-article':
      return dailyInputProblem(reply, { quoted, list, articlesCommand: articles });
  }
}

/** `/daily` answers for Slack, to the asker only: channels as links, times in each reader's timezone. */
export function renderDaily(reply: DailyReply, daily = '/daily', articles = '/articles'): SlackMessage {
  const text = words(reply, escapeMrkdwn(daily), escapeMrkdwn(articles));
  // The text is mrkdwn already (escaped, our own links): the notification text can carry it as it is.
  return { text: truncate(text, SLACK_LIMITS.fallbackText), blocks: [section(text)] };
}
