import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_FILE_NAME } from '../../../adapters/discord/card-attachment.js';
import { DiscordDailyPoster } from '../../../adapters/discord/daily-poster.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { expectCardPng } from '../../adapters/card-fixtures.js';
import { TestPainter } from './daily-cards.js';
import { crashingAfterDelivery, restartedWith, serviceWith, settle } from './setup.js';

const POST = 'POST /channels/:channelId/messages';
const painter = new TestPainter();
const failures: unknown[] = [];
let discord: FakeDiscord;
let poster: DiscordDailyPoster;

beforeAll(() => painter.worker.warm(), 60_000);
afterAll(() => painter.worker.close());
beforeEach(async () => {
  discord = await startFakeDiscord();
  poster = new DiscordDailyPoster({
    token: discord.botToken,
    apiUrl: discord.apiUrl,
    cards: { cards: painter, onCardFailed: (error) => failures.push(error) },
  });
  painter.painted.length = 0;
  failures.length = 0;
});
afterEach(async () => {
  painter.failing = false;
  await discord.stop();
});

const posts = () => discord.requests.filter((request) => request.route === POST);
const created = () =>
  new Set(
    posts()
      .filter((request) => request.status === 200)
      .map((request) => (request.response as { id: string }).id),
  );

describe('Discord daily cards (real @discordjs/rest and card worker against the fake Discord)', () => {
  it('given a card schedule then the quote arrives once as a 1200×630 PNG with alt text, a nonce, pinging nobody', async () => {
    const { service, clock, store, sched } = serviceWith(poster, {
      channelId: discord.channelId,
      card: true,
    });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    const [request, ...more] = posts();
    expect(more).toEqual([]);
    const card = painter.painted[0]!;
    expect(card.altText).toContain(outcome!.passage!.text);
    expect(request?.multipart).toBe(true);
    expect(request?.files.map((file) => file.name)).toEqual([CARD_FILE_NAME]);
    expectCardPng(request!.files[0]!.data, card);
    expect(request?.body).toMatchObject({
      attachments: [{ id: 0, filename: CARD_FILE_NAME, description: card.altText }],
      allowed_mentions: { parse: [] },
      enforce_nonce: true,
    });
    expect(request?.body.embeds).toBeUndefined();
    expect(request?.body.content).toBeUndefined();
    const message = discord.message(outcome!.messageId!)!;
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({ filename: CARD_FILE_NAME, description: card.altText });
  });

  it('given a crash after the card was sent and a restart then the resend returns the same message: one card', async () => {
    const first = serviceWith(crashingAfterDelivery(poster), { channelId: discord.channelId, card: true });
    await first.store.saveSchedule(first.sched);
    void first.service.runDue(first.clock.now());
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

  it('given a crash after the card was sent and a restart after Discord forgot the nonce then the card is found among the channel messages: one card', async () => {
    // Discord keeps a nonce a few minutes; this fake forgets it after 200 ms.
    const forgetful = await startFakeDiscord({ nonceWindowMs: 200 });
    try {
      const real = new DiscordDailyPoster({
        token: forgetful.botToken,
        apiUrl: forgetful.apiUrl,
        cards: { cards: painter },
      });
      const sent = () => forgetful.requests.filter((request) => request.route === POST);
      const first = serviceWith(crashingAfterDelivery(real), { channelId: forgetful.channelId, card: true });
      await first.store.saveSchedule(first.sched);
      void first.service.runDue(first.clock.now());
      while (sent().length === 0) await settle();
      await new Promise((resolve) => setTimeout(resolve, 400));
      first.clock.advance(3 * 60_000);
      const [outcome] = (await restartedWith(first, real).service.runDue(first.clock.now())).outcomes;
      expect(outcome).toMatchObject({
        status: 'posted',
        resumed: true,
        messageId: (sent()[0]?.response as { id: string }).id,
      });
      expect(sent()).toHaveLength(1);
    } finally {
      await forgetful.stop();
    }
  });

  it('given a card that cannot be drawn then the quote is posted once as text, and the failure is told', async () => {
    painter.failing = true;
    const { service, clock, store, sched } = serviceWith(poster, {
      channelId: discord.channelId,
      card: true,
    });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    const [request, ...more] = posts();
    expect(more).toEqual([]);
    expect(request?.files).toEqual([]);
    expect(request?.body.embeds[0].description).toContain(outcome?.passage?.text.slice(0, 20));
    expect(request?.body.allowed_mentions).toEqual({ parse: [] });
    expect(failures).toHaveLength(1);
  });

  it('given a schedule without card:true then nothing is drawn and the quote is text', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: discord.channelId });
    await store.saveSchedule(sched);
    await service.runDue(clock.now());
    expect(painter.painted).toEqual([]);
    expect(posts()[0]?.files).toEqual([]);
    expect(posts()[0]?.body.embeds).toHaveLength(1);
  });
});
