import { WEEKDAYS, type Weekday } from './schedule.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A wall-clock reading in some timezone. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM` */
  readonly time: string;
  readonly weekday: Weekday;
}

/**
 * How a local date and time maps to an instant: `exact` (one instant), `repeated` (the clock went back
 * and the time happened twice: the first occurrence is used), `skipped` (the clock jumped forward over
 * it: the first valid minute after the gap is used, e.g. 02:30 → 03:00 in Europe/Berlin in spring).
 */
export type ZonedFold = 'exact' | 'repeated' | 'skipped';

export interface ZonedInstant {
  /** Epoch milliseconds. */
  readonly instant: number;
  readonly fold: ZonedFold;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, format);
  }
  return format;
}

/** The local wall clock at an instant, as if it were UTC: comparable epoch milliseconds. */
function wallClock(instant: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const hour = parts['hour'] === 24 ? 0 : parts['hour']!;
  return Date.UTC(
    parts['year']!,
    parts['month']! - 1,
    parts['day']!,
    hour,
    parts['minute']!,
    parts['second']!,
  );
}

const pad = (value: number): string => String(value).padStart(2, '0');

function describeWall(wall: number): LocalDateTime {
  const date = new Date(wall);
  return {
    date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`,
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7]!,
  };
}

// The scheduler asks the same questions every minute: remember recent answers (pure, so safe to cache).
const CACHE_LIMIT = 20_000;
const minuteCache = new Map<string, LocalDateTime>();
const slotCache = new Map<string, ZonedInstant | null>();

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * The local date, time and weekday at an instant in a timezone (to the minute: offsets are whole minutes).
 */
export function localDateTime(instant: number, timezone: string): LocalDateTime {
  const minute = Math.floor(instant / MINUTE) * MINUTE;
  return remember(minuteCache, `${timezone}|${minute}`, () => describeWall(wallClock(minute, timezone)));
}

function wallOf(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return Date.UTC(year!, month! - 1, day!, hour!, minute!);
}

/**
 * The instant a local date and time happens in a timezone. A time that happens twice (autumn) maps to
 * its first occurrence; a time the clock skips (spring) maps to the first valid minute after the gap.
 * Undefined only when the whole date does not exist there (a timezone that skipped a day).
 */
export function zonedInstant(date: string, time: string, timezone: string): ZonedInstant | undefined {
  return (
    remember(slotCache, `${timezone}|${date}|${time}`, () => findInstant(date, time, timezone)) ?? undefined
  );
}

function findInstant(date: string, time: string, timezone: string): ZonedInstant | null {
  const wanted = wallOf(date, time);
  // Offsets a day before and after bracket any transition on that date (zones move at most once a day).
  const guesses = [wanted - DAY, wanted + DAY].map((at) => wanted - (wallClock(at, timezone) - at));
  const valid = [...new Set(guesses)]
    .filter((instant) => wallClock(instant, timezone) === wanted)
    .sort((a, b) => a - b);
  if (valid.length > 0) return { instant: valid[0]!, fold: valid.length > 1 ? 'repeated' : 'exact' };
  // A gap: find the first minute whose wall clock is at or after the wanted time.
  let low = Math.min(...guesses);
  let high = Math.max(...guesses);
  if (!(wallClock(low, timezone) < wanted && wallClock(high, timezone) >= wanted)) return null;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (wallClock(middle, timezone) >= wanted) high = middle;
    else low = middle;
  }
  if (describeWall(wallClock(high, timezone)).date !== date) return null;
  return { instant: high, fold: 'skipped' };
}

/** The date `days` after (or before) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return describeWall(wallOf(date, '00:00') + days * DAY).date;
}

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOfDate(date: string): Weekday {
  return describeWall(wallOf(date, '00:00')).weekday;
}
