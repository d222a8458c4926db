import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackDailyPoster } from '../../../adapters/slack/daily-poster.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { expectCardPng } from '../../adapters/card-fixtures.js';
import { TestPainter } from './daily-cards.js';
import { crashingAfterDelivery, restartedWith, serviceWith, settle } from './setup.js';
import { withHistory } from './slack-history.js';

const CHANNEL = 'C0DAILY01';
const painter = new TestPainter();
const failures: unknown[] = [];
let slack: FakeSlack;
let poster: SlackDailyPoster;

beforeAll(() => painter.worker.warm(), 60_000);
afterAll(() => painter.worker.close());
beforeEach(async () => {
  slack = await startFakeSlack();
  poster = new SlackDailyPoster({
    token: slack.botToken,
    apiUrl: slack.apiUrl,
    cards: { cards: painter, onCardFailed: (error) => failures.push(error) },
  });
  painter.painted.length = 0;
  failures.length = 0;
});
afterEach(async () => {
  painter.failing = false;
  await slack.stop();
});

const messages = () => slack.callsTo('chat.postMessage');

describe('Slack daily cards (real WebClient and card worker against the fake Slack)', () => {
  it('given a card schedule then the card is shared once into the channel as a 1200×630 PNG with alt text', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: CHANNEL, card: true });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    expect(slack.sharedFiles).toHaveLength(1);
    const [shared] = slack.sharedFiles;
    const card = painter.painted[0]!;
    expect(card.altText).toContain(outcome!.passage!.text);
    expectCardPng(shared!.bytes, card);
    expect(shared).toMatchObject({
      channel: CHANNEL,
      threadTs: undefined,
      altText: card.altText,
      // Files mention nobody; no comment goes with the card.
      initialComment: undefined,
      title: 'Quote of the day',
    });
    expect(shared?.filename).toMatch(/^quote-card-qb\w+\.png$/);
    expect(outcome?.messageId).toBe(shared?.id);
    expect(messages()).toEqual([]);
  });

  it('given a crash after the card was shared and a restart then history finds it by its name: one card', async () => {
    const kept = withHistory(slack);
    const first = serviceWith(crashingAfterDelivery(poster), { channelId: CHANNEL, card: true });
    await first.store.saveSchedule(first.sched);
    void first.service.runDue(first.clock.now());
    while (kept.length === 0) await settle();
    await settle();
    first.clock.advance(10_000);
    const second = restartedWith(first, poster);
    const [outcome] = (await second.service.runDue(first.clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true });
    expect(slack.sharedFiles).toHaveLength(1);
    expect(outcome?.messageId).toBe(slack.sharedFiles[0]?.id);
    expect(slack.callsTo('files.getUploadURLExternal')).toHaveLength(1);
  });

  it('given a card that cannot be drawn then the quote is posted once as text, and the failure is told', async () => {
    painter.failing = true;
    const { service, clock, store, sched } = serviceWith(poster, { channelId: CHANNEL, card: true });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    expect(slack.sharedFiles).toEqual([]);
    expect(messages()).toHaveLength(1);
    expect(JSON.stringify(messages()[0]?.args['blocks'])).toContain(outcome?.passage?.text.slice(0, 20));
    expect(failures).toHaveLength(1);
  });
});
