/**
 * Error codes of the core. Expected failures a user can cause are values (see `SearchStatus` and
 * `BotReply`); these codes are for exceptions: content that cannot be loaded.
 */
export const ErrorCode = {
  ContentInvalid: 'content_invalid',
  ContentDuplicateSlug: 'content_duplicate_slug',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a machine-readable code and the context needed to word it (file, field, …). */
export class QuotebotError extends Error {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string, context: Record<string, string> = {}) {
    super(message);
    this.name = 'QuotebotError';
    this.code = code;
    this.context = context;
  }
}

/** A content file that cannot be used: names the file and, where it applies, the field. */
export function contentError(file: string, problem: string, field?: string): QuotebotError {
  const where = field === undefined ? file : `${file}: ${field}`;
  return new QuotebotError(ErrorCode.ContentInvalid, `${where}: ${problem}`, {
    file,
    problem,
    ...(field === undefined ? {} : { field }),
  });
}
