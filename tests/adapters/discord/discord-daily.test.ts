import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDailyPoster } from '../../../adapters/discord/daily-poster.js';
import { registerOn } from './harness.js';
import { startDiscord, type DiscordAdapter } from '../../../adapters/discord/start-discord.js';
import {
  attributionOf,
  Bot,
  DailyCommands,
  DailyService,
  InMemoryDailyStore,
  type DailyPostRequest,
} from '../../../src/index.js';
import {
  CALLBACK_TYPE,
  MESSAGE_FLAGS,
  PERMISSIONS,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from '../../fakes/discord/index.js';
import { seedLibrary } from '../../helpers/content.js';

let discord: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  discord = await startFakeDiscord();
  await registerOn(discord);
  const library = seedLibrary();
  const store = new InMemoryDailyStore();
  const clock = { now: () => new Date() };
  const poster = new DiscordDailyPoster({ token: discord.botToken, apiUrl: discord.apiUrl });
  const service = new DailyService({
    store,
    library,
    posters: (platform) => (platform === 'discord' ? poster : undefined),
    clock,
    sleep: (ms) => sleep(ms),
    logger: pino({ level: 'silent' }),
    claimant: { id: 'test', isAlive: () => true },
  });
  adapter = await startDiscord({
    bot: new Bot(library),
    config: { DISCORD_TOKEN: discord.botToken, DISCORD_API_URL: discord.apiUrl },
    logger: pino({ level: 'silent' }),
    daily: new DailyCommands({ store, service, library, clock }),
  });
});

afterAll(async () => {
  await adapter.stop();
  await discord.stop();
});

/** Sends `/daily <subcommand>` and returns the deferred reply's final text. */
async function daily(
  subcommand: string,
  options: Record<string, string | boolean> = {},
  memberPermissions: string = PERMISSIONS.manageGuild,
): Promise<string> {
  const sent = discord.sendInteraction(
    discord.buildSlashCommandInteraction({ name: 'daily', subcommand, options, memberPermissions }),
  );
  const callback = await sent.waitForCallback();
  expect(callback.body).toMatchObject({
    type: CALLBACK_TYPE.deferredChannelMessage,
    data: { flags: MESSAGE_FLAGS.ephemeral },
  });
  const edit = await discord.waitForRequest(
    (request) => request.method === 'PATCH' && request.params.token === sent.token,
  );
  expect(edit.body.allowed_mentions.parse).toEqual([]);
  return edit.body.content as string;
}

describe('/daily on Discord', () => {
  it('given a member without Manage Server, then /daily set is refused', async () => {
    const text = await daily('set', { time: '09:00', timezone: 'Europe/Berlin' }, PERMISSIONS.member);
    expect(text).toBe('Only members with the Manage Server permission can change the daily quote.');
  });

  it('given a manager, then /daily set schedules this channel and says when the next quote comes', async () => {
    const text = await daily('set', { time: '09:00', timezone: 'berlin' });
    expect(text).toMatch(
      new RegExp(
        `^Daily quote set for <#${discord.channelId}>: every day at 09:00 \\(\`Europe/Berlin\`\\)\\. Next: <t:\\d+:F> \\(<t:\\d+:R>\\)`,
      ),
    );
  });

  it('given /daily set card:true, then the schedule posts cards and set and status say so', async () => {
    const text = await daily('set', { time: '09:00', timezone: 'UTC', card: true });
    expect(text).toContain('every day at 09:00 (`UTC`), as a card.');
    expect(await daily('status')).toContain(', as a card.');
    expect(await daily('set', { time: '09:00', timezone: 'berlin' })).not.toContain('as a card');
  });

  it('given a bad time, then the asker is told the format', async () => {
    expect(await daily('set', { time: '25:99', timezone: 'UTC' })).toBe(
      '“25:99” is not a time: use HH:MM (24 h) or 9am, e.g. 09:00.',
    );
  });

  it('given /daily now, then the quote is posted to the channel once, with a nonce, and confirmed', async () => {
    const text = await daily('now');
    expect(text).toBe(`Posted today’s quote in <#${discord.channelId}>.`);
    const posts = discord.requests.filter(
      (request: RecordedRequest) =>
        request.route === 'POST /channels/:channelId/messages' && request.body?.enforce_nonce === true,
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ allowed_mentions: { parse: [] }, nonce: expect.any(String) });
    expect(posts[0]!.body.embeds[0].footer.text).toContain('quote of the day');
    expect(await daily('status')).toContain('Today’s post: sent.');
  });

  it('given a timezone being typed, then autocomplete offers matching zones', async () => {
    const callback = await discord
      .sendInteraction(
        discord.buildAutocompleteInteraction({
          name: 'daily',
          subcommand: 'set',
          options: { time: '09:00', timezone: 'berl' },
          focused: 'timezone',
        }),
      )
      .waitForCallback();
    expect(callback.body.data.choices[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });
});

describe('the Discord daily poster', () => {
  const request = (nonce: string): DailyPostRequest => {
    const article = seedLibrary().articles[0]!;
    return {
      schedule: {
        platform: 'discord',
        channelId: discord.channelId,
        workspaceId: discord.guildId,
        time: '09:00',
        timezone: 'UTC',
        days: ['mon'],
        article: null,
        enabled: true,
        pausedReason: null,
        updatedAt: new Date().toISOString(),
        updatedBy: null,
      },
      passage: article.sentences[3]!,
      article: attributionOf(article),
      localDate: '2026-01-05',
      nonce,
      attempt: 1,
    };
  };
  const poster = () => new DiscordDailyPoster({ token: discord.botToken, apiUrl: discord.apiUrl });
  const route = '/channels/:id/messages';

  it('given the same nonce twice, then Discord answers with the first message', async () => {
    const first = await poster().post(request('nonce-twice-1'));
    const second = await poster().post(request('nonce-twice-1'));
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
  });

  it('given refusals, then each maps to what the daily protocol expects', async () => {
    discord.failNext({ pathPattern: route, status: 403 });
    expect(await poster().post(request('n-403'))).toMatchObject({ ok: false, kind: 'forbidden' });
    discord.failNext({ pathPattern: route, status: 404 });
    expect(await poster().post(request('n-404'))).toMatchObject({ ok: false, kind: 'gone' });
    discord.failNext({ pathPattern: route, status: 500 });
    expect(await poster().post(request('n-500'))).toMatchObject({ ok: false, kind: 'retryable' });
    discord.failNext({ pathPattern: route, status: 429, retryAfterSeconds: 2 });
    expect(await poster().post(request('n-429'))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAfterMs: expect.any(Number),
    });
  });
});
