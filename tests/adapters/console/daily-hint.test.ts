import { describe, expect, it } from 'vitest';
import { en } from '../../../adapters/shared/wording.js';
import { dueSlot } from '../../../src/daily/due.js';
import { WEEKDAYS, type DailySchedule } from '../../../src/daily/schedule.js';

/** The schedule `npx quotebot daily set --platform console --channel me --time 9am --timezone berlin` sets at `now`. */
function setAt(now: number): DailySchedule {
  return {
    platform: 'console',
    channelId: 'me',
    workspaceId: null,
    time: '09:00',
    timezone: 'Europe/Berlin',
    days: WEEKDAYS,
    article: null,
    enabled: true,
    pausedReason: null,
    updatedAt: new Date(now).toISOString(),
    updatedBy: null,
  };
}

describe("the console's /daily hint", () => {
  it.each([
    '2026-12-06T07:00:00Z', // before 9am in Berlin
    '2026-12-06T08:03:00Z', // between 9:00 and 9:05 there: the hint's time today would be after the set
    '2026-12-06T08:06:00Z',
    '2027-07-01T21:30:00Z', // summer time, late in the day
  ])('given the hint read at %s then the run it suggests finds the schedule it suggests due', (time) => {
    const now = Date.parse(time);
    const at = /daily run --at (\S+)`/.exec(en.dailyNotInConsole(now))![1]!;
    expect(Date.parse(at)).toBeLessThanOrEqual(now);
    expect(dueSlot(setAt(now), Date.parse(at), 60 * 60 * 1000), at).toBeDefined();
  });
});
