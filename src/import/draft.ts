import type { ArticleMeta } from '../content/article.js';
import { withoutInvisibleFormat } from '../text/invisible-format.js';

/**
 * An article as extracted from a source (plain text, Markdown or a web page), before it becomes a content
 * file: the fields of its front matter (`ArticleMeta`), every one but `tags` optional here. What the source
 * did not say stays undefined, and `missingFields` tells the caller what must be supplied (for instance
 * with `--author`).
 */
export interface ArticleDraft extends Partial<Omit<ArticleMeta, 'tags'>> {
  readonly tags: readonly string[];
  /** Body blocks in order: paragraphs of text, and `## ` sub-headings (kept in the file, never quoted). */
  readonly paragraphs: readonly string[];
}

/** Something the user should know about an import that still succeeded. */
export interface ImportWarning {
  readonly code: ImportWarningCode;
  /** What it concerns: a field name, a front matter key, a paragraph number. */
  readonly subject?: string;
  readonly detail?: string;
}

export const ImportWarningCode = {
  /** The publication was taken from the web address because the page does not name itself. */
  PublicationFromHost: 'publication-from-host',
  /** Front matter keys that have no place in a content file. */
  IgnoredFields: 'ignored-fields',
  /** A value that is not valid (a date, a URL) and was left out. */
  InvalidValue: 'invalid-value',
  /** A paragraph that would read differently from the content file (Markdown markers in it). */
  ParagraphChanged: 'paragraph-changed',
  /**
   * A transcript's notes of what the audience did ("(Applause.)", "[Laughter]"), left out of quotes and
   * summaries (`subject`: how many; `detail`: the first three kinds, comma-separated).
   */
  TranscriptNotes: 'transcript-notes',
  /** A checklist's boxes ("[ ] ", "[x] ") before items, left out of quotes and summaries (`subject`: how many). */
  ChecklistMarks: 'checklist-marks',
  /** Fenced code blocks, left out of the content file: no quote, summary or search reads code (`subject`: how many). */
  CodeBlocks: 'code-blocks',
  /** A dry run whose slug is taken: the real import needs `--slug` or `--force`. */
  SlugExists: 'slug-exists',
  /**
   * A content file has the same body text (`detail`: its file name): kept with `--force`, or a dry run's note
   * that the real import needs it (`subject`: `needs-force`).
   */
  SameText: 'same-text',
  /** The input was not UTF-8 and was decoded with another character set. */
  DecodedAs: 'decoded-as',
  /**
   * A long body in one paragraph: summaries read paragraphs as the steps of an argument
   * (`detail`: sentences).
   */
  OneParagraph: 'one-paragraph',
  /**
   * A sentence so long the text probably lacks sentence breaks (`subject`: its number, `detail`: characters).
   */
  LongSentence: 'long-sentence',
  /**
   * A line under the title that opens as a byline ("By …") but was not read as one: kept as the body's first
   * paragraph, never joined to the title (`detail`: the line).
   */
  UnreadByline: 'unread-byline',
  /**
   * A Markdown table written as one sentence per row, as the content file holds it (`subject`: how many rows;
   * `detail`: its head, "District | Average price").
   */
  TableRows: 'table-rows',
  /**
   * A line repeated alone between paragraphs, as a PDF's running head or foot is ("Journal of Ecology 2024, 112:
   * 45–61"), left out (`subject`: how often it is written; `detail`: the line).
   */
  RunningHead: 'running-head',
} as const;
export type ImportWarningCode = (typeof ImportWarningCode)[keyof typeof ImportWarningCode];

/** The fields a content file cannot do without; a publication is optional (a speech or a letter has none). */
export const REQUIRED_FIELDS = ['title', 'author', 'date'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** The required fields a draft lacks. */
export function missingFields(draft: ArticleDraft): RequiredField[] {
  return REQUIRED_FIELDS.filter((field) => draft[field] === undefined || draft[field].trim() === '');
}

/**
 * Collapses runs of white space (including non-breaking and zero-width spaces) and trims; invisible format
 * characters (soft hyphens, word joiners: `withoutInvisibleFormat`) go.
 */
/**
 * How a draft's paragraph says it is a list's item (`- fresh bread every morning`): written so in the content
 * file, the reader reads it as an item, which is quoted however short, never a section's heading.
 */
export const ITEM_MARK = '- ';

/**
 * A draft's paragraph that is a fenced code block as the content file writes it (```` ```ini ````, its lines, then
 * ```` ``` ````): written as it is, never a paragraph of text (the reader finds its words, and never quotes them).
 */
export function isCodeParagraph(paragraph: string): boolean {
  return /^(?:```|~~~)[^\n]*\n[\s\S]*\n(?:```|~~~)$/.test(paragraph);
}

/** A code block's lines as a content file writes them: fenced by backticks, or tildes when a line opens with backticks. */
export function fencedParagraph(lines: readonly string[], info = ''): string {
  const fence = lines.some((line) => line.trimStart().startsWith('```')) ? '~~~' : '```';
  return `${fence}${info}\n${lines.join('\n')}\n${fence}`;
}

/** A paragraph's words without the mark of a list's item (see `ITEM_MARK`). */
export function withoutItemMark(paragraph: string): string {
  return paragraph.startsWith(ITEM_MARK) ? paragraph.slice(ITEM_MARK.length) : paragraph;
}

export function cleanLine(text: string): string {
  return withoutInvisibleFormat(text)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Drops undefined and empty-string fields, so drafts merge with `{ ...a, ...b }` without erasing. */
export function definedFields<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
