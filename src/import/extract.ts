import { opensWithFrontMatter } from '../content/front-matter.js';
import { hasTomlFrontMatter } from '../content/toml-front-matter.js';
import { withoutInvisibleFormat } from '../text/invisible-format.js';
import type { DomParser } from './dom.js';
import type { ArticleDraft } from './draft.js';
import { extractHtml, MIN_ARTICLE_WORDS } from './html.js';
import { extractMarkdown } from './markdown.js';
import { extractPlainText, runningHeadLines, tableRowHeads, unreadBylineOf } from './plain-text.js';
import { parseDate } from './dates.js';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from './problems.js';
import { runningHeadWarnings } from './running-heads.js';
import { tableWarnings } from './table-warnings.js';

/** The kinds of input the import reads. */
export const InputFormat = { Text: 'text', Markdown: 'markdown', Html: 'html' } as const;
export type InputFormat = (typeof InputFormat)[keyof typeof InputFormat];
export const INPUT_FORMATS: readonly InputFormat[] = Object.values(InputFormat);

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
};
const BY_MEDIA_TYPE: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Guesses the format from the text itself: a page's tags, Markdown's front matter, headings or links. */
export function sniffFormat(text: string): InputFormat {
  const start = text.slice(0, 4096);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return 'html';
  if ((start.match(/<(?:p|div|article|span|a|h[1-6])[\s>]/gi) ?? []).length >= 3) return 'html';
  if (
    /^\uFEFF?(?:---|\+\+\+)\r?\n/.test(start) ||
    /^#{1,6}\s+\S/m.test(start) ||
    /\[[^\]]+\]\([^)\s]+\)/.test(start)
  )
    return 'markdown';
  return 'text';
}

/**
 * The format of an input: by the file's extension or the server's media type when they say, otherwise
 * by looking at the text (`text/plain` may well be Markdown). A `.txt` that opens with front matter is Markdown.
 */
export function detectFormat(
  text: string,
  hint: { fileName?: string; mediaType?: string } = {},
): InputFormat {
  const extension = hint.fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byName = extension === undefined ? undefined : BY_EXTENSION[extension];
  // A text that opens with front matter is Markdown saved under another name (a content file as `.txt`):
  // read as text, its `---` would be the title.
  if (byName === 'text' && (opensWithFrontMatter(text) || hasTomlFrontMatter(text))) return 'markdown';
  if (byName) return byName;
  const byType = hint.mediaType === undefined ? undefined : BY_MEDIA_TYPE[hint.mediaType.toLowerCase()];
  return byType ?? sniffFormat(text);
}

const DATA_EXTENSIONS = new Set(['json', 'jsonl', 'ndjson', 'geojson']);

/** The text is one JSON value: an object or array that parses whole (prose never does). */
function isJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/**
 * `'JSON'` when the input is data rather than an article in any format the import reads: a `.json` file,
 * or a text that is one JSON value whatever its name says. Read as text it would become an article of
 * braces and quotes, so it is refused unless a format is given.
 */
export function dataKind(text: string, hint: { fileName?: string } = {}): 'JSON' | undefined {
  const extension = hint.fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension !== undefined && DATA_EXTENSIONS.has(extension)) return 'JSON';
  return isJson(text) ? 'JSON' : undefined;
}

/**
 * Reads an article draft out of a text in the given format. `url` is where a fetched page came from;
 * `dom` parses HTML (the runtime loads linkedom for it, so only page imports pay for a DOM).
 */
export function extractArticle(input: {
  readonly source: string;
  readonly text: string;
  readonly format: InputFormat;
  readonly url?: string | undefined;
  readonly dom?: DomParser | undefined;
  /** The user named the article: a page's short body is no sign it holds none. */
  readonly titled?: boolean | undefined;
  /** The title the user gave (`--title`): a text's first line is no title to replace (`extractPlainText`). */
  readonly title?: string | undefined;
  /**
   * The author the user named (`--author`): a line of that name alone under a text's title is its byline, with
   * words of office before it or not ("Mayor Daniel Okafor").
   */
  readonly author?: string | undefined;
  /** The date the user gave (`--date`, as typed): with `author`, a text's header line saying both is its byline. */
  readonly date?: string | undefined;
  /** The publication the user named (`--publication`): a page's `<title>` may end with it. */
  readonly publication?: string | undefined;
  /**
   * Whether a dictionary knows a word (lower case): a plain text's word broken by a hyphen at a line's end (a PDF's
   * column) is joined again when it does (`joinWrapped`). Absent: only the text's own words are known.
   */
  readonly isWord?: ((word: string) => boolean) | undefined;
}): ImportOutcome<ArticleDraft> {
  const outcome = extractFrom(input);
  if (!outcome.ok) return outcome;
  const unread = unreadBylineOf(outcome.value);
  return unread === undefined ? outcome : succeeded(outcome.value, [...outcome.warnings, unread]);
}

function extractFrom(input: Parameters<typeof extractArticle>[0]): ImportOutcome<ArticleDraft> {
  const { source } = input;
  // Before lines are read: a soft hyphen at a line's end joins the word's halves.
  const text = withoutInvisibleFormat(input.text);
  if (text.trim() === '') return failed({ code: ImportProblemCode.Empty, source });
  switch (input.format) {
    case 'html':
      if (input.dom === undefined) throw new Error('extractArticle: HTML needs a DOM parser (`dom`)');
      return extractHtml(
        source,
        text,
        input.dom,
        input.url,
        input.titled ? 1 : MIN_ARTICLE_WORDS,
        input.publication,
      );
    case 'markdown':
      return extractMarkdown(source, text, input.author, input.isWord);
    case 'text':
      return succeeded(
        extractPlainText(
          text,
          input.author,
          input.title,
          input.date === undefined ? undefined : parseDate(input.date),
          input.isWord,
        ),
        [...tableWarnings(tableRowHeads(text)), ...runningHeadWarnings(runningHeadLines(text))],
      );
  }
}
