import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordDailyPoster } from '../../../adapters/discord/daily-poster.js';
import type { DailyPoster } from '../../../src/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { crashingAfterDelivery, DUE, restartedWith, serviceWith, settle, WaitingClock } from './setup.js';

const POST = 'POST /channels/:channelId/messages';
let discord: FakeDiscord;
let poster: DiscordDailyPoster;

beforeEach(async () => {
  discord = await startFakeDiscord();
  poster = new DiscordDailyPoster({ token: discord.botToken, apiUrl: discord.apiUrl });
});
afterEach(async () => {
  await discord.stop();
});

const posts = () => discord.requests.filter((request) => request.route === POST);
const created = () =>
  new Set(
    posts()
      .filter((request) => request.status === 200)
      .map((request) => (request.response as { id: string }).id),
  );

describe('Discord daily poster (real @discordjs/rest against the fake Discord)', () => {
  it('given a due schedule then the quote is posted as an embed with nonce, enforce_nonce and no mentions', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: discord.channelId });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    const [request] = posts();
    expect(request?.status).toBe(200);
    expect(request?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(typeof request?.body.nonce).toBe('string');
    expect(request?.body.nonce.length).toBeLessThanOrEqual(25);
    const embed = request?.body.embeds[0];
    expect(embed.description).toContain(outcome?.passage?.text.slice(0, 20));
    expect(embed.author.name).toMatch(/Ada Marsh|Tom Comb/);
    expect(outcome?.messageId).toBe((request?.response as { id: string }).id);
    expect(discord.message(outcome!.messageId!)).toBeDefined();
  });

  it('given a crash after the send and a restart then the resend returns the same message: no duplicate', async () => {
    const first = serviceWith(crashingAfterDelivery(poster), { channelId: discord.channelId });
    await first.store.saveSchedule(first.sched);
    void first.service.runDue(first.clock.now());
    await settle();
    while (posts().length === 0) await settle();
    await settle();
    first.clock.advance(10_000);
    const second = restartedWith(first, poster);
    const [outcome] = (await second.service.runDue(first.clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true });
    expect(posts()).toHaveLength(2);
    expect(posts()[1]?.body.nonce).toBe(posts()[0]?.body.nonce);
    expect(created().size).toBe(1);
    expect(outcome?.messageId).toBe([...created()][0]);
  });

  it('given a crash after the send and a restart after Discord forgot the nonce then the post is found among the channel messages: no duplicate', async () => {
    // Discord keeps a nonce a few minutes; this fake forgets it after 200 ms.
    const forgetful = await startFakeDiscord({ nonceWindowMs: 200 });
    try {
      const real = new DiscordDailyPoster({ token: forgetful.botToken, apiUrl: forgetful.apiUrl });
      const sent = () => forgetful.requests.filter((request) => request.route === POST);
      const first = serviceWith(crashingAfterDelivery(real), { channelId: forgetful.channelId });
      await first.store.saveSchedule(first.sched);
      void first.service.runDue(first.clock.now());
      while (sent().length === 0) await settle();
      await new Promise((resolve) => setTimeout(resolve, 400));
      // The process was down for 3 minutes, past the 2-minute window the poster counts on.
      first.clock.advance(3 * 60_000);
      const second = restartedWith(first, real);
      const [outcome] = (await second.service.runDue(first.clock.now())).outcomes;
      const [original] = sent();
      expect(outcome).toMatchObject({
        status: 'posted',
        resumed: true,
        messageId: (original?.response as { id: string }).id,
      });
      expect(sent()).toHaveLength(1);
      const looked = forgetful.requests.filter(
        (request) => request.route === 'GET /channels/:channelId/messages',
      );
      expect(looked.length).toBeGreaterThan(0);
      expect(looked[0]?.query['after']).toMatch(/^\d{17,20}$/);
    } finally {
      await forgetful.stop();
    }
  });

  it('given a crash before the send left and a restart after the nonce window then it looks, finds nothing and posts once', async () => {
    const dead: DailyPoster = {
      platform: 'discord',
      nonceWindowMs: poster.nonceWindowMs,
      post: () => new Promise(() => {}),
    };
    const first = serviceWith(dead, { channelId: discord.channelId });
    await first.store.saveSchedule(first.sched);
    void first.service.runDue(first.clock.now());
    await settle();
    first.clock.advance(3 * 60_000);
    const [outcome] = (await restartedWith(first, poster).service.runDue(first.clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true });
    expect(created().size).toBe(1);
    expect(discord.requests.some((request) => request.route === 'GET /channels/:channelId/messages')).toBe(
      true,
    );
  });

  // A global limit holds every request of @discordjs/rest until it is over, by the real clock: that test's
  // clock sleeps in real time too (`WaitingClock`).
  it.each([
    ['a 429', false],
    ['a global 429', true],
  ])('given %s then it waits the retry-after and posts once', async (_, global) => {
    const { service, clock, store, sched } = serviceWith(
      poster,
      { channelId: discord.channelId },
      global ? new WaitingClock(DUE) : undefined,
    );
    await store.saveSchedule(sched);
    discord.failNext({ pathPattern: '/channels/:id/messages', status: 429, retryAfterSeconds: 0.5, global });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 2 });
    // @discordjs/rest adds its small clock offset to Discord's retry-after.
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(clock.sleeps[0]).toBeLessThan(1000);
    expect(posts().map((request) => request.status)).toEqual([429, 200]);
    expect(created().size).toBe(1);
  });

  it('given a 500 then the same nonce is sent again and exactly one message exists', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: discord.channelId });
    await store.saveSchedule(sched);
    discord.failNext({ pathPattern: '/channels/:id/messages', status: 500 });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted' });
    expect(posts().map((request) => request.status)).toEqual([500, 200]);
    expect(created().size).toBe(1);
  });

  it('given 500 on every send then the post is pending for the next run, not lost, and posts once later', async () => {
    const slow = new DiscordDailyPoster({ token: discord.botToken, apiUrl: discord.apiUrl, retries: 0 });
    const { service, clock, store, sched } = serviceWith(slow, { channelId: discord.channelId });
    await store.saveSchedule(sched);
    discord.failNext({ pathPattern: '/channels/:id/messages', status: 503, times: 4 });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'pending', attempts: 4 });
    clock.advance(30_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted' });
    expect(created().size).toBe(1);
  });

  it('given 5xx on every send then it backs off between its bounded tries and warns once, naming no token', async () => {
    const { service, clock, store, sched, logger, status } = serviceWith(poster, {
      channelId: discord.channelId,
    });
    await store.saveSchedule(sched);
    discord.failNext({ pathPattern: '/channels/:id/messages', status: 502, times: 4 });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'pending', attempts: 4, messageId: null });
    expect(posts().map((request) => request.status)).toEqual([502, 502, 502, 502]);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    const warnings = logger.lines.filter((line) => line.level !== 'info');
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'warn', message: 'daily post failed; the next run resumes it' }),
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain(discord.botToken);
    // Not marked as sent: the post stays to be resumed, with no message.
    expect(await status()).toMatchObject({ today: { status: 'sending', messageId: null } });
  });

  it('given a 403 then the schedule is paused with the reason, logged, and /daily status shows it', async () => {
    const { service, clock, store, sched, status, logger } = serviceWith(poster, {
      channelId: discord.channelId,
    });
    await store.saveSchedule(sched);
    discord.failNext({ pathPattern: '/channels/:id/messages', status: 403 });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'paused' });
    const reply = await status();
    expect(reply).toMatchObject({
      kind: 'daily-status',
      next: null,
      schedule: { pausedReason: { code: 'forbidden', detail: expect.stringContaining('50001') } },
    });
    expect(logger.lines.some((line) => line.level === 'warn' || line.level === 'error')).toBe(true);
    clock.advance(86_400_000);
    expect((await service.runDue(clock.now())).outcomes).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it('given a channel that no longer exists then the schedule is paused as gone', async () => {
    const { service, clock, store, sched, status } = serviceWith(poster, { channelId: '999999999999999999' });
    await store.saveSchedule(sched);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'paused' });
    expect(await status()).toMatchObject({
      schedule: { pausedReason: { code: 'gone', detail: expect.stringContaining('10003') } },
    });
  });
});
