import { findDate } from './dates.js';
import { cleanLine } from './draft.js';
import { foldText } from '../text/fold.js';

/** The fields a dateline or header line can carry, by the labels sites print before them. */
export const DATELINE_LABELS = {
  topic: ['Topic', 'Topics'],
  region: ['Region', 'Regions'],
  section: ['Blog Brand', 'Section', 'Category', 'Categories', 'Column', 'Series'],
  tags: ['Tags', 'Tag', 'Keywords'],
  author: ['Author', 'Authors', 'Written by'],
  publication: ['Publication', 'Publisher', 'Source'],
  date: ['Published', 'Published on', 'Date', 'Posted', 'Posted on', 'Updated'],
} as const;
export type DatelineField = keyof typeof DATELINE_LABELS;

const LABEL_FIELD = new Map<string, DatelineField>(
  Object.entries(DATELINE_LABELS).flatMap(([field, labels]) =>
    labels.map((label) => [label.toLowerCase(), field as DatelineField] as const),
  ),
);
const LABEL = new RegExp(
  String.raw`(?:^|\s)(${[...LABEL_FIELD.keys()].sort((a, b) => b.length - a.length).join('|')}):\s*`,
  'gi',
);
const MAX_DATELINE_LENGTH = 400;

/** A header line read as labelled fields: `May 17, 2020 Topic: Security Region: Asia Tags: …`. */
export interface Dateline {
  readonly fields: Partial<Record<DatelineField, string>>;
  readonly date?: string;
  /** Labels in the order printed, as written: they identify a site's layout. */
  readonly labels: readonly string[];
}

/**
 * Reads a line of labelled fields, with or without a leading date. Undefined when the line is not one (no
 * label and no date, a long sentence, or a date inside prose).
 */
export function parseDateline(line: string): Dateline | undefined {
  const text = cleanLine(line);
  if (text.length === 0 || text.length > MAX_DATELINE_LENGTH) return undefined;
  const matches = [...text.matchAll(LABEL)];
  const lead = text.slice(0, matches[0]?.index ?? text.length).trim();
  const leadDate = findDate(lead);
  // Without labels, only a line that is essentially a date is a dateline ("March 3, 2021 | 5:00 PM").
  if (matches.length === 0 && (!leadDate || lead.replace(/[\d\s,.:|/–—-]|am|pm|[a-z]+day/gi, '').length > 20))
    return undefined;
  if (matches.length > 0 && lead.length > 0 && !leadDate) return undefined;
  const fields: Partial<Record<DatelineField, string>> = {};
  const labels: string[] = [];
  for (const [i, match] of matches.entries()) {
    const label = match[1]!;
    const field = LABEL_FIELD.get(label.toLowerCase())!;
    const start = match.index + match[0].length;
    const value = cleanLine(text.slice(start, matches[i + 1]?.index ?? text.length));
    labels.push(label);
    if (value.length > 0 && fields[field] === undefined) fields[field] = value;
  }
  const date = leadDate?.date ?? (fields.date === undefined ? undefined : findDate(fields.date)?.date);
  return { fields, labels, ...(date === undefined ? {} : { date }) };
}

/**
 * Splits a tags value into tags. Separators are commas, semicolons, bars and bullets; pages copied as text
 * often lose them and run tags together ("North KoreaDonald Trump"), so a lower-to-upper case step splits
 * too, unless the run-together word is one the article itself uses ("McDonald").
 */
export function splitTags(value: string, articleText: string): string[] {
  const folded = foldText(articleText);
  const appears = (phrase: string): boolean => {
    const needle = foldText(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(String.raw`(?<![\p{L}\p{N}])${needle}(?![\p{L}\p{N}])`, 'u').test(folded);
  };
  const tags: string[] = [];
  for (const piece of value.split(/\s*[,;|•·]\s*/)) {
    const parts = cleanLine(piece).split(/(?<=\p{Ll})(?=\p{Lu})/u);
    const merged: string[] = [];
    for (const part of parts) {
      const last = merged.at(-1);
      const lastWord = last?.split(' ').at(-1) ?? '';
      if (last !== undefined && (appears(last + part) || (lastWord.length < 4 && !appears(last))))
        merged[merged.length - 1] = last + part;
      else merged.push(part);
    }
    for (const tag of merged.map(cleanLine)) if (tag.length > 0 && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
