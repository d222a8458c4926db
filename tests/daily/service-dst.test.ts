import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/index.js';
import { fixtureLibrary } from './fixture-library.js';
import { FakeClock, FakePlatform, makeService, schedule } from './fakes.js';

/** Ticks runDue every minute from `from` to `to`, like the scheduler, and returns when each post went out. */
async function simulate(times: { time: string; timezone: string }[], from: string, to: string) {
  const clock = new FakeClock(from);
  const discord = new FakePlatform('discord', clock, 120_000);
  const { service, store } = makeService({ library: fixtureLibrary(), clock, posters: [discord] });
  for (const [i, t] of times.entries()) await store.saveSchedule(schedule({ channelId: `c${i}`, ...t }));
  const posted: { channel: string; at: string; local: string; localDate: string }[] = [];
  while (clock.now().getTime() < Date.parse(to)) {
    const before = discord.messages.length;
    await service.runDue(clock.now());
    for (const message of discord.messages.slice(before)) {
      const zone = times[Number(message.channelId.slice(1))]!.timezone;
      const local = localDateTime(clock.now().getTime(), zone);
      posted.push({
        channel: message.channelId,
        at: clock.now().toISOString(),
        local: local.time,
        localDate: message.localDate,
      });
    }
    clock.advance(60_000);
  }
  return posted;
}

describe('daily posts across daylight-saving changes (Europe/Berlin, 2026)', () => {
  it('given 09:00 around the spring-forward on 29 March then every day posts once at 09:00 local', async () => {
    const posted = await simulate(
      [{ time: '09:00', timezone: 'Europe/Berlin' }],
      '2026-03-27T00:00:00Z',
      '2026-03-31T00:00:00Z',
    );
    expect(posted.map((p) => [p.localDate, p.local, p.at])).toEqual([
      ['2026-03-27', '09:00', '2026-03-27T08:00:00.000Z'],
      ['2026-03-28', '09:00', '2026-03-28T08:00:00.000Z'],
      ['2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'],
      ['2026-03-30', '09:00', '2026-03-30T07:00:00.000Z'],
    ]);
  });

  it('given 09:00 around the fall-back on 25 October then every day posts once at 09:00 local', async () => {
    const posted = await simulate(
      [{ time: '09:00', timezone: 'Europe/Berlin' }],
      '2026-10-24T00:00:00Z',
      '2026-10-27T00:00:00Z',
    );
    expect(posted.map((p) => [p.localDate, p.local, p.at])).toEqual([
      ['2026-10-24', '09:00', '2026-10-24T07:00:00.000Z'],
      ['2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'],
      ['2026-10-26', '09:00', '2026-10-26T08:00:00.000Z'],
    ]);
  });

  it('given 02:30, which does not exist on 29 March, then that day posts once at 03:00 local', async () => {
    const posted = await simulate(
      [{ time: '02:30', timezone: 'Europe/Berlin' }],
      '2026-03-28T00:00:00Z',
      '2026-03-30T06:00:00Z',
    );
    expect(posted.map((p) => [p.localDate, p.local])).toEqual([
      ['2026-03-28', '02:30'],
      ['2026-03-29', '03:00'],
      ['2026-03-30', '02:30'],
    ]);
  });

  it('given 02:30, which happens twice on 25 October, then that day posts once, at the first 02:30', async () => {
    const posted = await simulate(
      [{ time: '02:30', timezone: 'Europe/Berlin' }],
      '2026-10-24T12:00:00Z',
      '2026-10-26T06:00:00Z',
    );
    expect(posted.map((p) => [p.localDate, p.local, p.at])).toEqual([
      ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
      ['2026-10-26', '02:30', '2026-10-26T01:30:00.000Z'],
    ]);
  });
});
