import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { guildIdOnShard, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './index.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeWith(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const discord = await startFakeDiscord(options);
  cleanups.push(() => discord.stop());
  return discord;
}

async function login(
  discord: FakeDiscord,
  shards: { shards: 'auto' } | { shards: number[]; shardCount: number },
): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: discord.apiUrl },
    waitGuildTimeout: 500,
    ...shards,
  });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(discord.botToken);
  await ready;
  return client;
}

/** Which shard each event of a kind reached, by the id of its guild (or `dm`). */
function shardLog(client: Client, event: string): Map<string, number[]> {
  const log = new Map<string, number[]>();
  client.on(Events.Raw, (packet: { t?: string; d?: { guild_id?: string; id?: string } }, shardId: number) => {
    if (packet.t !== event) return;
    const key = packet.d?.guild_id ?? (event === 'GUILD_CREATE' ? packet.d?.id : undefined) ?? 'dm';
    log.set(key, [...(log.get(key) ?? []), shardId]);
  });
  return log;
}

describe('the fake Discord with shards', () => {
  it('given shards auto then GET /gateway/bot recommends the count and each IDENTIFY carries [id, count]', async () => {
    const guilds = [guildIdOnShard(0, 2), guildIdOnShard(1, 2)];
    const discord = await fakeWith({
      recommendedShards: 2,
      maxConcurrency: 2,
      guilds: guilds.map((id) => ({ id })),
    });
    const client = await login(discord, { shards: 'auto' });

    const gatewayBot = discord.requests.find((request) => request.route === 'GET /gateway/bot');
    expect(gatewayBot?.response).toMatchObject({
      shards: 2,
      session_start_limit: { max_concurrency: 2 },
    });
    const identifies = discord.gateway.frames.filter((frame) => frame.op === 2).map((frame) => frame.d.shard);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(client.options.shardCount).toBe(2);
    expect(client.guilds.cache.get(guilds[0]!)?.shardId).toBe(0);
    expect(client.guilds.cache.get(guilds[1]!)?.shardId).toBe(1);
  });

  it("given two guilds on two shards then each guild's interactions and messages arrive on its own shard, DMs on shard 0", async () => {
    const guilds = [guildIdOnShard(0, 2, 3), guildIdOnShard(1, 2, 5)];
    const discord = await fakeWith({ maxConcurrency: 2, guilds: guilds.map((id) => ({ id })) });
    const client = await login(discord, { shards: [0, 1], shardCount: 2 });
    const interactions = shardLog(client, 'INTERACTION_CREATE');
    const messages = shardLog(client, 'MESSAGE_CREATE');
    const arrived: Interaction[] = [];
    client.on(Events.InteractionCreate, (interaction) => arrived.push(interaction));

    for (const guildId of guilds) {
      discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote', guildId }));
      discord.sendMessageCreate({ content: 'hello', guildId, mentionBot: true });
    }
    discord.sendMessageCreate({ content: 'hello', dm: true });
    while (arrived.length < 2 || messages.size < 3) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(Object.fromEntries(interactions)).toEqual({ [guilds[0]!]: [0], [guilds[1]!]: [1] });
    expect(Object.fromEntries(messages)).toEqual({ [guilds[0]!]: [0], [guilds[1]!]: [1], dm: [0] });
  });

  it('given two processes splitting two shards then each gets only its own guilds', async () => {
    const guilds = [guildIdOnShard(0, 2), guildIdOnShard(1, 2)];
    const discord = await fakeWith({ guilds: guilds.map((id) => ({ id })) });
    const first = await login(discord, { shards: [0], shardCount: 2 });
    const second = await login(discord, { shards: [1], shardCount: 2 });
    expect([...first.guilds.cache.keys()]).toEqual([guilds[0]]);
    expect([...second.guilds.cache.keys()]).toEqual([guilds[1]]);
    expect(discord.gateway.shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("given one shard's socket dropped then only that shard resumes and the other keeps its connection", async () => {
    const guilds = [guildIdOnShard(0, 2), guildIdOnShard(1, 2)];
    const discord = await fakeWith({ maxConcurrency: 2, guilds: guilds.map((id) => ({ id })) });
    const client = await login(discord, { shards: [0, 1], shardCount: 2 });
    const connectionsBefore = new Set(discord.gateway.frames.map((frame) => frame.connection));

    discord.gateway.disconnect(4000, 'drop shard 1', 1);
    const resume = await discord.gateway.waitForFrame((frame) => frame.op === 6, 5000);
    await once(client, Events.ShardResume);

    expect(connectionsBefore.has(resume.connection)).toBe(false);
    expect(discord.gateway.frames.filter((frame) => frame.op === 6)).toHaveLength(1);
    expect(discord.gateway.frames.filter((frame) => frame.op === 2)).toHaveLength(2);
    expect(client.ws.shards.get(0)?.status).toBe(0);
    expect(client.ws.shards.get(1)?.status).toBe(0);
  });

  it('given an IDENTIFY with a shard id outside its count then the fake closes with 4010', async () => {
    const discord = await fakeWith({});
    const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    cleanups.push(() => socket.terminate());
    await once(socket, 'message');
    socket.send(
      JSON.stringify({ op: 2, d: { token: discord.botToken, intents: 1, properties: {}, shard: [3, 2] } }),
    );
    const [code] = await once(socket, 'close');
    expect(code).toBe(4010);
  });
});
