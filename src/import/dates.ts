import { foldText } from '../text/fold.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return undefined;
  if (year < 1000 || year > 9999) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().slice(0, 3)];

/**
 * The languages besides English whose month names a date is read in, as a byline writes it ("Par Claire
 * Dubois — 5 février 2024", "Von Klaus Meier, 5. Februar 2024"): the names are CLDR's, through Intl, so no
 * word list is kept here. `de-AT` adds the Austrian "Jänner".
 */
const MONTH_LOCALES = ['fr', 'de', 'de-AT', 'es', 'it', 'nl', 'pt'] as const;

/** Each month name of `MONTH_LOCALES`, as written and folded (accents aside), and its number. */
function foreignMonthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of MONTH_LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const name = format.format(new Date(Date.UTC(2000, month - 1, 15))).toLowerCase();
      // Without ICU's data Intl may give numbers ("M02"): no name to read.
      if (!/^\p{L}+$/u.test(name)) continue;
      names.set(name, month);
      names.set(foldText(name), month);
    }
  }
  return names;
}

const FOREIGN_MONTHS = foreignMonthNames();
const FOREIGN_MONTH = [...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
// "5 février 2024", "5. Februar 2024", "1er mars 2024", "5 de febrero de 2024", "5 febbraio 2024".
const FOREIGN_DAY_MONTH_YEAR =
  FOREIGN_MONTH === ''
    ? undefined
    : new RegExp(
        String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(${FOREIGN_MONTH})\s+(?:de\s+)?(\d{4})(?!\d)`,
        'iu',
      );

interface DateCandidate {
  /** Undefined for a date of no calendar day ("2024-02-30"). */
  readonly date: string | undefined;
  readonly index: number;
  readonly length: number;
}

/** Every date written in a text in a form `findDate` reads, each as YYYY-MM-DD when it is a real day. */
function dateCandidates(text: string): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const isoMatch = ISO.exec(text);
  if (isoMatch)
    candidates.push({
      date: iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])),
      index: isoMatch.index,
      length: isoMatch[0].length,
    });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy)
    candidates.push({
      date: iso(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])),
      index: mdy.index,
      length: mdy[0].length,
    });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy)
    candidates.push({
      date: iso(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])),
      index: dmy.index,
      length: dmy[0].length,
    });
  const foreign = FOREIGN_DAY_MONTH_YEAR?.exec(text);
  if (foreign)
    candidates.push({
      date: iso(Number(foreign[3]), FOREIGN_MONTHS.get(foldText(foreign[2]!)), Number(foreign[1])),
      index: foreign.index,
      length: foreign[0].length,
    });
  return candidates;
}

/**
 * Finds the first calendar date written in a text ("May 17, 2020", "17 May 2020", "2020-05-17",
 * "2020-05-17T09:30:00-04:00", "5 février 2024", "5. Februar 2024") and returns it as YYYY-MM-DD. An ISO
 * timestamp keeps the publisher's own calendar day: the time zone is not applied.
 */
export function findDate(text: string): { date: string; index: number; length: number } | undefined {
  return dateCandidates(text)
    .filter((candidate): candidate is { date: string; index: number; length: number } => !!candidate.date)
    .sort((a, b) => a.index - b.index)[0];
}

/**
 * A year first, then month and day between slashes or dots (2021/03/04, 2021.3.4). Unlike 03/04/2021, which
 * is 3 April or March 4, it is one date: nobody writes the day before the month after the year.
 */
const YEAR_MONTH_DAY = /(?<![\d./])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d./])/;

/**
 * The date of a text that is only a date (give or take a weekday and a time), as YYYY-MM-DD: any form
 * `findDate` reads, or a year first with slashes or dots (2021/03/04), which in running text could be a
 * version.
 */
export function parseDate(text: string): string | undefined {
  const found = findDate(text)?.date;
  if (found !== undefined) return found;
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  return yearFirst ? iso(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])) : undefined;
}

/**
 * Whether a text writes a date in a form `parseDate` reads, yet of a day no calendar has ("2024-02-30",
 * "31 April 2024"): it is then "not a real date", as `check` says, rather than a form to learn.
 */
export function isImpossibleDate(text: string): boolean {
  if (parseDate(text) !== undefined) return false;
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  return dateCandidates(text).length > 0 || yearFirst !== null;
}
