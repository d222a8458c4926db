import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAILY_EVENT_TYPE, SlackDailyPoster } from '../../../adapters/slack/daily-poster.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { crashingAfterDelivery, restartedWith, serviceWith, settle } from './setup.js';
import { withHistory } from './slack-history.js';

const CHANNEL = 'C0DAILY01';
let slack: FakeSlack;
let poster: SlackDailyPoster;

beforeEach(async () => {
  slack = await startFakeSlack();
  poster = new SlackDailyPoster({ token: slack.botToken, apiUrl: slack.apiUrl });
});
afterEach(async () => {
  await slack.stop();
});

const posts = () => slack.callsTo('chat.postMessage');
const delivered = () => posts().filter((call) => (call.response as { ok?: boolean }).ok === true);

/** A service whose first send is delivered and then "crashes", run until `sent()` sees the delivery. */
async function crashedAfterDelivery(sent: () => boolean) {
  const first = serviceWith(crashingAfterDelivery(poster), { channelId: CHANNEL });
  await first.store.saveSchedule(first.sched);
  void first.service.runDue(first.clock.now());
  while (!sent()) await settle();
  await settle();
  return first;
}

describe('Slack daily poster (real WebClient against the fake Slack)', () => {
  it('given a due schedule then the quote is posted as blocks with the nonce in the message metadata', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: CHANNEL, workspaceId: 'T1' });
    await store.saveSchedule(sched);
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 1 });
    const [call] = posts();
    expect(call?.args).toMatchObject({
      channel: CHANNEL,
      metadata: { event_type: DAILY_EVENT_TYPE, event_payload: { local_date: '2026-06-01' } },
    });
    const nonce = (call?.args['metadata'] as { event_payload: { nonce: string } }).event_payload.nonce;
    expect(nonce.length).toBeGreaterThan(0);
    const blocks = JSON.stringify(call?.args['blocks']);
    expect(blocks).toContain(outcome?.passage?.text.slice(0, 20));
    expect(blocks).toMatch(/Ada Marsh|Tom Comb/);
    expect(outcome?.messageId).toBe((call?.response as { ts: string }).ts);
  });

  it('given a crash after the send and a restart then findDelivered finds the message: no duplicate', async () => {
    const kept = withHistory(slack);
    const first = await crashedAfterDelivery(() => kept.length > 0);
    first.clock.advance(10_000);
    const second = restartedWith(first, poster);
    const [outcome] = (await second.service.runDue(first.clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true, messageId: kept[0]?.message['ts'] });
    expect(posts()).toHaveLength(1);
    const [history] = slack.callsTo('conversations.history');
    expect(history?.args['channel']).toBe(CHANNEL);
    expect(String(history?.args['include_all_metadata'])).toBe('true');
  });

  it('given a crash and no way to look (no history) then at most one duplicate, never more', async () => {
    const first = await crashedAfterDelivery(() => delivered().length > 0);
    const second = restartedWith(first, poster);
    first.clock.advance(10_000);
    expect((await second.service.runDue(first.clock.now())).outcomes[0]).toMatchObject({ status: 'posted' });
    first.clock.advance(3_600_000);
    await second.service.runDue(first.clock.now());
    expect(delivered()).toHaveLength(2);
  });

  it('given a post left uncertain because the history could not be read then the next run reads it again and settles it', async () => {
    const kept = withHistory(slack);
    const first = await crashedAfterDelivery(() => kept.length > 0);
    first.clock.advance(10_000);
    const second = restartedWith(first, poster);
    // History fails on both looks; the one blind resend in between gets a 500: the post is uncertain.
    slack.failNext({ method: 'conversations.history', error: 'internal_error', times: 2 });
    slack.failNext({ method: 'chat.postMessage', status: 500 });
    const [unsure] = (await second.service.runDue(first.clock.now())).outcomes;
    expect(unsure).toMatchObject({ status: 'uncertain' });
    first.clock.advance(60_000);
    const [settled] = (await second.service.runDue(first.clock.now())).outcomes;
    expect(settled).toMatchObject({ status: 'posted', resumed: true, messageId: kept[0]?.message['ts'] });
    expect(await second.store.getPost({ ...first.sched, localDate: '2026-06-01' })).toMatchObject({
      status: 'sent',
    });
    expect(delivered()).toHaveLength(1);
    first.clock.advance(60_000);
    expect((await second.service.runDue(first.clock.now())).outcomes[0]).toMatchObject({
      status: 'already-posted',
    });
  });

  it('given a 429 then it waits the retry-after and posts once', async () => {
    const { service, clock, store, sched } = serviceWith(poster, { channelId: CHANNEL });
    await store.saveSchedule(sched);
    slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 2 });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 2 });
    expect(clock.sleeps).toEqual([2000]);
    expect(delivered()).toHaveLength(1);
  });

  it('given a 500 then it checks the history, resends, and exactly one message exists', async () => {
    const kept = withHistory(slack);
    const { service, clock, store, sched } = serviceWith(poster, { channelId: CHANNEL });
    await store.saveSchedule(sched);
    slack.failNext({ method: 'chat.postMessage', status: 500 });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 2 });
    expect(posts().map((call) => call.status)).toEqual([500, 200]);
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(kept).toHaveLength(1);
  });

  it.each([
    ['not_in_channel', 'forbidden'],
    ['channel_not_found', 'gone'],
    ['is_archived', 'gone'],
  ])('given %s then the schedule is paused as %s and /daily status says why', async (error, code) => {
    const { service, clock, store, sched, status } = serviceWith(poster, { channelId: CHANNEL });
    await store.saveSchedule(sched);
    slack.failNext({ method: 'chat.postMessage', error });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'paused' });
    expect(await status()).toMatchObject({ next: null, schedule: { pausedReason: { code, detail: error } } });
    clock.advance(86_400_000);
    expect((await service.runDue(clock.now())).outcomes).toEqual([]);
    expect(posts()).toHaveLength(1);
  });
});
