import { imageCreditOf, readByline } from './bylines.js';
import { parseDateline, type Dateline } from './dateline.js';
import { cleanLine } from './draft.js';
import { publishedInOf } from './published-in.js';

/** What a line above an article's body can say. */
export type HeaderLine =
  | { readonly kind: 'dateline'; readonly dateline: Dateline }
  | {
      readonly kind: 'byline';
      readonly author: string;
      /** The names with the role or organisation the byline gives ("Judge Eleanor Whitcombe, Upper Tribunal"). */
      readonly credit?: string;
    }
  | { readonly kind: 'credit'; readonly credit: string }
  | { readonly kind: 'title'; readonly title: string };

const LABELLED_TITLE = /^(?:title|headline)\s*:\s*(.+)$/i;
// "By Jane Roe | March 3, 2021", "Jane Roe · 5 min read": parts of one header line.
const PART_SEPARATOR = /\s+[|•·]\s+|\s+[—–]\s+/;

function single(line: string): HeaderLine | undefined {
  const labelled = LABELLED_TITLE.exec(line);
  if (labelled) return { kind: 'title', title: cleanLine(labelled[1]!) };
  const byline = readByline(line);
  if (byline !== undefined) return { kind: 'byline', ...byline };
  const credit = imageCreditOf(line);
  if (credit !== undefined) return { kind: 'credit', credit };
  // "Published in Salt Road Review, 2 November 2023": where and when, read as a dateline of both.
  const dateline = publishedInOf(line) ?? parseDateline(line);
  return dateline ? { kind: 'dateline', dateline } : undefined;
}

/**
 * Reads a header line: a labelled title, a byline, an image credit or a dateline, or several of these
 * joined by separators ("By Jane Roe | March 3, 2021"). Undefined for any other line (a deck, body text).
 */
export function headerLine(line: string): HeaderLine[] | undefined {
  // The parts first: a dateline reader would take "by Tom Okafor — 12 August 2022" whole for its date alone.
  const parts = line.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length >= 2) {
    const read = parts.map(
      (part) => single(part) ?? (/^\d+\s+min(?:ute)?s?\s+read$/i.test(part) ? null : undefined),
    );
    if (read.every((part) => part !== undefined))
      return read.filter((part): part is HeaderLine => part !== null);
  }
  // "By Tom Okafor, 12 August 2022", "Posted by Priya Natarajan on 12 June 2023", "By Tom Okafor, Staff Writer,
  // 12 August 2022": a byline, then its date after a comma or "on" (the last that leaves both whole).
  for (const joint of [/, /g, / on /g]) {
    for (const at of [...line.matchAll(joint)].reverse()) {
      const byline = readByline(line.slice(0, at.index));
      const dateline = byline === undefined ? undefined : parseDateline(line.slice(at.index + at[0].length));
      if (byline !== undefined && dateline?.date !== undefined)
        return [
          { kind: 'byline', ...byline },
          { kind: 'dateline', dateline },
        ];
    }
  }
  const whole = single(line);
  return whole ? [whole] : undefined;
}
