import { buildContentFile, type ContentFile } from './content-file.js';
import { isImpossibleDate, parseDate } from './dates.js';
import {
  definedFields,
  ImportWarningCode,
  missingFields,
  type ArticleDraft,
  type ImportWarning,
} from './draft.js';
import { absoluteUrl } from './html-metadata.js';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from './problems.js';
import { slugify } from '../content/slug.js';
import { nameWithOffice } from '../text/author-line.js';

/** Values the user gives on the command line; they win over what was extracted. */
export interface DraftOverrides {
  readonly title?: string | undefined;
  readonly author?: string | undefined;
  readonly publication?: string | undefined;
  /** Any date format `findDate` reads; stored as YYYY-MM-DD. */
  readonly date?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * From an extracted draft to a validated content file: applies the user's values, drops a URL that is not
 * an absolute http(s) address (with a warning), names the file (the given slug, or the slugified title)
 * and validates the result the way the loader will. Nothing here touches the disk.
 */
export function prepareContentFile(
  source: string,
  extracted: ArticleDraft,
  options: { readonly slug?: string | undefined; readonly overrides?: DraftOverrides } = {},
): ImportOutcome<ContentFile> {
  const warnings: ImportWarning[] = [];
  const { date, ...rest } = options.overrides ?? {};
  let draft: ArticleDraft = { ...extracted, ...definedFields(rest) };
  // The text names the author given with an office ("Mayor Daniel Okafor" under the title, `--author "Daniel
  // Okafor"`): that is how its readers call them ("the mayor").
  if (
    rest.author !== undefined &&
    extracted.author !== undefined &&
    nameWithOffice(extracted.author, rest.author) === extracted.author
  )
    draft = { ...draft, author: extracted.author };
  if (date !== undefined) {
    const iso = parseDate(date) ?? onlyReading(date);
    if (iso === undefined)
      return failed({
        code: ImportProblemCode.InvalidContent,
        source,
        // "2024-02-30" is written as a date: it is no real one, as `check` says of it in a content file.
        detail: isImpossibleDate(date)
          ? `date: "${date}" is not a real date`
          : `date: "${date}" is not a date I can read: ${howToWrite(date)}`,
      });
    draft = { ...draft, date: iso };
  }
  if (draft.url !== undefined && absoluteUrl(draft.url, undefined) === undefined) {
    warnings.push({ code: ImportWarningCode.InvalidValue, subject: 'url', detail: draft.url });
    const { url: _dropped, ...withoutUrl } = draft;
    draft = withoutUrl;
  }
  const slug = options.slug ?? (draft.title === undefined ? undefined : slugify(draft.title));
  if (slug === undefined)
    return draft.title === undefined
      ? failed({ code: ImportProblemCode.MissingFields, source, fields: missingFields(draft) })
      : failed({
          code: ImportProblemCode.NoSlug,
          source,
          ...definedFields({ slug: slugToSuggest(source, draft.date) }),
        });
  const built = buildContentFile(source, slug, draft);
  return built.ok ? succeeded(built.value, [...warnings, ...built.warnings]) : built;
}

/**
 * A name to suggest for `--slug` when the title makes none (a Chinese or Cyrillic title): the source's file
 * name as a slug (`chunwan.txt` → `chunwan`), or else one of the date (`article-2024-02-10`).
 */
function slugToSuggest(source: string, date: string | undefined): string | undefined {
  const name =
    source
      .replace(/[?#].*$/, '')
      .split(/[/\\]/)
      .at(-1) ?? '';
  return slugify(name.replace(/\.[^.]*$/, '')) ?? (date === undefined ? undefined : `article-${date}`);
}

/**
 * The calendar dates a date of numbers with the year last may be, day first or month first ("03/04/2021").
 */
function readingsOf(typed: string): string[] {
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed.trim());
  if (parts === null) return [];
  const [, first, second, year] = parts as unknown as [string, string, string, string];
  const iso = (month: string, day: string): string | undefined => {
    const [m, d, y] = [Number(month), Number(day), Number(year)];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
      : undefined;
  };
  return [...new Set([iso(second, first), iso(first, second)])].filter((each) => each !== undefined);
}

/** The date a date of numbers is when only one reading is a calendar date: "18/02/2005" is 18 February. */
function onlyReading(typed: string): string | undefined {
  const readings = readingsOf(typed);
  return readings.length === 1 ? readings[0] : undefined;
}

/**
 * How to write a date the import reads, from the one typed: "03/04/2021" is 3 April or March 4, which only a
 * year first, or a month's name, says.
 */
function howToWrite(typed: string): string {
  const readings = readingsOf(typed);
  if (readings.length < 2) return "write it YYYY-MM-DD (2021-03-04) or with the month's name (4 March 2021)";
  return `write it YYYY-MM-DD (${readings.join(' or ')}) or with the month's name`;
}
