import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDailyStore } from '../../../runtime/daily/sqlite-store.js';
import { WEEKDAYS, type DailyPlatform } from '../../../src/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { TIDES_FILE } from '../../helpers/content.js';

/**
 * 1,000 daily posts due in the same minute, through `quotebot daily run` (what cron runs; the bot's
 * scheduler calls the same `runDue`) with the store on SQLite, against fakes that enforce the platforms'
 * real limits: on Discord the global 50 requests/s binds (1,000 channels, one post each), so the run
 * takes at least 20 s on the wire.
 */
const BIN = join(import.meta.dirname, '../../../bin/quotebot.js');
const CHANNELS = 1000;
const CATCH_UP_HOURS = 6;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-limits-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'tides.md'), TIDES_FILE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A zone where it is daytime now (no local midnight inside the test), and the current minute there. */
function daytimeZoneNow(): { timezone: string; time: string; minuteStart: number } {
  const now = Date.now();
  for (const timezone of ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'America/Los_Angeles']) {
    const [hour, minute] = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(now)
      .split(':');
    if (Number(hour) >= 2 && Number(hour) <= 21)
      return { timezone, time: `${hour}:${minute}`, minuteStart: now - (now % 60_000) };
  }
  throw new Error('no daytime zone in the list');
}

/** 1,000 schedules due this minute, written to the SQLite store in DATA_DIR as `daily set` would. */
async function scheduleAll(platform: DailyPlatform, channelIds: readonly string[]) {
  const due = daytimeZoneNow();
  const store = SqliteDailyStore.open(join(dir, 'data'));
  for (const channelId of channelIds) {
    await store.saveSchedule({
      platform,
      channelId,
      workspaceId: null,
      time: due.time,
      timezone: due.timezone,
      days: [...WEEKDAYS],
      article: null,
      enabled: true,
      pausedReason: null,
      updatedAt: new Date(due.minuteStart - 60_000).toISOString(),
      updatedBy: null,
    });
  }
  store.close();
  return due;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `quotebot daily run --json` as a child process, so this process keeps serving the fake. */
function dailyRun(env: Record<string, string>): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'daily', 'run', '--json'], {
    env: {
      ...process.env,
      NO_COLOR: '1',
      LOG_LEVEL: 'silent',
      DATA_DIR: join(dir, 'data'),
      CONTENT_DIR: join(dir, 'content'),
      DAILY_CATCHUP_HOURS: String(CATCH_UP_HOURS),
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - started }),
    ),
  );
}

interface PostJson {
  channel: string;
  status: string;
  messageId: string;
  attempts: number;
}

function postsOf(run: RunResult): PostJson[] {
  expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
  return (JSON.parse(run.stdout) as { posts: PostJson[] }).posts;
}

describe('1,000 daily posts due in the same minute at the platforms’ real rate limits', () => {
  let discord: FakeDiscord | undefined;
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await discord?.stop();
    await slack?.stop();
    discord = slack = undefined;
  });

  it('given 1,000 Discord channels and the global 50 requests/s then every channel gets exactly one post inside the catch-up window', async () => {
    discord = await startFakeDiscord({
      guilds: [{ channels: Array.from({ length: CHANNELS }, (_, index) => `daily-${index}`) }],
    });
    const fake = discord;
    const channelIds = fake.guilds[0]!.channels.map((channel) => channel.id);
    const due = await scheduleAll('discord', channelIds);

    const run = await dailyRun({
      DISCORD_TOKEN: fake.botToken,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    const posts = postsOf(run);
    const refused = fake.requests.filter((request) => request.status === 429).length;
    const retried = posts.filter((post) => post.attempts > 1).length;
    console.info(
      `1,000 Discord daily posts: ${Math.round(run.ms)} ms, ${refused} 429s at the fake, ${retried} posts resent`,
    );

    expect(posts).toHaveLength(CHANNELS);
    expect(posts.filter((post) => post.status !== 'posted')).toEqual([]);
    const created = fake.requests.filter(
      (request) => request.route === 'POST /channels/:channelId/messages' && request.status === 200,
    );
    const messagesByChannel = new Map<string, Set<string>>();
    for (const request of created) {
      const ids = messagesByChannel.get(request.params.channelId!) ?? new Set<string>();
      ids.add((request.response as { id: string }).id);
      messagesByChannel.set(request.params.channelId!, ids);
    }
    expect([...messagesByChannel.keys()].sort()).toEqual([...channelIds].sort());
    expect([...messagesByChannel.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    // The limit was really in force: 1,000 requests at 50 per second need 20 windows of one second.
    const arrivals = created.map((request) => request.at).sort((a, b) => a - b);
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(19 * 1000);
    const last = performance.timeOrigin + arrivals.at(-1)!;
    expect(last).toBeLessThanOrEqual(due.minuteStart + CATCH_UP_HOURS * 3_600_000);
    expect(fake.unmatchedRequests()).toEqual([]);
  }, 180_000);

  it('given 1,000 Slack channels then every channel gets exactly one post inside the catch-up window', async () => {
    slack = await startFakeSlack({ rateLimits: true });
    const fake = slack;
    const channelIds = Array.from({ length: CHANNELS }, (_, index) => `C${String(index).padStart(8, '0')}`);
    const due = await scheduleAll('slack', channelIds);

    const run = await dailyRun({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_API_URL: fake.apiUrl,
      SLACK_APP_TOKEN: fake.appToken,
    });
    const posts = postsOf(run);
    console.info(`1,000 Slack daily posts: ${Math.round(run.ms)} ms`);

    expect(posts).toHaveLength(CHANNELS);
    expect(posts.filter((post) => post.status !== 'posted')).toEqual([]);
    const delivered = fake.callsTo('chat.postMessage').filter((call) => call.status === 200);
    const perChannel = new Map<string, number>();
    for (const call of delivered)
      perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
    expect([...perChannel.keys()].sort()).toEqual([...channelIds].sort());
    expect([...perChannel.values()].filter((count) => count !== 1)).toEqual([]);
    expect(Math.max(...delivered.map((call) => call.at))).toBeLessThanOrEqual(
      due.minuteStart + CATCH_UP_HOURS * 3_600_000,
    );
  }, 180_000);
});
