import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../fakes/slack/index.js';
import { freePort, MAIN, startBotProcess } from '../helpers/processes.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a bot stopped with SIGTERM (built dist/runtime/main.js, SQLite in DATA_DIR)', () => {
  it('given a Slack bot on SQLite with cooldowns when it is sent SIGTERM then it exits 0 and leaves no -wal or -shm beside quotebot.db', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.stop());
    const dataDir = mkdtempSync(join(tmpdir(), 'quotebot-shutdown-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const bot = await startBotProcess(
      {
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_API_URL: slack.apiUrl,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
        COOLDOWN_SECONDS: 'quote:3',
      },
      'slack adapter started',
    );
    // While it runs the database is open in WAL mode: the files the stop must clean up are there.
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['quotebot.db-wal', 'quotebot.db-shm']));

    bot.child.kill('SIGTERM');

    expect(await bot.exited).toBe(0);
    expect(readdirSync(dataDir).filter((file) => file.startsWith('quotebot.db'))).toEqual(['quotebot.db']);
  }, 30_000);

  it('given a Slack bot on SQLite whose Slack cannot be reached when its start fails then it exits 1 and leaves no -wal or -shm', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quotebot-failed-start-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const started = spawnSync(process.execPath, [MAIN], {
      env: {
        PATH: process.env['PATH'] ?? '',
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: 'xoxb-x1',
        SLACK_SIGNING_SECRET: 'secret-signing',
        // Nothing listens on port 9.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
        COOLDOWN_SECONDS: 'quote:3',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain('[slack_start_failed]');
    expect(readdirSync(dataDir).filter((file) => file.startsWith('quotebot.db'))).toEqual(['quotebot.db']);
  }, 40_000);
});
