import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { TIDES_FILE } from '../../helpers/content.js';

const BIN = join(import.meta.dirname, '../../../bin/quotebot.js');
const POST = 'POST /channels/:channelId/messages';
let discord: FakeDiscord;
let dir: string;

beforeEach(async () => {
  discord = await startFakeDiscord({ guilds: [{ channels: ['general', 'quotes', 'news'] }] });
  dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-discord-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'tides.md'), TIDES_FILE);
});
afterEach(async () => {
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the real binary without blocking this process, which serves the fake Discord. */
function quotebot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    NO_COLOR: '1',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(dir, 'data'),
    CONTENT_DIR: join(dir, 'content'),
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('quotebot daily run against a Discord (fake) with DISCORD_API_URL', () => {
  it('given repeated and concurrent runs over three days then each channel gets exactly one post per day', async () => {
    const channels = discord.guilds[0]!.channels.map((channel) => channel.id);
    for (const channel of channels) {
      const set = await quotebot([
        'daily',
        'set',
        '--platform',
        'discord',
        '--channel',
        channel,
        '--time',
        '09:00',
        '--timezone',
        'berlin',
      ]);
      expect(set.code, set.stderr + set.stdout).toBe(0);
    }
    const posted = new Map<string, string[]>();
    // 2026-03-29 is the day Berlin moves to summer time.
    for (const [date, offset] of [
      ['2026-03-28', '+01:00'],
      ['2026-03-29', '+02:00'],
      ['2026-03-30', '+02:00'],
    ]) {
      const runs = await Promise.all(
        ['09:00', '09:00', '09:05'].map((time) =>
          quotebot(['daily', 'run', '--at', `${date}T${time}:00${offset}`, '--json']),
        ),
      );
      runs.push(await quotebot(['daily', 'run', '--at', `${date}T11:30:00${offset}`, '--json']));
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(0);
        for (const post of JSON.parse(run.stdout).posts as {
          channel: string;
          localDate: string;
          status: string;
          messageId: string;
        }[]) {
          if (post.status !== 'posted') continue;
          const key = `${post.channel}|${post.localDate}`;
          posted.set(key, [...(posted.get(key) ?? []), post.messageId]);
        }
      }
    }
    expect([...posted.keys()].sort()).toEqual(
      channels
        .flatMap((channel) => ['2026-03-28', '2026-03-29', '2026-03-30'].map((d) => `${channel}|${d}`))
        .sort(),
    );
    for (const ids of posted.values()) expect(ids).toHaveLength(1);
    // What Discord holds: one created message per posted outcome, nothing else.
    const created = discord.requests
      .filter((request) => request.route === POST && request.status === 200)
      .map((request) => (request.response as { id: string }).id);
    expect(new Set(created).size).toBe(created.length);
    expect(new Set(created)).toEqual(new Set([...posted.values()].flat()));
  }, 120_000);

  it('given --at a later time then a real run is refused with one line and posts nothing; --dry-run shows it and --force posts it', async () => {
    const channel = discord.guilds[0]!.channels[0]!.id;
    const later = new Date(Date.now() + 2 * 86_400_000);
    const time = later.toISOString().slice(11, 16);
    const set = await quotebot([
      'daily',
      'set',
      '--platform',
      'discord',
      '--channel',
      channel,
      '--time',
      time,
      '--timezone',
      'UTC',
    ]);
    expect(set.code, set.stderr + set.stdout).toBe(0);
    const at = later.toISOString();
    const localDate = at.slice(0, 10);
    const posts = () =>
      discord.requests.filter((request) => request.route === POST && request.status === 200);
    const refused = await quotebot(['daily', 'run', '--at', at]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `quotebot: --at ${at} is later than now: discord:${channel} ${localDate} would be posted now, and nothing at the scheduled time. Add --dry-run to see what it would post, or --force to post now anyway\n`,
    );
    expect(posts()).toHaveLength(0);
    const dry = await quotebot(['daily', 'run', '--at', at, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`would-post     discord:${channel} ${localDate}`);
    const forced = await quotebot(['daily', 'run', '--at', at, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout).posts).toMatchObject([{ status: 'posted', localDate }]);
    expect(posts()).toHaveLength(1);
    const status = await quotebot(['daily', 'status', '--platform', 'discord', '--channel', channel]);
    // Tomorrow still posts at its time; the day posted ahead of time is said.
    const tomorrow = new Date(later.getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(status.stdout).toContain(`next ${tomorrow} ${time} UTC; ${localDate} posted ahead of time`);
  }, 60_000);
});
