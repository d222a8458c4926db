import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from './fixture-library.js';
import { FakeClock, FakePlatform, makeService, schedule } from './fakes.js';

const key = (s = schedule()) => ({ ...s, localDate: '2026-06-01' });

function setup(platform: 'discord' | 'slack' = 'discord', lookup = false) {
  const clock = new FakeClock('2026-06-01T07:00:00Z');
  const poster = new FakePlatform(platform, clock, platform === 'discord' ? 120_000 : 0, lookup);
  const made = makeService({ library: fixtureLibrary(), clock, posters: [poster] });
  const sched = schedule({ platform, channelId: platform === 'discord' ? '111' : 'C1' });
  return { clock, poster, sched, ...made };
}

describe('retries', () => {
  it('given a 500 then a success then it retries after a backoff and posts once', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    poster.answer({ ok: false, kind: 'retryable', detail: '500' });
    const [outcome] = (await service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', attempts: 2 });
    expect(clock.sleeps).toEqual([1000]);
    expect(poster.messages).toHaveLength(1);
  });

  it('given a 429 with retry-after then it waits that long and posts once', async () => {
    const { service, store, poster, clock, sched } = setup('slack');
    await store.saveSchedule(sched);
    poster.answer({ ok: false, kind: 'rate-limited', retryAfterMs: 5000, detail: 'ratelimited' });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted', attempts: 2 });
    expect(clock.sleeps).toEqual([5000]);
    expect((await store.getPost(key(sched)))?.blindResends).toBe(0);
  });

  it('given 429 on every attempt then the post fails for this run and the next run posts it', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    poster.answer(...Array(4).fill({ ok: false, kind: 'rate-limited', retryAfterMs: 2000, detail: '429' }));
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'failed', attempts: 4 });
    expect(await store.getPost(key(sched))).toMatchObject({ status: 'failed', detail: 'rate-limited: 429' });
    clock.advance(60_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted' });
    expect(poster.messages).toHaveLength(1);
  });

  it('given a 429 asking for longer than a run waits then the run stops at once and a later run posts', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    poster.answer({ ok: false, kind: 'rate-limited', retryAfterMs: 600_000, detail: 'global' });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(clock.sleeps).toEqual([]);
    clock.advance(600_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted' });
  });

  it('given 500 on every attempt on Discord then the post is pending and the next run finishes it once', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    poster.answer(...Array(4).fill({ ok: false, kind: 'retryable', detail: '502 Bad Gateway' }));
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'pending', attempts: 4 });
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    clock.advance(60_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'posted',
      resumed: true,
    });
    expect(poster.messages).toHaveLength(1);
  });

  it('given a poster that throws then it counts as a retryable failure', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    const post = poster.post.bind(poster);
    let calls = 0;
    poster.post = async (request) =>
      ++calls === 1 ? Promise.reject(new Error('socket hang up')) : post(request);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted', attempts: 2 });
  });
});

describe('duplicates on platforms without nonces', () => {
  it('given Discord delivering but answering 500 then the resend carries the same nonce and is deduplicated', async () => {
    const { service, store, poster, clock, sched } = setup('discord');
    await store.saveSchedule(sched);
    poster.answer('deliver-then-500');
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'posted',
      messageId: 'm1',
    });
    expect(poster.messages).toHaveLength(1);
    expect(new Set(poster.requests.map((r) => r.nonce)).size).toBe(1);
  });

  it('given Slack delivering but answering 500 every time then there is at most one duplicate, then it stops', async () => {
    const { service, store, poster, clock, sched } = setup('slack');
    await store.saveSchedule(sched);
    poster.answer('deliver-then-500', 'deliver-then-500', 'deliver-then-500');
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'uncertain',
      attempts: 2,
    });
    clock.advance(60_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'uncertain' });
    expect(poster.messages).toHaveLength(2);
    expect(await store.getPost(key(sched))).toMatchObject({ status: 'uncertain', blindResends: 1 });
  });

  it('given Slack answering 500 after delivering, then 429 until the run ends, then the day still gets at most two copies', async () => {
    const { service, store, poster, clock, sched } = setup('slack');
    await store.saveSchedule(sched);
    const limited = { ok: false, kind: 'rate-limited', retryAfterMs: 1000, detail: '429' } as const;
    poster.answer('deliver-then-500', limited, limited, limited);
    // A 429 does not undo the doubt about the 500: the post stays pending, never "failed" (re-claimable).
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'pending', attempts: 4 });
    for (let minute = 0; minute < 5; minute++) {
      clock.advance(60_000);
      await service.runDue(clock.now());
    }
    expect(poster.messages.length).toBeLessThanOrEqual(2);
    expect(new Set(poster.requests.map((r) => r.passage.id)).size).toBe(1);
    expect((await store.channelHistory(sched)).map((r) => r.status)).toEqual(['sent']);
  });

  it('given a blind resend answered by 429 then it is not counted: the next send may still go once', async () => {
    const { service, store, poster, clock, sched } = setup('slack');
    await store.saveSchedule(sched);
    poster.answer('deliver-then-500', { ok: false, kind: 'rate-limited', retryAfterMs: 1000, detail: '429' });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted', attempts: 3 });
    expect(poster.messages).toHaveLength(2);
    expect(await store.getPost(key(sched))).toMatchObject({ blindResends: 1 });
  });

  it('given Slack with a delivery lookup then a send that arrived despite a 500 is found and not repeated', async () => {
    const { service, store, poster, clock, sched } = setup('slack', true);
    await store.saveSchedule(sched);
    poster.answer('deliver-then-500');
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'posted',
      messageId: 'm1',
    });
    expect(poster.messages).toHaveLength(1);
  });
});

describe('refusals pause the schedule', () => {
  it.each([
    ['forbidden', 'Missing Permissions (50013)'],
    ['gone', 'Unknown Channel (10003)'],
  ] as const)(
    'given %s then the schedule is paused with the reason, logged, and posts nothing more',
    async (kind, detail) => {
      const { service, store, poster, clock, sched, logger } = setup();
      await store.saveSchedule(sched);
      poster.answer({ ok: false, kind, detail });
      expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
        status: 'paused',
        detail: `${kind}: ${detail}`,
      });
      expect((await store.getSchedule(sched))?.pausedReason).toEqual({
        code: kind,
        detail,
        since: '2026-06-01T07:00:00.000Z',
      });
      expect(
        logger.lines.some((line) => line.level === 'warn' && line.message === 'daily schedule paused'),
      ).toBe(true);
      for (let day = 0; day < 3; day++) {
        clock.advance(86_400_000);
        expect((await service.runDue(clock.now())).outcomes).toEqual([]);
      }
      expect(poster.requests).toHaveLength(1);
    },
  );

  it('given a paused schedule set again then it posts the next day', async () => {
    const { service, store, poster, clock, sched } = setup();
    await store.saveSchedule(sched);
    poster.answer({ ok: false, kind: 'forbidden', detail: '50001' });
    await service.runDue(clock.now());
    const paused = (await store.getSchedule(sched))!;
    await store.saveSchedule({ ...paused, pausedReason: null, updatedAt: clock.now().toISOString() });
    clock.advance(86_400_000);
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'posted',
      localDate: '2026-06-02',
    });
  });

  it('given a schedule whose article left the library then it is paused as unknown-article', async () => {
    const { service, store, clock, sched } = setup();
    await store.saveSchedule({ ...sched, article: 'deleted-article' });
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'paused' });
    expect((await store.getSchedule(sched))?.pausedReason).toMatchObject({
      code: 'unknown-article',
      detail: 'deleted-article',
    });
  });
});
