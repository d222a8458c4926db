import { parseArgs } from 'node:util';
import { passageCredit } from '../../src/content/passage-speaker.js';
import type { DailyOutcomeStatus } from '../../src/daily/outcome.js';
import { DAILY_PLATFORMS, isDailyPlatform } from '../../src/daily/schedule.js';
import type { PostStatus } from '../../src/daily/store.js';
import type {
  DailyOutcome,
  DailyReply,
  DailyRequest,
  DailyPosters,
  DailyRunReport,
  DailySchedule,
  Library,
} from '../../src/index.js';
import { WorkerCardPainter } from '../../runtime/card/worker-painter.js';
import { createDailyRuntime, type DailyRuntime } from '../../runtime/daily/daily-runtime.js';
import { openStores } from '../../runtime/store/open-stores.js';
import { quoteLines } from '../../runtime/daily/console-poster.js';
import { createPosters, loadPosterFactories } from '../../runtime/daily/posters.js';
import { systemClock } from '../../runtime/daily/system-clock.js';
import type { Environment } from '../../runtime/environment.js';
import { loadLibraryLazily } from '../../runtime/library-load.js';
import { createLogger } from '../../runtime/logger.js';
import { secretsOf } from '../../runtime/redact.js';
import { closestName } from '../../src/commands/command-text.js';
import { shellArgument } from '../../src/text/shell-words.js';
import {
  FORBIDDEN_ADVICE,
  pausedWords,
  storeUnavailableWords,
  TIMEZONE_FORMS,
} from '../shared/daily-wording.js';
import { noArticleError, UsageError } from './usage.js';
import { snapshotDetail } from './snapshot-detail.js';

/** Post statuses after which a cron job has nothing to worry about. */
const FINE = new Set<DailyOutcome['status']>(['posted', 'already-posted', 'busy', 'would-post']);

/** The stable JSON of one post in `quotebot daily run --json` (documented in the README). */
function outcomeJson(outcome: DailyOutcome) {
  return {
    platform: outcome.platform,
    channel: outcome.channelId,
    localDate: outcome.localDate,
    status: outcome.status,
    passage: outcome.passage && { id: outcome.passage.id, text: outcome.passage.text },
    messageId: outcome.messageId,
    attempts: outcome.attempts,
    resumed: outcome.resumed,
    detail: detailOf(outcome),
  };
}

/** The token a platform's posts need: a `no-poster` outcome says which is not set. */
const POSTER_TOKENS: Readonly<Record<string, string>> = {
  discord: 'DISCORD_TOKEN',
  slack: 'SLACK_BOT_TOKEN',
};

/** Why an outcome is what it is, if said: for `no-poster`, the token this process lacks. */
function detailOf(outcome: DailyOutcome): string | null {
  const token = POSTER_TOKENS[outcome.platform];
  if (outcome.status === 'no-poster' && token !== undefined) return `${token} is not set in this process`;
  return outcome.detail;
}

/**
 * A day's stored post in `daily run`'s words, so that `list` and `run` name one post alike: a post the store
 * keeps as "sent" is the one `run` reported "posted"; one claimed and not confirmed is "pending" (the next
 * run resumes it).
 */
const RUN_WORDS: Readonly<Record<PostStatus, DailyOutcomeStatus>> = {
  sent: 'posted',
  sending: 'pending',
  failed: 'failed',
  uncertain: 'uncertain',
};

/** The stable JSON of one schedule in `quotebot daily list --json` (and `set`, `stop`, `status`). */
function scheduleJson(reply: Extract<DailyReply, { kind: 'daily-status' }>) {
  const { schedule, next, today, last, rotation } = reply;
  return {
    platform: schedule.platform,
    channel: schedule.channelId,
    workspace: schedule.workspaceId,
    time: schedule.time,
    timezone: schedule.timezone,
    days: schedule.days,
    article: schedule.article,
    card: schedule.card === true,
    enabled: schedule.enabled,
    paused: schedule.pausedReason,
    next: next && { at: next.at, localDate: next.localDate, localTime: next.localTime, dueNow: next.dueNow },
    today: today && {
      status: RUN_WORDS[today.status],
      passageId: today.passageId,
      messageId: today.messageId,
    },
    lastPost: last && { localDate: last.localDate, passageId: last.passageId, messageId: last.messageId },
    rotation,
  };
}

const where = (s: { platform: string; channelId: string }): string => `${s.platform}:${s.channelId}`;

function scheduleLine(reply: Extract<DailyReply, { kind: 'daily-status' }>): string {
  const { schedule, next, ahead } = reply;
  const scope = `${schedule.article ?? 'whole library'}${schedule.card ? ' (card)' : ''}`;
  const state = !schedule.enabled
    ? 'stopped'
    : schedule.pausedReason
      ? `${pausedWords(schedule.pausedReason, FORBIDDEN_ADVICE[schedule.platform], `\`${setCommand(schedule)}\``)} (${schedule.pausedReason.code}: ${schedule.pausedReason.detail})`
      : next
        ? `next ${next.localDate} ${next.localTime} ${next.timezone}${next.dueNow ? ' (due now)' : ''}`
        : 'no post in the coming week';
  const early = ahead ? `; ${ahead.localDate} posted ahead of time` : '';
  return `${where(schedule)}  ${schedule.time} ${schedule.timezone} ${schedule.days.join(',')}  ${scope}  ${state}${early}`;
}

/** The `daily set` that sets this schedule again as it is (and so starts it again when paused). */
function setCommand(schedule: DailySchedule): string {
  const days = schedule.days.length === 7 ? '' : ` --days ${schedule.days.join(',')}`;
  const article = schedule.article === null ? '' : ` --article ${shellArgument(schedule.article)}`;
  return `quotebot daily set --platform ${schedule.platform} --channel ${shellArgument(schedule.channelId)} --time ${schedule.time} --timezone ${shellArgument(schedule.timezone)}${days}${article}${schedule.card ? ' --card' : ''}`;
}

/** What a schedule set from the shell posts: when, on which days, from what, and how. */
function setText(schedule: DailySchedule): string {
  const days = schedule.days.length === 7 ? '' : ` ${schedule.days.join(',')}`;
  const article = schedule.article === null ? '' : `, quoting ${schedule.article}`;
  return `${schedule.time} ${schedule.timezone}${days}${article}${schedule.card ? ', as a card' : ''}`;
}

function replyText(reply: DailyReply): string {
  switch (reply.kind) {
    case 'daily-set':
      return `${reply.created ? 'Scheduled' : 'Updated'} ${where(reply.schedule)}: ${setText(reply.schedule)}${reply.next ? `, next ${reply.next.localDate} ${reply.next.localTime}` : ''}`;
    case 'daily-stopped':
      return reply.already
        ? `${where(reply.schedule)} was already stopped.`
        : `Stopped ${where(reply.schedule)}.`;
    case 'daily-status':
      return scheduleLine(reply);
    case 'daily-posted':
      return `${reply.outcome.status}: ${reply.outcome.passage?.id ?? '-'}`;
    case 'daily-none':
      return `No daily schedule for ${reply.platform}:${reply.channelId}.`;
    case 'not-allowed':
      return 'Not allowed.';
    case 'invalid-time':
      return `"${reply.input}" is not a time: use HH:MM (24 h) or 9am, e.g. 09:00.`;
    case 'invalid-timezone':
      return `"${reply.input}" is not a timezone I know: ${TIMEZONE_FORMS}.${reply.suggestions.length ? ` Did you mean ${reply.suggestions.join(', ')}?` : ''}`;
    case 'invalid-days':
      return `"${reply.input}" is no list of days: use e.g. mon,wed,fri or mon-fri or weekdays.`;
    case 'store-unavailable':
      return storeUnavailableWords(reply.action);
    case 'unknown-article':
      return `No article "${reply.article}".${reply.suggestions.length ? ` Did you mean ${reply.suggestions.join(', ')}?` : ''}`;
  }
}

/**
 * `daily run`'s report: a line per post; under a post it would make, the quote and its attribution as the
 * console platform prints them, so that a dry run shows what a channel would read, not only a passage id.
 */
function runText(report: DailyRunReport, dryRun: boolean, library: Library): string {
  const lines = [
    `${report.at}: ${report.outcomes.length} due of ${report.checked} schedule(s)${dryRun ? ' (dry run)' : ''}`,
  ];
  for (const outcome of report.outcomes) {
    const extra = outcome.messageId ?? detailOf(outcome) ?? '';
    lines.push(
      `  ${outcome.status.padEnd(14)} ${where(outcome)} ${outcome.localDate} ${outcome.passage?.id ?? '-'} ${extra}`.trimEnd(),
    );
    const article = outcome.passage && library.article(outcome.passage.slug);
    if (outcome.status === 'would-post' && outcome.passage && article) {
      const credit = passageCredit(article, outcome.passage, library.options.lexicon);
      lines.push(...quoteLines(outcome.passage, credit).map((line) => `    ${line}`));
    }
  }
  return lines.join('\n');
}

function parseAt(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (
    !/(Z|[+-]\d\d:?\d\d)$/i.test(value.trim()) ||
    Number.isNaN(at.getTime()) ||
    !isCalendarDate(value.trim())
  )
    throw new UsageError(`--at must be an ISO-8601 instant with a timezone, e.g. 2026-03-29T09:00:00+02:00`);
  return at;
}

/**
 * Whether an instant's date is one of the calendar's: `Date` reads 2026-02-30 as 2 March, and a typo in a
 * catch-up script must not become a real post for another day.
 */
function isCalendarDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(value);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function channelOf(values: { platform?: string | undefined; channel?: string | undefined }) {
  const { platform, channel } = values;
  if (platform === undefined || channel === undefined)
    throw new UsageError('daily set, stop and status need --platform and --channel');
  if (!isDailyPlatform(platform))
    throw new UsageError(`--platform must be one of ${DAILY_PLATFORMS.join(', ')}`);
  return { platform, channelId: channel, workspaceId: null, userId: null, canManage: true };
}

const OPTIONS = {
  at: { type: 'string' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  platform: { type: 'string' },
  channel: { type: 'string' },
  workspace: { type: 'string' },
  time: { type: 'string' },
  timezone: { type: 'string' },
  days: { type: 'string' },
  article: { type: 'string' },
  card: { type: 'boolean' },
} as const;

/** What `quotebot daily` does: the word after `daily`. */
const DAILY_ACTIONS: readonly string[] = ['run', 'list', 'set', 'stop', 'status'];

/** What `daily` says of no action, or one it lacks, naming the one meant when one is close (`sett`: set). */
function unknownDailyAction(typed: string | undefined): string {
  const needs = `daily needs one of: ${DAILY_ACTIONS.join(', ')}`;
  // An option first (`daily --json`) is no misspelt command: only what is needed is said.
  if (typed === undefined || typed.startsWith('-')) return needs;
  const closest = closestName(typed, DAILY_ACTIONS);
  return `unknown daily command "${typed}"${closest === undefined ? '' : ` (did you mean ${closest}?)`}; ${needs}`;
}

/**
 * `quotebot daily run [--at ISO] [--json] [--dry-run] [--force]`, `daily list [--json]`,
 * `daily set --platform P --channel C --time HH:MM --timezone TZ [--days D] [--article SLUG] [--card]`,
 * `daily stop|status --platform P --channel C`. Exit code 1 when a due post did not go out.
 */
export async function dailyCommand(
  environment: Environment,
  args: string[],
): Promise<{ out: string; code: number }> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: OPTIONS });
  if (!DAILY_ACTIONS.includes(action ?? '')) throw new UsageError(unknownDailyAction(action));
  // Its report says what was posted; the bot's info lines ("daily post sent") only when LOG_LEVEL asks for
  // them.
  const logger = createLogger(
    environment.config.LOG_LEVEL ?? 'warn',
    undefined,
    secretsOf(environment.config),
  );
  // The library snapshot: a cron job every minute parses nothing while the content is unchanged.
  const { library } = await loadLibraryLazily(environment.contentDir, {
    dataDir: environment.snapshotDir,
    detail: snapshotDetail(environment.config.LOG_LEVEL),
  });
  const consoleOut = values.json ? process.stderr : process.stdout;
  const stores = await openStores(environment);
  // Card schedules are drawn on a worker thread, started only when a card is due.
  const cards = new WorkerCardPainter();
  const posters = createPosters(
    { environment, logger, consoleOut, cards },
    await loadPosterFactories(environment.config),
  );
  const daily: DailyRuntime = createDailyRuntime({
    environment,
    library,
    logger,
    posters,
    store: stores.daily,
  });
  try {
    if (action === 'run') return await runCommand(daily, library, posters, values);
    return await dispatch(daily, action!, values);
  } finally {
    await Promise.all([stores.close(), cards.close()]);
  }
}

type DailyValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** How far `--at` may be ahead of the clock and still count as now (a cron job's rounding, a clock's drift). */
const AHEAD_TOLERANCE_MS = 60_000;

/**
 * `daily run`. A real run `--at` a later time would post to Discord or Slack now and use up that day's post,
 * which the scheduled time then finds done: it is refused unless `--force` says so (`--dry-run` shows it). An
 * earlier time (a catch-up) runs, and so do console posts, which try a schedule on the terminal.
 */
async function runCommand(
  daily: DailyRuntime,
  library: Library,
  posters: DailyPosters,
  values: DailyValues,
): Promise<{ out: string; code: number }> {
  const dryRun = values['dry-run'] ?? false;
  const at = parseAt(values.at) ?? systemClock.now();
  if (
    !dryRun &&
    !(values.force ?? false) &&
    at.getTime() > systemClock.now().getTime() + AHEAD_TOLERANCE_MS
  ) {
    const early = (await daily.service.runDue(at, { dryRun: true })).outcomes.filter(
      (outcome) =>
        outcome.status === 'would-post' && outcome.platform !== 'console' && posters(outcome.platform),
    );
    if (early.length > 0)
      throw new Error(
        `--at ${values.at} is later than now: ${early.map((outcome) => `${where(outcome)} ${outcome.localDate}`).join(', ')} would be posted now, and nothing at the scheduled time. Add --dry-run to see what it would post, or --force to post now anyway`,
      );
  }
  const report = await daily.service.runDue(at, { dryRun });
  const code = report.outcomes.every((outcome) => FINE.has(outcome.status)) ? 0 : 1;
  const out = values.json
    ? JSON.stringify(
        { at: report.at, dryRun, checked: report.checked, posts: report.outcomes.map(outcomeJson) },
        null,
        2,
      )
    : runText(report, dryRun, library);
  return { out, code };
}

async function dispatch(
  daily: DailyRuntime,
  action: string,
  values: DailyValues,
): Promise<{ out: string; code: number }> {
  const json = values.json ?? false;
  if (action === 'list') {
    const replies = await Promise.all(
      (await daily.store.listSchedules()).map((schedule) => status(daily, schedule)),
    );
    if (json) return { out: JSON.stringify({ schedules: replies.map(scheduleJson) }, null, 2), code: 0 };
    return {
      out: replies.length === 0 ? 'No daily schedules.' : replies.map(scheduleLine).join('\n'),
      code: 0,
    };
  }
  const context = { ...channelOf(values), workspaceId: values.workspace ?? null };
  let request: DailyRequest;
  if (action === 'set') {
    if (values.time === undefined || values.timezone === undefined)
      throw new UsageError(
        'daily set needs --time HH:MM and --timezone, e.g. --time 09:00 --timezone Europe/Berlin',
      );
    request = {
      ...context,
      kind: 'daily-set',
      time: values.time,
      timezone: values.timezone,
      days: values.days,
      article: values.article,
      card: values.card,
    };
  } else request = { ...context, kind: action === 'stop' ? 'daily-stop' : 'daily-status' };
  const reply = await daily.commands.handle(request);
  // An article the library lacks is bad usage, said as quote and summary say it (exit 2, stderr).
  if (reply.kind === 'unknown-article') throw noArticleError(reply.article, reply.suggestions);
  const ok = ['daily-set', 'daily-stopped', 'daily-status'].includes(reply.kind);
  const out = json ? JSON.stringify(await replyJson(daily, reply), null, 2) : replyText(reply);
  return { out, code: ok ? 0 : 1 };
}

/**
 * The stable JSON of `daily set|stop|status --json` (documented in the README): the schedule as `daily list
 * --json` shows it (`set` adds whether it is new, `stop` whether it was stopped before); a value refused, or
 * no schedule, is its kind and fields with the text output's sentence as `message`.
 */
async function replyJson(daily: DailyRuntime, reply: DailyReply) {
  switch (reply.kind) {
    case 'daily-status':
      return scheduleJson(reply);
    case 'daily-set':
      return { ...scheduleJson(await status(daily, reply.schedule)), created: reply.created };
    case 'daily-stopped':
      return { ...scheduleJson(await status(daily, reply.schedule)), already: reply.already === true };
    case 'daily-none':
      return {
        kind: reply.kind,
        platform: reply.platform,
        channel: reply.channelId,
        message: replyText(reply),
      };
    default:
      return { ...reply, message: replyText(reply) };
  }
}

async function status(daily: DailyRuntime, schedule: DailySchedule) {
  const reply = await daily.commands.handle({
    kind: 'daily-status',
    platform: schedule.platform,
    channelId: schedule.channelId,
    workspaceId: schedule.workspaceId,
    userId: null,
    canManage: true,
  });
  if (reply.kind !== 'daily-status') throw new Error(`status of ${where(schedule)}: ${reply.kind}`);
  return reply;
}
