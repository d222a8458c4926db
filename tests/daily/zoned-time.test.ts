import { describe, expect, it } from 'vitest';
import { addDays, localDateTime, weekdayOfDate, zonedInstant } from '../../src/index.js';

const iso = (date: string, time: string, zone: string) => {
  const result = zonedInstant(date, time, zone);
  return result && { at: new Date(result.instant).toISOString(), fold: result.fold };
};

describe('zonedInstant across daylight-saving changes', () => {
  it('given 09:00 Europe/Berlin on the days around both 2026 changes then it is always 09:00 local', () => {
    expect(iso('2026-03-28', '09:00', 'Europe/Berlin')).toEqual({
      at: '2026-03-28T08:00:00.000Z',
      fold: 'exact',
    });
    expect(iso('2026-03-29', '09:00', 'Europe/Berlin')).toEqual({
      at: '2026-03-29T07:00:00.000Z',
      fold: 'exact',
    });
    expect(iso('2026-10-24', '09:00', 'Europe/Berlin')).toEqual({
      at: '2026-10-24T07:00:00.000Z',
      fold: 'exact',
    });
    expect(iso('2026-10-25', '09:00', 'Europe/Berlin')).toEqual({
      at: '2026-10-25T08:00:00.000Z',
      fold: 'exact',
    });
  });

  it('given 02:30 on the spring-forward day (it does not exist) then it is the first valid minute after: 03:00', () => {
    const result = iso('2026-03-29', '02:30', 'Europe/Berlin');
    expect(result).toEqual({ at: '2026-03-29T01:00:00.000Z', fold: 'skipped' });
    expect(localDateTime(Date.parse(result!.at), 'Europe/Berlin')).toMatchObject({
      date: '2026-03-29',
      time: '03:00',
    });
  });

  it('given 02:30 on the fall-back day (it happens twice) then it is the first occurrence, in summer time', () => {
    expect(iso('2026-10-25', '02:30', 'Europe/Berlin')).toEqual({
      at: '2026-10-25T00:30:00.000Z',
      fold: 'repeated',
    });
  });

  it('given other zones then gaps and repeats are found there too (New York, Lord Howe half hours)', () => {
    expect(iso('2026-03-08', '02:30', 'America/New_York')).toEqual({
      at: '2026-03-08T07:00:00.000Z',
      fold: 'skipped',
    });
    expect(iso('2026-11-01', '01:30', 'America/New_York')).toEqual({
      at: '2026-11-01T05:30:00.000Z',
      fold: 'repeated',
    });
    expect(iso('2026-10-04', '02:15', 'Australia/Lord_Howe')).toEqual({
      at: '2026-10-03T15:30:00.000Z',
      fold: 'skipped',
    });
    expect(iso('2026-06-01', '09:00', 'Asia/Kathmandu')).toEqual({
      at: '2026-06-01T03:15:00.000Z',
      fold: 'exact',
    });
    expect(iso('2026-06-01', '09:00', 'UTC')).toEqual({ at: '2026-06-01T09:00:00.000Z', fold: 'exact' });
  });

  it('given midnight on a day the clock skips midnight (Santiago) then it is 01:00 that day', () => {
    const result = iso('2026-09-06', '00:00', 'America/Santiago');
    expect(localDateTime(Date.parse(result!.at), 'America/Santiago')).toMatchObject({
      date: '2026-09-06',
      time: '01:00',
    });
  });

  it('given a date a zone skipped entirely (Samoa, 2011-12-30) then there is no such instant', () => {
    expect(zonedInstant('2011-12-30', '09:00', 'Pacific/Apia')).toBeUndefined();
  });
});

describe('local dates', () => {
  it('given an instant then the local date, time and weekday are those of the zone', () => {
    const at = Date.parse('2026-03-28T23:30:00Z');
    expect(localDateTime(at, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '00:30', weekday: 'sun' });
    expect(localDateTime(at, 'America/Los_Angeles')).toEqual({
      date: '2026-03-28',
      time: '16:30',
      weekday: 'sat',
    });
  });

  it('given addDays and weekdayOfDate then months, years and leap days roll over', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOfDate('2026-03-29')).toBe('sun');
    expect(weekdayOfDate('2026-03-30')).toBe('mon');
  });
});
