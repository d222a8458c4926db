import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { SqliteDailyStore } from '../../../runtime/daily/sqlite-store.js';
import { COMMANDS, WEEKDAYS } from '../../../src/index.js';
import {
  guildIdOnShard,
  startFakeDiscord,
  type FakeDiscord,
  type SentInteraction,
} from '../../fakes/discord/index.js';
import { sample, startBotProcess, type BotProcess } from './shard-processes.js';
import { TIDES_FILE } from '../../helpers/content.js';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
const POST = 'POST /channels/:channelId/messages';
/** 4 shards: the first process runs 0 and 1, the second 2 and 3; one guild on each shard. */
const SHARDS = 4;
const GUILDS = Array.from({ length: SHARDS }, (_, shard) => guildIdOnShard(shard, SHARDS, 7));
const FIRST = { DISCORD_SHARD_COUNT: String(SHARDS), DISCORD_SHARD_IDS: '0,1' };
const SECOND = { DISCORD_SHARD_COUNT: String(SHARDS), DISCORD_SHARD_IDS: '2-3' };

let discord: FakeDiscord;
let dir: string;
const bots: BotProcess[] = [];

beforeEach(async () => {
  discord = await startFakeDiscord({
    guilds: GUILDS.map((id, shard) => ({ id, name: `Shard ${shard} server` })),
    maxConcurrency: SHARDS,
    heartbeatIntervalMs: 200,
  });
  await registerCommands(COMMANDS, {
    token: discord.botToken,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
  });
  dir = mkdtempSync(join(tmpdir(), 'quotebot-shards-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'tides.md'), TIDES_FILE);
});
afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.stop()));
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): BotProcess {
  const bot = startBotProcess(discord, dir, env);
  bots.push(bot);
  return bot;
}

async function stop(bot: BotProcess): Promise<number | null> {
  bots.splice(bots.indexOf(bot), 1);
  return bot.stop();
}

/** Sends `/quote tides` in each guild, `times` times, and waits for every callback. */
async function quoteIn(guilds: readonly string[], times: number): Promise<SentInteraction[]> {
  const sent = guilds.flatMap((guildId) =>
    Array.from({ length: times }, () =>
      discord.sendInteraction(
        discord.buildSlashCommandInteraction({ name: 'quote', guildId, options: { query: 'tides' } }),
      ),
    ),
  );
  await Promise.all(sent.map((interaction) => interaction.waitForCallback(10_000)));
  return sent;
}

/** Callbacks Discord accepted, and those it refused (a second answer is refused with 40060). */
function callbacksOf(interaction: SentInteraction): { accepted: number; refused: number } {
  const callbacks = discord.requests.filter(
    (request) => request.route === CALLBACK && request.params['interactionId'] === interaction.id,
  );
  return {
    accepted: callbacks.filter((request) => request.status < 300).length,
    refused: callbacks.filter((request) => request.status >= 300).length,
  };
}

const quotesAnswered = (metrics: string): number =>
  sample(metrics, 'quotebot_command_duration_seconds_count', {
    platform: 'discord',
    command: 'quote',
    outcome: 'ok',
  });

describe('two bot processes splitting four Discord shards (DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS)', () => {
  it('given interactions in guilds on every shard, and one process restarted, then each is answered exactly once by the process of its shard', async () => {
    const first = start(FIRST);
    let second = start(SECOND);
    await Promise.all([first.ready, second.ready]);
    expect(discord.gateway.shards.map(([id, count]) => `${id}/${count}`).sort()).toEqual([
      '0/4',
      '1/4',
      '2/4',
      '3/4',
    ]);

    const before = await quoteIn(GUILDS, 3);
    expect(before.map(callbacksOf)).toEqual(before.map(() => ({ accepted: 1, refused: 0 })));
    expect(quotesAnswered((await first.get('/metrics')).text)).toBe(6);
    expect(quotesAnswered((await second.get('/metrics')).text)).toBe(6);

    expect(await stop(second)).toBe(0);
    second = start(SECOND);
    await second.ready;
    const after = await quoteIn(GUILDS, 2);
    expect(after.map(callbacksOf)).toEqual(after.map(() => ({ accepted: 1, refused: 0 })));
    expect(quotesAnswered((await first.get('/metrics')).text)).toBe(6 + 4);
    expect(quotesAnswered((await second.get('/metrics')).text)).toBe(4);
  }, 90_000);

  it('given a daily schedule in every guild and one process down then restarted, then every channel gets exactly one post, from the process of its shard', async () => {
    // Due now (this minute, set yesterday): each process posts at its start-up run.
    const now = new Date();
    const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
    const store = SqliteDailyStore.open(join(dir, 'data'));
    const channels = discord.guilds.map((guild) => guild.channels[0]!.id);
    for (const guild of discord.guilds) {
      await store.saveSchedule({
        platform: 'discord',
        channelId: guild.channels[0]!.id,
        workspaceId: guild.id,
        time,
        timezone: 'UTC',
        days: [...WEEKDAYS],
        article: null,
        enabled: true,
        pausedReason: null,
        updatedAt: new Date(now.getTime() - 86_400_000).toISOString(),
        updatedBy: null,
      });
    }
    store.close();
    const postsTo = (): Record<string, number> =>
      Object.fromEntries(
        channels.map((channel) => [
          channel,
          discord.requests.filter(
            (r) => r.route === POST && r.params['channelId'] === channel && r.status < 300,
          ).length,
        ]),
      );
    const waitForPosts = async (count: number): Promise<void> => {
      const deadline = Date.now() + 15_000;
      while (Object.values(postsTo()).reduce((a, b) => a + b, 0) < count && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const dailyPosted = async (bot: BotProcess): Promise<number> =>
      sample((await bot.get('/metrics')).text, 'quotebot_daily_posts_total', {
        platform: 'discord',
        result: 'posted',
      });

    // The second process is down: the first posts for its own shards' guilds only.
    const first = start(FIRST);
    await first.ready;
    await waitForPosts(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(postsTo()).toEqual({ [channels[0]!]: 1, [channels[1]!]: 1, [channels[2]!]: 0, [channels[3]!]: 0 });
    expect(await dailyPosted(first)).toBe(2);

    // It comes back and catches up; restarted once more, it posts nothing again.
    let second = start(SECOND);
    await second.ready;
    await waitForPosts(4);
    expect(await dailyPosted(second)).toBe(2);
    expect(await stop(second)).toBe(0);
    second = start(SECOND);
    await second.ready;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(postsTo()).toEqual(Object.fromEntries(channels.map((channel) => [channel, 1])));
    expect(Number.isNaN(await dailyPosted(second)) ? 0 : await dailyPosted(second)).toBe(0);
  }, 90_000);
});
