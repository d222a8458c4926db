import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { TIDES_FILE } from '../../helpers/content.js';

/**
 * A cron host that only posts the daily quotes has a platform's bot token and nothing it would receive
 * commands with (no Slack app token or signing secret, no Discord application id): `quotebot daily run`
 * posts with the token alone.
 */
const BIN = join(import.meta.dirname, '../../../bin/quotebot.js');
const AT = '2026-03-29T09:00:00Z';

let dir: string;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-tokens-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'tides.md'), TIDES_FILE);
});
afterEach(async () => {
  await slack?.stop();
  await discord?.stop();
  slack = discord = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The real binary as a child process, so this process keeps serving the fake, with only `env` set. */
function quotebot(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: dir,
      NO_COLOR: '1',
      LOG_LEVEL: 'silent',
      DATA_DIR: join(dir, 'data'),
      CONTENT_DIR: join(dir, 'content'),
      ...env,
    },
    cwd: dir,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

const setArgs = (platform: string, channel: string): string[] => [
  'daily',
  'set',
  '--platform',
  platform,
  '--channel',
  channel,
  '--time',
  '09:00',
  '--timezone',
  'UTC',
];

describe('quotebot daily run on a host with only a bot token', () => {
  it('given only SLACK_BOT_TOKEN (no app token, no signing secret) then set, run and status work and the quote is posted', async () => {
    slack = await startFakeSlack();
    const env = { SLACK_BOT_TOKEN: slack.botToken, SLACK_API_URL: slack.apiUrl };
    const set = await quotebot(setArgs('slack', 'CQUOTES'), env);
    expect(set.code, set.stderr).toBe(0);
    const run = await quotebot(['daily', 'run', '--at', AT, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).posts).toMatchObject([{ channel: 'CQUOTES', status: 'posted' }]);
    expect(slack.callsTo('chat.postMessage').filter((call) => call.status === 200)).toHaveLength(1);
    const status = await quotebot(['daily', 'status', '--platform', 'slack', '--channel', 'CQUOTES'], env);
    expect(status.code, status.stderr).toBe(0);
  }, 60_000);

  it('given only DISCORD_TOKEN (no application id) then run posts the quote', async () => {
    discord = await startFakeDiscord({ guilds: [{ channels: ['quotes'] }] });
    const channel = discord.guilds[0]!.channels[0]!.id;
    const env = { DISCORD_TOKEN: discord.botToken, DISCORD_API_URL: discord.apiUrl };
    expect((await quotebot(setArgs('discord', channel), env)).code).toBe(0);
    const run = await quotebot(['daily', 'run', '--at', AT, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).posts).toMatchObject([{ channel, status: 'posted' }]);
  }, 60_000);

  it('given a malformed token then the command still names the variable and never shows the value', async () => {
    const run = await quotebot(['daily', 'list'], { SLACK_BOT_TOKEN: 'secret-without-prefix' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
    expect(run.stderr).not.toContain('secret-without-prefix');
  });
});
