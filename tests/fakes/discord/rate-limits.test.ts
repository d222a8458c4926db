import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { REST } from '@discordjs/rest';
import { Client, DiscordAPIError, Events, GatewayIntentBits, Routes, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './index.js';
import { DiscordRateLimits } from './rate-limits.js';

const CREATE_MESSAGE = 'POST /channels/:channelId/messages';
let discord: FakeDiscord | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.destroy();
  await discord?.stop();
  client = discord = undefined;
});

async function fake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  discord = await startFakeDiscord(options);
  return discord;
}

function raw(fakeDiscord: FakeDiscord, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${fakeDiscord.apiUrl}/v10${path}`, {
    ...init,
    headers: {
      authorization: `Bot ${fakeDiscord.botToken}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
}

describe('fake Discord rate limits', () => {
  it('given messages to one channel then each answer carries the bucket headers and the sixth in 5 s is a 429', async () => {
    const fakeDiscord = await fake();
    const send = () =>
      raw(fakeDiscord, `/channels/${fakeDiscord.channelId}/messages`, {
        method: 'POST',
        body: JSON.stringify({ content: 'hi' }),
      });
    const answers = [];
    for (let index = 0; index < 6; index++) answers.push(await send());
    const first = answers[0]!.headers;
    expect(first.get('x-ratelimit-limit')).toBe('5');
    expect(first.get('x-ratelimit-remaining')).toBe('4');
    expect(first.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    expect(Number(first.get('x-ratelimit-reset-after'))).toBeCloseTo(5, 0);
    expect(Number(first.get('x-ratelimit-reset')) * 1000).toBeGreaterThan(Date.now());
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = answers[5]!;
    expect(refused.headers.get('x-ratelimit-scope')).toBe('user');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('retry-after')).toMatch(/^[1-5]$/);
    expect(await refused.json()).toMatchObject({ message: 'You are being rate limited.', global: false });
    // Another channel has a bucket of its own.
    const other = fakeDiscord.guilds[0]!.channels[1]!.id;
    const elsewhere = await raw(fakeDiscord, `/channels/${other}/messages`, {
      method: 'POST',
      body: JSON.stringify({ content: 'hi' }),
    });
    expect(elsewhere.status).toBe(200);
  });

  it('given 51 bot requests in one second then the 51st is refused by the global limit', () => {
    let now = 1_000_000;
    const limits = new DiscordRateLimits(true, {}, () => now);
    const admissions = Array.from({ length: 51 }, (_, index) =>
      limits.admit('GET /channels/:channelId', { channelId: String(index) }, true),
    );
    expect(admissions.filter((admission) => admission.ok)).toHaveLength(50);
    expect(admissions[50]).toMatchObject({
      ok: false,
      status: 429,
      body: { global: true, retry_after: 1 },
      headers: { 'Retry-After': '1', 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
    });
    now += 1000;
    expect(limits.admit('GET /channels/:channelId', { channelId: '51' }, true).ok).toBe(true);
  });

  it('given more bot requests than the global limit at once then the fake answers a global 429 with global: true', async () => {
    const fakeDiscord = await fake({ rateLimits: { globalPerSecond: 3 } });
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => raw(fakeDiscord, `/channels/${fakeDiscord.channelId}`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(3);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.headers.get('x-ratelimit-global')).toBe('true');
    expect(refused.headers.get('x-ratelimit-scope')).toBe('global');
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { retry_after: number; global: boolean; message: string };
    expect(body).toMatchObject({ message: 'You are being rate limited.', global: true });
    expect(body.retry_after).toBeGreaterThan(0);
    expect(body.retry_after).toBeLessThanOrEqual(1);
  });

  it('given interaction callbacks and webhook calls then the global limit does not count them', async () => {
    const fakeDiscord = await fake({ rateLimits: { globalPerSecond: 1 } });
    expect((await raw(fakeDiscord, `/channels/${fakeDiscord.channelId}`)).status).toBe(200);
    expect((await raw(fakeDiscord, `/channels/${fakeDiscord.channelId}`)).status).toBe(429);
    // The webhook is reached without the bot token: 404 Unknown Webhook, not a global 429.
    const webhook = await fetch(`${fakeDiscord.apiUrl}/v10/webhooks/${fakeDiscord.applicationId}/tok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'x' }),
    });
    expect(webhook.status).toBe(404);
  });

  it('given the real REST client and 12 messages to one channel then it queues on the bucket and no 429 is answered', async () => {
    const fakeDiscord = await fake({
      rateLimits: { routes: { [CREATE_MESSAGE]: { limit: 3, windowMs: 400 } } },
    });
    const rest = new REST({ api: fakeDiscord.apiUrl }).setToken(fakeDiscord.botToken);
    const started = performance.now();
    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        rest.post(Routes.channelMessages(fakeDiscord.channelId), { body: { content: `n${index}` } }),
      ),
    );
    expect(sent).toHaveLength(12);
    const posts = fakeDiscord.requests.filter((request) => request.route === CREATE_MESSAGE);
    expect(posts.filter((request) => request.status === 429)).toEqual([]);
    // Four windows of three: the last window opens at least 3 × 400 ms after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1150);
  });

  it('given the real REST client allowed more than 50/s then it waits out the global 429s and every request succeeds', async () => {
    const fakeDiscord = await fake({
      guilds: [{ channels: Array.from({ length: 120 }, (_, index) => `c${index}`) }],
    });
    const rest = new REST({ api: fakeDiscord.apiUrl, globalRequestsPerSecond: 500 }).setToken(
      fakeDiscord.botToken,
    );
    const channels = fakeDiscord.guilds[0]!.channels;
    const fetched = await Promise.all(channels.map((channel) => rest.get(Routes.channel(channel.id))));
    expect(fetched).toHaveLength(120);
    const refused = fakeDiscord.requests.filter((request) => request.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((request) => (request.response as { global: boolean }).global)).toBe(true);
  });

  it('given an interaction token older than its lifetime then editReply fails with 50027 Invalid Webhook Token', async () => {
    const fakeDiscord = await fake({ interactionTokenLifetimeMs: 400 });
    const bot = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fakeDiscord.apiUrl } });
    client = bot;
    const ready = once(bot, Events.ClientReady);
    await bot.login(fakeDiscord.botToken);
    await ready;
    const arrived = once(bot, Events.InteractionCreate);
    fakeDiscord.sendInteraction(fakeDiscord.buildSlashCommandInteraction({ name: 'quote', options: {} }));
    const [interaction] = (await arrived) as [Interaction];
    if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
    await interaction.deferReply();
    await interaction.editReply('in time');
    await sleep(500);
    const late = await interaction.editReply('too late').catch((error: unknown) => error);
    expect(late).toBeInstanceOf(DiscordAPIError);
    expect((late as DiscordAPIError).code).toBe(50027);
  });
});
