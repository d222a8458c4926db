import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';

const ROOT = join(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'dist/runtime/main.js');
const BIN = join(ROOT, 'bin/quotebot.js');
const ARTICLE = `---
title: How the Tides Work
author: Ada Marsh
publication: Coastal Review
date: 2024-05-01
---

The gravity of the moon pulls the nearest ocean water towards it in a long bulge. A second bulge forms on the far side of the earth because the planet itself is pulled away from that water.
`;
/** How long before the slot `daily set` is started: time enough for it to finish first. */
const SET_MARGIN_MS = 20_000;
/** How long after the slot the post may arrive under CI load: less than a minute, so a missed tick still fails. */
const POST_WITHIN_MS = 45_000;
let discord: FakeDiscord;
let dir: string;

beforeEach(async () => {
  discord = await startFakeDiscord();
  dir = mkdtempSync(join(tmpdir(), 'quotebot-bot-daily-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'tides.md'), ARTICLE);
});
afterEach(async () => {
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  PATH: process.env['PATH'] ?? '',
  LOG_LEVEL: 'debug',
  DATA_DIR: join(dir, 'data'),
  CONTENT_DIR: join(dir, 'content'),
  DISCORD_TOKEN: discord.botToken,
  DISCORD_APPLICATION_ID: discord.applicationId,
  DISCORD_API_URL: discord.apiUrl,
});

function run(file: string, args: string[]) {
  const child = spawn(process.execPath, [file, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const log: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => log.push(line));
  return { child, exited, log };
}

describe('the running bot (built main.js) with Discord configured', () => {
  it('given a schedule for the coming minute then the scheduler posts it once through Discord, and SIGTERM stops it with 0', async () => {
    // A schedule set after today's time waits for tomorrow: set a minute that comes after `daily set` has
    // finished (a CLI start under load can take seconds: with a second's margin the set landed after the
    // slot now and then, and nothing was posted) and let croner tick.
    const next = new Date(Math.ceil((Date.now() + SET_MARGIN_MS) / 60_000) * 60_000);
    const time = `${String(next.getUTCHours()).padStart(2, '0')}:${String(next.getUTCMinutes()).padStart(2, '0')}`;
    const set = run(BIN, [
      'daily',
      'set',
      '--platform',
      'discord',
      '--channel',
      discord.channelId,
      '--time',
      time,
      '--timezone',
      'UTC',
    ]);
    expect(await set.exited, set.log.join('\n')).toBe(0);
    const setAt = new Date().toISOString();
    const bot = run(MAIN, []);
    const startedAt = performance.now();
    const post = await discord
      .waitForRequest(
        (r) => r.route === 'POST /channels/:channelId/messages',
        next.getTime() - Date.now() + POST_WITHIN_MS,
      )
      .catch((error: unknown) => {
        // What the schedule, the bot (every run: its log is at debug) and the fake said, to tell a set that
        // landed after its slot from a scheduler that did not tick, a run that hung, or a send that did not arrive.
        const requests = discord.requests.map(
          (r) => `${r.method} ${r.path} ${r.status} at +${Math.round(r.at - startedAt)} ms`,
        );
        const said = [`slot ${next.toISOString()}, set done ${setAt}`, ...set.log, ...bot.log, ...requests];
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${said.join('\n')}`);
      });
    expect(post.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    await discord.waitForRequest((r) => r.route === 'GET /gateway/bot', 15_000);
    while (!bot.log.some((line) => line.includes('discord ready')))
      await new Promise((r) => setTimeout(r, 50));
    bot.child.kill('SIGTERM');
    expect(await bot.exited, bot.log.join('\n')).toBe(0);
    const posts = discord.requests.filter((r) => r.route === 'POST /channels/:channelId/messages');
    expect(posts).toHaveLength(1);
    expect(bot.log.some((line) => line.includes('daily post sent'))).toBe(true);
  }, 180_000);
});
