import type { ImportWarning } from './draft.js';

/**
 * Why an import failed. Each is an expected failure the user can cause or fix, returned as a value;
 * adapters word them (the CLI prints one line naming the file or address).
 */
export const ImportProblemCode = {
  /** The file does not exist. */
  NotFound: 'not-found',
  /** The file or folder could not be read (permissions, a directory, …). */
  Unreadable: 'unreadable',
  /** No text at all. */
  Empty: 'empty',
  /** NUL bytes or bytes that are not text in any supported encoding. */
  Binary: 'binary',
  /** Over the size limit (`limit` bytes). */
  TooLarge: 'too-large',
  /** The address could not be fetched (DNS, refused connection, TLS, bad address). */
  FetchFailed: 'fetch-failed',
  /** No complete answer within `limit` milliseconds. */
  Timeout: 'timeout',
  /** The server answered with an error status (`status`). */
  HttpStatus: 'http-status',
  /**
   * The server sent something other than a page or text (`detail` = its content type), or a file is data
   * (`JSON`).
   */
  NotAPage: 'not-a-page',
  /** The page or text holds no article body. */
  NoArticle: 'no-article',
  /** A title and no text after it (`detail` = the title). */
  NoBody: 'no-body',
  /** Required front matter the source did not provide (`fields`), to pass as options. */
  MissingFields: 'missing-fields',
  /** The content file would not pass validation (`detail` = the validator's message). */
  InvalidContent: 'invalid-content',
  /** No slug could be made from the title: pass one (`slug` = one to suggest, of the file's name or the date). */
  NoSlug: 'no-slug',
  /** A content file with this slug exists (`slug`, `path`). */
  SlugTaken: 'slug-taken',
  /** A content file has the same body text (`detail`: its file name, `path`): refused unless forced. */
  SameText: 'same-text',
  /** The content folder is missing or not writable (`path`). */
  NoContentDir: 'no-content-dir',
  /** Writing the file failed (`detail`); nothing was left behind. */
  WriteFailed: 'write-failed',
} as const;
export type ImportProblemCode = (typeof ImportProblemCode)[keyof typeof ImportProblemCode];

/** A failed import: the code and what is needed to word it. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** The file or address being imported. */
  readonly source: string;
  readonly detail?: string;
  readonly limit?: number;
  readonly status?: number;
  readonly fields?: readonly string[];
  readonly slug?: string;
  readonly path?: string;
}

/** The outcome of one step of an import. */
export type ImportOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly problem: ImportProblem };

/** A step that worked, with what the user should know. */
export const succeeded = <T>(value: T, warnings: readonly ImportWarning[] = []): ImportOutcome<T> => ({
  ok: true,
  value,
  warnings,
});

/** A step that failed: the import stops here and nothing is written. */
export const failed = <T = never>(problem: ImportProblem): ImportOutcome<T> => ({ ok: false, problem });
