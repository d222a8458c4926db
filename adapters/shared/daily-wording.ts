import type { DailyPlatform } from '../../src/daily/schedule.js';
import {
  formatDays,
  type DailyReply,
  type DailyRequest,
  type DailySchedule,
  type NextPost,
  type PauseReason,
} from '../../src/index.js';

/** How a platform writes the pieces of a sentence: its own escaping, quoting and code style. */
export interface DailyWordingStyle {
  /** A user's input, escaped and quoted. */
  readonly quoted: (text: string) => string;
  /** A few suggestions, each quoted. */
  readonly list: (items: readonly string[]) => string;
  /** A name to copy back as it is (a timezone, a slug, a command), as the platform shows code: `America/New_York`. */
  readonly code: (text: string) => string;
  /** The command that lists articles, as the platform names it (`/articles`). */
  readonly articlesCommand: string;
}

/** What a daily post run did, worded for the platform that posts ("Discord asked me to slow down…"). */
export function outcomeWords(status: string, platform: 'Discord' | 'Slack'): string | undefined {
  const words: Readonly<Record<string, string>> = {
    posted: 'Posted today’s quote in',
    'already-posted': 'Today’s quote was already posted in',
    busy: 'Today’s quote is being posted right now in',
    failed: `${platform} asked me to slow down; the next run will post it in`,
    pending: `${platform} failed to confirm the post; the next run will check and finish it in`,
    uncertain: 'The post may not have arrived; I left it alone rather than risk a duplicate in',
    paused: 'The daily quote is paused and nothing was posted in',
    'no-poster': `Daily posting to ${platform} is not running in this process, so nothing was posted in`,
    'would-post': 'I would post today’s quote in',
  };
  return Object.hasOwn(words, status) ? words[status] : undefined;
}

/**
 * Why the bot may not post in a channel, with each platform's advice: the chat's `/daily status` and the
 * shell's `quotebot daily status` say the same (check the channel's permissions on Discord, invite the bot on
 * Slack).
 */
export const FORBIDDEN_ADVICE = {
  discord: 'I may not post there: check my permissions in that channel',
  slack: 'I may not post there: invite me to the channel (`/invite @quotebot`)',
  console: 'I may not post there',
} as const satisfies Record<DailyPlatform, string>;

/** Who may change daily schedules on each chat platform. */
export const DAILY_MANAGERS = {
  discord: 'members with the Manage Server permission',
  slack: 'workspace admins and owners (and the users in SLACK_DAILY_ADMINS)',
} as const;

/**
 * Why a schedule is paused, for `/daily status`. `forbidden` is the platform's own advice (check the
 * channel's permissions on Discord, invite the bot on Slack).
 */
export function pauseWords(code: PauseReason['code'], forbidden: string): string {
  switch (code) {
    case 'forbidden':
      return forbidden;
    case 'gone':
      return 'the channel is gone or I can no longer see it';
    case 'unknown-article':
      return 'its article is no longer in the library';
    case 'nothing-to-post':
      return 'no passage is long enough to post';
  }
}

/**
 * The answer to a `/daily` command while the store cannot be reached: what could not be done, and that it
 * is worth trying again soon (a database restart takes seconds), in the chat and the shell alike.
 */
export function storeUnavailableWords(action: DailyRequest['kind']): string {
  const what = {
    'daily-set': 'The daily quote settings cannot be saved',
    'daily-stop': 'The daily quote settings cannot be saved',
    'daily-status': 'The daily quote settings cannot be read',
    'daily-now': 'Today’s quote cannot be posted',
  }[action];
  return `${what} right now: my storage does not answer. Please try again in a minute.`;
}

/** What to type for a timezone, after one not known: the forms `timezone:` and `--timezone` accept. */
export const TIMEZONE_FORMS = 'use an IANA name such as Europe/Berlin or UTC, or a city such as new york';

/** A `/daily` input the core refused. */
export type DailyInputProblem = Extract<
  DailyReply,
  { kind: 'invalid-time' | 'invalid-timezone' | 'invalid-days' | 'unknown-article' }
>;

/** The answer to a `/daily` input the core refused: a bad time, timezone, days or article. */
export function dailyInputProblem(reply: DailyInputProblem, style: DailyWordingStyle): string {
  const { quoted, list } = style;
  switch (reply.kind) {
    case 'invalid-time':
      return `${quoted(reply.input)} is not a time: use HH:MM (24 h) or 9am, e.g. 09:00.`;
    case 'invalid-timezone':
      return `${quoted(reply.input)} is not a timezone I know: ${TIMEZONE_FORMS}.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ''}`;
    case 'invalid-days':
      return `${quoted(reply.input)} is no list of days: use e.g. mon,wed,fri or mon-fri or weekdays.`;
    case 'unknown-article':
      return `There is no article ${quoted(reply.article)}.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ` ${style.code(style.articlesCommand)} lists them.`}`;
  }
}

/** What a platform supplies to word every `/daily` answer: its links, times, escaping and advice. */
export interface DailyReplyStyle extends DailyWordingStyle {
  readonly platform: 'Discord' | 'Slack';
  /** The command that sets a schedule, as the platform names it (`/daily`). */
  readonly dailyCommand: string;
  readonly channel: (id: string) => string;
  readonly when: (next: NextPost) => string;
  /** Text from the store or content, escaped. */
  readonly escaped: (text: string) => string;
  /** Why the bot may not post in a channel, with the platform's advice. */
  readonly forbidden: string;
  /** Who may change schedules on this platform. */
  readonly managers: string;
}

/**
 * Said after `/daily set` when the platform tells the bot is not in the channel (Slack: `not_in_channel`):
 * without an invitation its first post there fails and pauses the schedule.
 */
export function notInChannelWords(channelId: string, s: DailyReplyStyle): string {
  return `I am not in ${s.channel(channelId)} yet, so I cannot post there: invite me (${s.code('/invite @quotebot')}) before the first post, or the schedule pauses.`;
}

function describeSchedule(schedule: DailySchedule, s: DailyReplyStyle): string {
  const days = schedule.days.length === 7 ? 'every day' : `on ${formatDays(schedule.days)}`;
  const from = schedule.article ? `, quoting ${s.code(schedule.article)}` : '';
  const card = schedule.card ? ', as a card' : '';
  return `${days} at ${schedule.time} (${s.code(schedule.timezone)})${from}${card}`;
}

/**
 * A paused schedule, why, and how to start it again: "Paused: I may not post there: invite me to the channel…
 * `/daily set` starts it again." `set` is the command that sets it, shown as the chat or the shell shows one.
 */
export function pausedWords(reason: PauseReason, forbidden: string, set: string): string {
  return `Paused: ${pauseWords(reason.code, forbidden)}. ${set} starts it again.`;
}

function scheduleState(schedule: DailySchedule, next: NextPost | null, s: DailyReplyStyle): string {
  if (!schedule.enabled) return `Stopped. ${s.code(`${s.dailyCommand} set`)} starts it again.`;
  if (schedule.pausedReason)
    return pausedWords(schedule.pausedReason, s.forbidden, s.code(`${s.dailyCommand} set`));
  return next ? `Next: ${s.when(next)}${next.dueNow ? ', due now' : ''}.` : 'No post in the coming week.';
}

/** Every `/daily` answer, in the same words on each platform. */
export function dailyReplyWords(reply: DailyReply, s: DailyReplyStyle): string {
  switch (reply.kind) {
    case 'daily-set':
      return `${reply.created ? 'Daily quote set' : 'Daily quote updated'} for ${s.channel(reply.schedule.channelId)}: ${describeSchedule(reply.schedule, s)}. ${scheduleState(reply.schedule, reply.next, s)}`;
    case 'daily-stopped':
      return reply.already
        ? `The daily quote in ${s.channel(reply.schedule.channelId)} was already stopped.`
        : `Stopped the daily quote in ${s.channel(reply.schedule.channelId)}.`;
    case 'daily-status': {
      const { schedule, rotation, today, ahead } = reply;
      return [
        `Daily quote in ${s.channel(schedule.channelId)}: ${describeSchedule(schedule, s)}.`,
        scheduleState(schedule, reply.next, s),
        ...(today ? [`Today’s post: ${s.escaped(today.status)}.`] : []),
        ...(ahead
          ? [`The post of ${ahead.localDate} was made ahead of time: ${s.escaped(ahead.status)}.`]
          : []),
        `Rotation: ${rotation.used} of ${rotation.total} passages used (cycle ${rotation.cycle}).`,
      ].join('\n');
    }
    case 'daily-posted': {
      const { outcome } = reply;
      const detail = outcome.status === 'paused' && outcome.detail ? ` (${s.escaped(outcome.detail)})` : '';
      return `${outcomeWords(outcome.status, s.platform) ?? s.escaped(outcome.status)} ${s.channel(outcome.channelId)}.${detail}`;
    }
    case 'daily-none':
      return `There is no daily quote in ${s.channel(reply.channelId)}. ${s.code(`${s.dailyCommand} set`)} starts one.`;
    case 'not-allowed':
      return `Only ${s.managers} can change the daily quote.`;
    case 'invalid-time':
    case 'invalid-timezone':
    case 'invalid-days':
    case 'unknown-article':
      return dailyInputProblem(reply, s);
    case 'store-unavailable':
      return storeUnavailableWords(reply.action);
  }
}
