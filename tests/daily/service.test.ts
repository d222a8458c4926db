import { describe, expect, it } from 'vitest';
import { dailyNonce, MAX_NONCE_LENGTH } from '../../src/index.js';
import { fixtureLibrary, TIDES_SLUG } from './fixture-library.js';
import { FakeClock, FakePlatform, makeService, schedule } from './fakes.js';

const HOUR = 3_600_000;

function setup(start = '2026-06-01T07:00:00Z') {
  const clock = new FakeClock(start);
  const discord = new FakePlatform('discord', clock, 120_000);
  const slack = new FakePlatform('slack', clock);
  const made = makeService({ library: fixtureLibrary(), clock, posters: [discord, slack] });
  return { clock, discord, slack, ...made };
}

describe('DailyService.runDue', () => {
  it('given a due schedule then it posts one passage with the attribution and a nonce ≤ 25 characters', async () => {
    const { service, store, discord, clock } = setup();
    await store.saveSchedule(schedule());
    const report = await service.runDue(clock.now());
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]).toMatchObject({
      status: 'posted',
      localDate: '2026-06-01',
      messageId: 'm1',
      attempts: 1,
    });
    expect(discord.messages).toHaveLength(1);
    const request = discord.requests[0]!;
    expect(request.nonce).toBe(dailyNonce(schedule(), '2026-06-01'));
    expect(request.nonce.length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
    expect(request.article).toMatchObject({ author: expect.any(String), title: expect.any(String) });
    expect(await store.getPost({ ...schedule(), localDate: '2026-06-01' })).toMatchObject({
      status: 'sent',
      messageId: 'm1',
      owner: 'process-1',
      leaseUntil: null,
    });
  });

  it('given runDue again the same minute and every minute after then nothing more is posted that day', async () => {
    const { service, store, discord, clock } = setup();
    await store.saveSchedule(schedule());
    for (let minute = 0; minute < 8 * 60; minute++) {
      await service.runDue(clock.now());
      clock.advance(60_000);
    }
    expect(discord.messages).toHaveLength(1);
  });

  it('given a week of minutes then each day gets exactly one post at its time, per channel and platform', async () => {
    const { service, store, discord, slack, clock } = setup('2026-06-01T00:00:00Z');
    await store.saveSchedule(schedule({ channelId: 'd1', time: '09:00' }));
    await store.saveSchedule(schedule({ channelId: 'd2', time: '18:30', timezone: 'America/New_York' }));
    await store.saveSchedule(
      schedule({
        platform: 'slack',
        channelId: 'C1',
        time: '07:15',
        timezone: 'Asia/Tokyo',
        days: ['mon', 'wed'],
      }),
    );
    const end = Date.parse('2026-06-08T00:00:00Z');
    while (clock.now().getTime() < end) {
      await service.runDue(clock.now());
      clock.advance(60_000);
    }
    expect([...discord.countsPerDay().values()].every((n) => n === 1)).toBe(true);
    expect(discord.messages.filter((m) => m.channelId === 'd1')).toHaveLength(7);
    // 18:30 in New York on 31 May is 22:30Z: at the start (00:00Z) it is missed by 1.5 h and caught up.
    expect(discord.messages.filter((m) => m.channelId === 'd2').map((m) => m.localDate)).toEqual([
      '2026-05-31',
      ...['01', '02', '03', '04', '05', '06', '07'].map((day) => `2026-06-${day}`),
    ]);
    // Mondays and Wednesdays in Tokyo; Monday 8 June 07:15 there is 22:15Z on the 7th.
    expect(slack.messages.map((m) => m.localDate)).toEqual(['2026-06-01', '2026-06-03', '2026-06-08']);
  });

  it('given a schedule for one article then only its passages are posted', async () => {
    const { service, store, discord, clock } = setup();
    await store.saveSchedule(schedule({ article: TIDES_SLUG }));
    for (let day = 0; day < 5; day++) {
      await service.runDue(clock.now());
      clock.advance(24 * HOUR);
    }
    expect(discord.requests.every((request) => request.passage.slug === TIDES_SLUG)).toBe(true);
    expect(new Set(discord.messages.map((m) => m.text)).size).toBe(5);
  });

  it('given two full rotation cycles of daily posts then no passage repeats within a cycle', async () => {
    const { service, store, discord, clock } = setup();
    await store.saveSchedule(schedule());
    for (let day = 0; day < 16; day++) {
      await service.runDue(clock.now());
      clock.advance(24 * HOUR);
    }
    const ids = discord.requests.map((request) => request.passage.id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids.slice(0, 8)).size).toBe(8);
    expect(new Set(ids.slice(8)).size).toBe(8);
    const history = await store.channelHistory(schedule());
    expect(history.map((record) => record.cycle)).toEqual([...Array(8).fill(0), ...Array(8).fill(1)]);
  });

  it('given a platform this process cannot post to then the post is reported and not claimed', async () => {
    const { service, store, clock } = setup();
    await store.saveSchedule(schedule({ platform: 'console', channelId: 'local' }));
    const report = await service.runDue(clock.now());
    expect(report.outcomes[0]).toMatchObject({ status: 'no-poster' });
    expect(await store.channelHistory({ platform: 'console', channelId: 'local' })).toEqual([]);
  });

  it('given a dry run then it names the passage but claims and posts nothing', async () => {
    const { service, store, discord, clock } = setup();
    await store.saveSchedule(schedule());
    const report = await service.runDue(clock.now(), { dryRun: true });
    expect(report.outcomes[0]).toMatchObject({ status: 'would-post', passage: { id: expect.any(String) } });
    expect(discord.requests).toHaveLength(0);
    expect(await store.channelHistory(schedule())).toEqual([]);
  });
});

describe('catch-up after an outage', () => {
  it('given the bot back 5 hours after the time (window 6 h) then it posts once, then not again', async () => {
    const { service, store, discord, clock } = setup('2026-06-01T12:00:00Z');
    await store.saveSchedule(schedule());
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'posted' });
    clock.advance(60_000);
    await service.runDue(clock.now());
    expect(discord.messages).toHaveLength(1);
  });

  it('given the bot back 7 hours after the time then today is skipped, and tomorrow posts on time', async () => {
    const { service, store, discord, clock } = setup('2026-06-01T14:00:00Z');
    await store.saveSchedule(schedule());
    expect((await service.runDue(clock.now())).outcomes).toEqual([]);
    clock.set('2026-06-02T07:00:00Z');
    await service.runDue(clock.now());
    expect(discord.messages.map((m) => m.localDate)).toEqual(['2026-06-02']);
  });

  it('given a ten-day outage then the first run posts only today, never the missed days', async () => {
    const { service, store, discord, clock } = setup('2026-06-01T07:00:00Z');
    await store.saveSchedule(schedule());
    await service.runDue(clock.now());
    clock.set('2026-06-11T08:00:00Z');
    for (let minute = 0; minute < 60; minute++) {
      await service.runDue(clock.now());
      clock.advance(60_000);
    }
    expect(discord.messages.map((m) => m.localDate)).toEqual(['2026-06-01', '2026-06-11']);
  });

  it('given a custom window then it is honoured', async () => {
    const clock = new FakeClock('2026-06-01T08:30:00Z');
    const discord = new FakePlatform('discord', clock, 120_000);
    const { service, store } = makeService({
      library: fixtureLibrary(),
      clock,
      posters: [discord],
      options: { catchUpMs: HOUR },
    });
    await store.saveSchedule(schedule());
    expect((await service.runDue(clock.now())).outcomes).toEqual([]);
  });
});
