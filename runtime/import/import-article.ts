import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileWithSameText } from '../content-dir.js';
import {
  dataKind,
  detectFormat,
  extractArticle,
  failed,
  ImportProblemCode,
  ImportWarningCode,
  prepareContentFile,
  succeeded,
  type Article,
  type DraftOverrides,
  type ImportOutcome,
  type ImportWarning,
  type InputFormat,
} from '../../src/index.js';
import { isCommonWord } from '../lexicon.js';
import { loadDomParser } from './dom-parser.js';
import { fetchPage } from './fetch-page.js';
import { readSourceFile } from './read-file.js';
import { contentPath, writeContentFile } from './write-content.js';

/** Inputs larger than this are refused (files and downloads alike). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** How long a download may take, headers and body together. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

export interface ImportOptions {
  readonly contentDir: string;
  readonly slug?: string | undefined;
  readonly format?: InputFormat | undefined;
  readonly overrides?: DraftOverrides;
  /**
   * The publication of an input that names none of its own (`import texts/ --publication P`): of several
   * files, some say where they came out and some do not, and one option should not overwrite the first kind.
   * An address's host name, taken when a page names no publication, gives way to it.
   */
  readonly defaultPublication?: string | undefined;
  /** Build and validate the content file, write nothing. */
  readonly dryRun?: boolean;
  /** Replace an existing content file of the same slug. */
  readonly force?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /**
   * A content file of the slug that already holds exactly the file this import writes is no failure but an
   * `unchanged` report: a folder imported again (to add the files that failed) passes over the ones it wrote.
   */
  readonly unchangedIsDone?: boolean;
}

/** A finished import (or dry run): where the file goes, what it holds, what to tell the user. */
export interface ImportReport {
  readonly slug: string;
  readonly path: string;
  readonly written: boolean;
  readonly replaced: boolean;
  /** The content file already held this text (see `unchangedIsDone`): nothing was written. */
  readonly unchanged?: boolean;
  readonly markdown: string;
  readonly article: Article;
  readonly warnings: readonly ImportWarning[];
}

const isWord = isCommonWord;

/** Whether a file holds exactly this text. */
function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

export const isAddress = (input: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/**
 * Imports one article from a file or an http(s) address into the content folder: read or fetch,
 * extract, validate as the loader will, then write atomically (unless `dryRun`). Fails as a value, and
 * then nothing has been written.
 */
export async function importArticle(
  input: string,
  options: ImportOptions,
): Promise<ImportOutcome<ImportReport>> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const read = isAddress(input)
    ? await fetchPage(input, { maxBytes, timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS })
    : readSourceFile(input, maxBytes);
  if (!read.ok) return read;
  const { text, url, fileName, mediaType } = read.value;
  const data =
    options.format === undefined ? dataKind(text, fileName === undefined ? {} : { fileName }) : undefined;
  if (data !== undefined) return failed({ code: ImportProblemCode.NotAPage, source: input, detail: data });
  const format =
    options.format ??
    detectFormat(text, {
      ...(fileName === undefined ? {} : { fileName }),
      ...(mediaType === undefined ? {} : { mediaType }),
    });
  const dom = format === 'html' ? await loadDomParser() : undefined;
  // A title given for a page says it is one article, however short (a news brief of three sentences).
  const { title, author, date } = options.overrides ?? {};
  const publication = options.overrides?.publication ?? options.defaultPublication;
  const titled = title !== undefined;
  const extracted = extractArticle({
    source: input,
    text,
    format,
    url,
    dom,
    titled,
    title,
    author,
    date,
    publication,
    isWord,
  });
  if (!extracted.ok) return extracted;
  const fromHost = extracted.warnings.some(
    (warning) => warning.code === ImportWarningCode.PublicationFromHost,
  );
  const fallback =
    options.defaultPublication !== undefined && (extracted.value.publication === undefined || fromHost);
  const overrides = fallback
    ? { ...options.overrides, publication: options.overrides?.publication ?? options.defaultPublication }
    : options.overrides;
  const prepared = prepareContentFile(input, extracted.value, {
    slug: options.slug,
    ...(overrides === undefined ? {} : { overrides }),
  });
  if (!prepared.ok) return prepared;
  const { slug, markdown, article } = prepared.value;
  const warnings = [
    ...read.warnings,
    ...extracted.warnings.filter(
      (warning) => !(fallback && warning.code === ImportWarningCode.PublicationFromHost),
    ),
    ...prepared.warnings,
  ];
  const path = contentPath(options.contentDir, slug);
  if (options.unchangedIsDone && !options.force && holds(path, markdown))
    return succeeded(
      { slug, path, written: false, replaced: false, unchanged: true, markdown, article, warnings },
      warnings,
    );
  // A second copy of an article is refused as replacing one is: it would hide the first in answers (a
  // sentence both say is shown once) and make its title name two articles. `--force` keeps both (one wire
  // story in two publications); a replacement of the copy's own file is no second copy.
  const same = fileWithSameText(options.contentDir, slug, markdown);
  if (same !== undefined) {
    if (!options.force && !options.dryRun)
      return failed({
        code: ImportProblemCode.SameText,
        source: input,
        detail: same,
        path: join(options.contentDir, same),
      });
    warnings.push({
      code: ImportWarningCode.SameText,
      detail: same,
      ...(options.force ? {} : { subject: 'needs-force' }),
    });
  }
  if (options.dryRun) {
    const taken = existsSync(path) && !options.force;
    const notes = taken
      ? [...warnings, { code: ImportWarningCode.SlugExists, subject: slug, detail: path }]
      : warnings;
    return succeeded(
      { slug, path, written: false, replaced: false, markdown, article, warnings: notes },
      notes,
    );
  }
  const written = writeContentFile(input, options.contentDir, slug, markdown, {
    force: options.force ?? false,
  });
  if (!written.ok) return written;
  return succeeded(
    { slug, path, written: true, replaced: written.value.replaced, markdown, article, warnings },
    warnings,
  );
}
