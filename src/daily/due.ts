import { isActive, type DailySchedule } from './schedule.js';
import { addDays, localDateTime, weekdayOfDate, zonedInstant, type ZonedFold } from './zoned-time.js';

/** A schedule's post for one local date: when it is meant to go out. */
export interface DailySlot {
  /** Local date in the schedule's timezone, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** Epoch milliseconds of the scheduled time that day (see `zonedInstant` for DST). */
  readonly scheduledAt: number;
  readonly fold: ZonedFold;
}

/** The slot of a schedule on a local date, or undefined when it does not post that day. */
export function slotOn(schedule: DailySchedule, localDate: string): DailySlot | undefined {
  if (!schedule.days.includes(weekdayOfDate(localDate))) return undefined;
  const zoned = zonedInstant(localDate, schedule.time, schedule.timezone);
  return zoned === undefined ? undefined : { localDate, scheduledAt: zoned.instant, fold: zoned.fold };
}

/** Today's local date for a schedule at an instant. */
export function localDateOf(schedule: DailySchedule, at: number): string {
  return localDateTime(at, schedule.timezone).date;
}

/**
 * True when the schedule was set (or changed) after the slot's time, before `at`: then that slot was
 * never missed, and catching it up would surprise whoever just set the schedule.
 */
function setAfter(schedule: DailySchedule, slot: DailySlot, at: number): boolean {
  const updated = Date.parse(schedule.updatedAt);
  return slot.scheduledAt < updated && updated <= at;
}

/**
 * The slot due at instant `at`: today's (in the schedule's timezone) when its time has come and less
 * than `catchUpMs` has passed since. Earlier days are never due, so an outage never floods a channel;
 * nor is a time that had already passed when the schedule was set. Whether that day's post was already
 * made is the store's business, not this function's.
 */
export function dueSlot(schedule: DailySchedule, at: number, catchUpMs: number): DailySlot | undefined {
  if (!isActive(schedule)) return undefined;
  const slot = slotOn(schedule, localDateOf(schedule, at));
  if (slot === undefined || setAfter(schedule, slot, at)) return undefined;
  return slot.scheduledAt <= at && at < slot.scheduledAt + catchUpMs ? slot : undefined;
}

/** When a schedule posts next, in its own local time. */
export interface NextPost extends DailySlot {
  /** ISO instant (UTC). */
  readonly at: string;
  /** The local wall-clock time it posts at: the schedule's time, or later when DST skipped it. */
  readonly localTime: string;
  readonly timezone: string;
  /** True when today's post is due now (missed, inside the catch-up window) rather than later. */
  readonly dueNow: boolean;
}

/**
 * The next post of an active schedule after `at`, looking up to a week ahead. `postedToday` says whether
 * today's post was already made (then today is skipped); `postedLater`, the local dates after today whose
 * post was made ahead of time (`daily run --at` a later time, forced), skipped too: that day posts nothing
 * more. Null for a stopped or paused schedule.
 */
export function nextPost(
  schedule: DailySchedule,
  at: number,
  postedToday: boolean,
  catchUpMs: number,
  postedLater: ReadonlySet<string> = new Set(),
): NextPost | null {
  if (!isActive(schedule)) return null;
  const today = localDateOf(schedule, at);
  for (let offset = 0; offset <= 7; offset++) {
    if (offset === 0 && postedToday) continue;
    if (offset > 0 && postedLater.has(addDays(today, offset))) continue;
    const slot = slotOn(schedule, addDays(today, offset));
    if (slot === undefined) continue;
    if (offset === 0 && (at >= slot.scheduledAt + catchUpMs || setAfter(schedule, slot, at))) continue;
    const dueNow = offset === 0 && slot.scheduledAt <= at;
    return {
      ...slot,
      at: new Date(slot.scheduledAt).toISOString(),
      localTime: localDateTime(slot.scheduledAt, schedule.timezone).time,
      timezone: schedule.timezone,
      dueNow,
    };
  }
  return null;
}
