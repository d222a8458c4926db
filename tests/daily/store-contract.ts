import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DailyStore, PostRecord } from '../../src/index.js';
import { schedule } from './fakes.js';

/** A fresh store, and how to dispose of it. */
export interface StoreFactory {
  create(): Promise<{ store: DailyStore; dispose(): void }>;
}

const channel = { platform: 'discord', channelId: 'c1' } as const;

function claim(overrides: Partial<PostRecord> = {}): PostRecord {
  return {
    ...channel,
    localDate: '2026-03-29',
    passageId: 'tides#0',
    cycle: 0,
    nonce: 'qb260329abc',
    trigger: 'schedule',
    status: 'sending',
    owner: 'p1',
    leaseUntil: '2026-03-29T07:02:00.000Z',
    attempts: 0,
    blindResends: 0,
    scheduledAt: '2026-03-29T07:00:00.000Z',
    claimedAt: '2026-03-29T07:00:00.000Z',
    lastAttemptAt: null,
    confirmedAt: null,
    messageId: null,
    detail: null,
    ...overrides,
  };
}

/** The behaviour every `DailyStore` must have; run by each implementation's test file. */
export function describeDailyStoreContract(name: string, factory: StoreFactory): void {
  describe(`${name} (DailyStore contract)`, () => {
    let store: DailyStore;
    let dispose: () => void;
    beforeEach(async () => {
      ({ store, dispose } = await factory.create());
    });
    afterEach(() => dispose());

    it('given a saved schedule then it reads back equal, and listing sorts by platform and channel', async () => {
      const a = schedule({ platform: 'slack', channelId: 'C2', days: ['mon', 'fri'], article: 'tides' });
      const b = schedule({
        channelId: 'c9',
        pausedReason: { code: 'forbidden', detail: '50013', since: '2026-01-01T00:00:00.000Z' },
      });
      await store.saveSchedule(a);
      await store.saveSchedule(b);
      expect(await store.getSchedule(a)).toEqual(a);
      expect(await store.getSchedule(b)).toEqual(b);
      expect((await store.listSchedules()).map((s) => s.channelId)).toEqual(['c9', 'C2']);
      expect(await store.getSchedule({ platform: 'discord', channelId: 'nope' })).toBeUndefined();
    });

    it('given a schedule posted as cards then the flag reads back, and a later save can clear it', async () => {
      await store.saveSchedule(schedule({ channelId: 'c1', card: true }));
      expect(await store.getSchedule(channel)).toEqual(schedule({ channelId: 'c1', card: true }));
      expect((await store.listSchedules())[0]?.card).toBe(true);
      await store.saveSchedule(schedule({ channelId: 'c1' }));
      expect((await store.getSchedule(channel))?.card).toBe(false);
    });

    it('given a schedule saved twice then the second replaces the first', async () => {
      await store.saveSchedule(schedule({ channelId: 'c1', time: '09:00' }));
      await store.saveSchedule(schedule({ channelId: 'c1', time: '18:30', enabled: false }));
      expect(await store.listSchedules()).toHaveLength(1);
      expect(await store.getSchedule(channel)).toMatchObject({ time: '18:30', enabled: false });
    });

    it('given setPause then the reason is stored and cleared; a missing schedule answers false', async () => {
      await store.saveSchedule(schedule({ channelId: 'c1' }));
      const reason = { code: 'gone', detail: 'Unknown Channel', since: '2026-03-29T07:00:00.000Z' } as const;
      expect(await store.setPause(channel, reason)).toBe(true);
      expect((await store.getSchedule(channel))?.pausedReason).toEqual(reason);
      expect(await store.setPause(channel, null)).toBe(true);
      expect((await store.getSchedule(channel))?.pausedReason).toBeNull();
      expect(await store.setPause({ platform: 'slack', channelId: 'x' }, reason)).toBe(false);
    });

    it('given a claim then a second claim for the same channel and date gets the first row back', async () => {
      const first = await store.claimPost(claim());
      expect(first).toEqual({ claimed: true, record: claim() });
      const second = await store.claimPost(claim({ owner: 'p2', passageId: 'tides#3' }));
      expect(second.claimed).toBe(false);
      expect(second.record).toMatchObject({ owner: 'p1', passageId: 'tides#0' });
      expect(await store.getPost(claim())).toEqual(claim());
    });

    it('given claims for other dates or channels then each is its own post', async () => {
      expect((await store.claimPost(claim())).claimed).toBe(true);
      expect((await store.claimPost(claim({ localDate: '2026-03-30' }))).claimed).toBe(true);
      expect((await store.claimPost(claim({ channelId: 'c2' }))).claimed).toBe(true);
      expect((await store.claimPost(claim({ platform: 'slack' }))).claimed).toBe(true);
      expect((await store.channelHistory(channel)).map((r) => r.localDate)).toEqual([
        '2026-03-29',
        '2026-03-30',
      ]);
    });

    it('given a failed post then it can be claimed again, but a sent or uncertain one cannot', async () => {
      await store.claimPost(claim());
      await store.updateClaim(claim(), 'p1', { status: 'failed', detail: 'rate-limited' });
      const again = await store.claimPost(claim({ owner: 'p2', passageId: 'tides#4' }));
      expect(again).toEqual({ claimed: true, record: claim({ owner: 'p2', passageId: 'tides#4' }) });
      await store.updateClaim(claim(), 'p2', { status: 'sent', messageId: 'm1' });
      expect((await store.claimPost(claim({ owner: 'p3' }))).claimed).toBe(false);
      await store.claimPost(claim({ localDate: '2026-03-30' }));
      await store.updateClaim(claim({ localDate: '2026-03-30' }), 'p1', { status: 'uncertain' });
      expect((await store.claimPost(claim({ localDate: '2026-03-30', owner: 'p3' }))).claimed).toBe(false);
    });

    it('given updateClaim then only the owner of a sending claim changes it', async () => {
      await store.claimPost(claim());
      expect(await store.updateClaim(claim(), 'p2', { attempts: 1 })).toBe(false);
      expect(
        await store.updateClaim(claim(), 'p1', {
          attempts: 1,
          lastAttemptAt: '2026-03-29T07:00:01.000Z',
          blindResends: 1,
        }),
      ).toBe(true);
      expect(
        await store.updateClaim(claim(), 'p1', {
          status: 'sent',
          messageId: 'm1',
          confirmedAt: '2026-03-29T07:00:02.000Z',
          leaseUntil: null,
        }),
      ).toBe(true);
      expect(await store.getPost(claim())).toEqual(
        claim({
          attempts: 1,
          blindResends: 1,
          lastAttemptAt: '2026-03-29T07:00:01.000Z',
          status: 'sent',
          messageId: 'm1',
          confirmedAt: '2026-03-29T07:00:02.000Z',
          leaseUntil: null,
        }),
      );
      expect(await store.updateClaim(claim(), 'p1', { detail: 'too late' })).toBe(false);
    });

    it('given takeOverPost then it succeeds only while owner and attempts are as expected', async () => {
      await store.claimPost(claim({ attempts: 1 }));
      expect(await store.takeOverPost(claim(), { owner: 'p1', attempts: 0 }, 'p2', 'x')).toBeUndefined();
      expect(await store.takeOverPost(claim(), { owner: 'p9', attempts: 1 }, 'p2', 'x')).toBeUndefined();
      const taken = await store.takeOverPost(
        claim(),
        { owner: 'p1', attempts: 1 },
        'p2',
        '2026-03-29T08:00:00.000Z',
      );
      expect(taken).toMatchObject({ owner: 'p2', leaseUntil: '2026-03-29T08:00:00.000Z', attempts: 1 });
      expect(await store.takeOverPost(claim(), { owner: 'p1', attempts: 1 }, 'p3', 'x')).toBeUndefined();
      expect(await store.updateClaim(claim(), 'p1', { attempts: 2 })).toBe(false);
      expect(await store.updateClaim(claim(), 'p2', { attempts: 2 })).toBe(true);
    });

    it('given a claim without owner then takeOverPost matches the null owner', async () => {
      await store.claimPost(claim({ owner: null }));
      expect(await store.takeOverPost(claim(), { owner: null, attempts: 0 }, 'p2', 'x')).toMatchObject({
        owner: 'p2',
      });
    });

    it('given a settled post then takeOverPost refuses it', async () => {
      await store.claimPost(claim());
      await store.updateClaim(claim(), 'p1', { status: 'sent' });
      expect(await store.takeOverPost(claim(), { owner: 'p1', attempts: 0 }, 'p2', 'x')).toBeUndefined();
    });

    it('given an uncertain post then takeOverPost takes it only when asked to, making it sending again', async () => {
      await store.claimPost(claim({ attempts: 1 }));
      await store.updateClaim(claim(), 'p1', { status: 'uncertain', leaseUntil: null, detail: 'x' });
      expect(await store.takeOverPost(claim(), { owner: 'p1', attempts: 1 }, 'p2', 'y')).toBeUndefined();
      const taken = await store.takeOverPost(
        claim(),
        { owner: 'p1', attempts: 1, status: 'uncertain' },
        'p2',
        '2026-03-29T08:00:00.000Z',
      );
      expect(taken).toEqual(
        claim({
          attempts: 1,
          status: 'sending',
          owner: 'p2',
          leaseUntil: '2026-03-29T08:00:00.000Z',
          detail: 'x',
        }),
      );
      expect(
        await store.takeOverPost(claim(), { owner: 'p1', attempts: 1, status: 'uncertain' }, 'p3', 'z'),
      ).toBeUndefined();
      expect(await store.updateClaim(claim(), 'p2', { status: 'sent', messageId: 'm1' })).toBe(true);
    });

    it('given posts in every status then unsettledPosts lists the sending and uncertain ones since a date, oldest first', async () => {
      const day = (localDate: string, channelId = 'c1') => claim({ localDate, channelId });
      await store.claimPost(day('2026-03-27'));
      for (const [localDate, channelId, status] of [
        ['2026-03-28', 'c1', 'sent'],
        ['2026-03-29', 'c1', 'failed'],
        ['2026-03-30', 'c1', 'uncertain'],
        ['2026-03-31', 'c2', 'sending'],
        ['2026-03-31', 'c1', 'sending'],
        ['2026-04-01', 'c1', 'uncertain'],
      ] as const) {
        await store.claimPost(day(localDate, channelId));
        if (status !== 'sending') await store.updateClaim(day(localDate, channelId), 'p1', { status });
      }
      const unsettled = await store.unsettledPosts('2026-03-28');
      expect(unsettled.map((post) => [post.localDate, post.channelId, post.status])).toEqual([
        ['2026-03-30', 'c1', 'uncertain'],
        ['2026-03-31', 'c1', 'sending'],
        ['2026-03-31', 'c2', 'sending'],
        ['2026-04-01', 'c1', 'uncertain'],
      ]);
      expect(unsettled[1]).toEqual(day('2026-03-31'));
      expect((await store.unsettledPosts('2026-03-01')).map((post) => post.localDate)[0]).toBe('2026-03-27');
      expect(await store.unsettledPosts('2026-04-02')).toEqual([]);
    });

    it('given concurrent claims for one post then exactly one wins', async () => {
      const results = await Promise.all(
        ['p1', 'p2', 'p3', 'p4'].map((owner) => store.claimPost(claim({ owner }))),
      );
      expect(results.filter((result) => result.claimed)).toHaveLength(1);
      const winner = results.find((result) => result.claimed)!.record.owner;
      for (const result of results) expect(result.record.owner).toBe(winner);
    });
  });
}
