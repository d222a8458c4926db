import { describe, expect, it } from 'vitest';
import { dueSlot, nextPost } from '../../src/index.js';
import { schedule } from './fakes.js';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('dueSlot', () => {
  const berlin = schedule({ time: '09:00', timezone: 'Europe/Berlin' });

  it('given the scheduled minute then today is due', () => {
    expect(dueSlot(berlin, at('2026-03-29T07:00:00Z'), 6 * HOUR)).toMatchObject({ localDate: '2026-03-29' });
  });

  it('given a minute before the time then nothing is due', () => {
    expect(dueSlot(berlin, at('2026-03-29T06:59:59Z'), 6 * HOUR)).toBeUndefined();
  });

  it('given a restart inside the catch-up window then today is still due; after it, not', () => {
    expect(dueSlot(berlin, at('2026-03-29T12:59:00Z'), 6 * HOUR)).toMatchObject({ localDate: '2026-03-29' });
    expect(dueSlot(berlin, at('2026-03-29T13:00:00Z'), 6 * HOUR)).toBeUndefined();
    expect(dueSlot(berlin, at('2026-03-29T09:00:00Z'), 1 * HOUR)).toBeUndefined();
  });

  it('given a late schedule and a restart after local midnight then yesterday is never due', () => {
    const late = schedule({ time: '23:00', timezone: 'Europe/Berlin' });
    expect(dueSlot(late, at('2026-06-01T21:30:00Z'), 6 * HOUR)).toMatchObject({ localDate: '2026-06-01' });
    expect(dueSlot(late, at('2026-06-01T22:30:00Z'), 6 * HOUR)).toBeUndefined();
  });

  it('given days of the week then other days are never due (in local time, not UTC)', () => {
    const weekdays = schedule({ time: '00:30', timezone: 'Pacific/Auckland', days: ['mon'] });
    // Monday 00:30 in Auckland is Sunday 11:30 UTC.
    expect(dueSlot(weekdays, at('2026-06-07T12:30:00Z'), 6 * HOUR)).toMatchObject({
      localDate: '2026-06-08',
    });
    expect(dueSlot(weekdays, at('2026-06-08T12:30:00Z'), 6 * HOUR)).toBeUndefined();
  });

  it('given a stopped or paused schedule then nothing is due', () => {
    const t = at('2026-03-29T07:00:00Z');
    expect(dueSlot({ ...berlin, enabled: false }, t, 6 * HOUR)).toBeUndefined();
    const pausedReason = { code: 'forbidden', detail: '50013', since: '2026-03-01T00:00:00Z' } as const;
    expect(dueSlot({ ...berlin, pausedReason }, t, 6 * HOUR)).toBeUndefined();
  });

  it('given a schedule set after today’s time had passed then today is not caught up', () => {
    const setLate = { ...berlin, updatedAt: '2026-03-29T08:00:00.000Z' };
    expect(dueSlot(setLate, at('2026-03-29T08:01:00Z'), 6 * HOUR)).toBeUndefined();
    expect(dueSlot(setLate, at('2026-03-30T07:00:00Z'), 6 * HOUR)).toMatchObject({ localDate: '2026-03-30' });
  });
});

describe('nextPost', () => {
  const berlin = schedule({ time: '09:00', timezone: 'Europe/Berlin', days: ['mon', 'fri'] });

  it('given a time later today then it is today; once posted, the next chosen day', () => {
    // 2026-03-27 is a Friday.
    expect(nextPost(berlin, at('2026-03-27T06:00:00Z'), false, 6 * HOUR)).toMatchObject({
      localDate: '2026-03-27',
      localTime: '09:00',
      at: '2026-03-27T08:00:00.000Z',
      dueNow: false,
    });
    expect(nextPost(berlin, at('2026-03-27T06:00:00Z'), true, 6 * HOUR)).toMatchObject({
      localDate: '2026-03-30',
      at: '2026-03-30T07:00:00.000Z',
    });
  });

  it('given a missed time inside the window then it is due now', () => {
    expect(nextPost(berlin, at('2026-03-27T09:00:00Z'), false, 6 * HOUR)).toMatchObject({
      localDate: '2026-03-27',
      dueNow: true,
    });
  });

  it('given a skipped local time then it reports the time it will really post at', () => {
    const night = schedule({ time: '02:30', timezone: 'Europe/Berlin' });
    expect(nextPost(night, at('2026-03-28T23:00:00Z'), false, 6 * HOUR)).toMatchObject({
      localDate: '2026-03-29',
      localTime: '03:00',
      fold: 'skipped',
    });
  });

  it('given a stopped or paused schedule then there is no next post', () => {
    expect(nextPost({ ...berlin, enabled: false }, at('2026-03-27T06:00:00Z'), false, 6 * HOUR)).toBeNull();
  });
});
