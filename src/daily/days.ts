import { WEEKDAYS, type Weekday } from './schedule.js';

const NAMES: Readonly<Record<string, readonly Weekday[]>> = {
  daily: WEEKDAYS,
  everyday: WEEKDAYS,
  all: WEEKDAYS,
  '*': WEEKDAYS,
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekends: ['sat', 'sun'],
  weekend: ['sat', 'sun'],
};

const FULL_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/** A day from its name or a prefix of at least two letters: `mo`, `tue`, `thurs`, `sunday`. */
function weekdayOf(word: string): Weekday | undefined {
  if (word.length < 2) return undefined;
  return WEEKDAYS.find((day) => FULL_NAMES[day].startsWith(word));
}

/**
 * Reads which days to post on: `mon,wed,fri`, `mon-fri`, `weekdays`, `weekends`, `daily`, or full names
 * (`monday tuesday`). Returns the days Monday first, or undefined when a part is not a day.
 */
export function parseDays(input: string): Weekday[] | undefined {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/every\s*day/g, 'daily');
  if (text.length === 0) return undefined;
  const chosen = new Set<Weekday>();
  for (const part of text.split(/[\s,;]+/).filter((word) => word.length > 0)) {
    const named = NAMES[part];
    if (named) {
      for (const day of named) chosen.add(day);
      continue;
    }
    const range = /^([a-z]+)-([a-z]+)$/.exec(part);
    if (range) {
      const from = weekdayOf(range[1]!);
      const to = weekdayOf(range[2]!);
      if (from === undefined || to === undefined) return undefined;
      const start = WEEKDAYS.indexOf(from);
      const length = (WEEKDAYS.indexOf(to) - start + 7) % 7;
      for (let step = 0; step <= length; step++) chosen.add(WEEKDAYS[(start + step) % 7]!);
      continue;
    }
    const day = weekdayOf(part);
    if (day === undefined) return undefined;
    chosen.add(day);
  }
  return WEEKDAYS.filter((day) => chosen.has(day));
}

/** `mon,tue,…` in the order of the week (the form `parseDays` reads back). */
export function formatDays(days: readonly Weekday[]): string {
  return WEEKDAYS.filter((day) => days.includes(day)).join(',');
}
