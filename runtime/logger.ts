import { destination, pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { redactSecrets } from './redact.js';

export type { Logger };

/**
 * Fields no log line writes, whoever logs them: tokens and authorization headers, and the `url` and
 * `requestBody` of an object logged under `error` that is not an error (an error's go, see `loggableError`).
 */
const REDACTED_PATHS = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'err.url',
  'err.requestBody',
  'error.url',
  'error.requestBody',
];

/** What a log line keeps of an error beside its type, message and stack: what failed, never what was sent. */
const ERROR_FIELDS = ['code', 'status', 'statusCode', 'method', 'retryAfter'] as const;

const isErrorLike = (value: unknown): value is Error =>
  typeof value === 'object' && value !== null && typeof (value as Error).message === 'string';

/**
 * An error as a log line writes it (under `err` or `error`): its type, its message and stack with its causes',
 * and what says what failed (`ERROR_FIELDS`; Slack's answer, `data.error` and its messages). Not the objects
 * a platform error carries: discord.js's request `url`, whose path holds an interaction's token, and
 * `requestBody` (the whole message, a card's PNG as a quarter of a million numbers); the Slack client's
 * `original` error, response `headers` and `body`; a WebSocket event's `target`, the socket with its buffers.
 * Anything else passes as it is.
 */
export function loggableError(value: unknown): unknown {
  if (!isErrorLike(value)) return value;
  const { type, message, stack } = stdSerializers.err(value);
  const record = value as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = { type, message, stack };
  for (const name of ERROR_FIELDS) {
    const field = record[name];
    if (typeof field === 'string' || typeof field === 'number') fields[name] = field;
  }
  const data = record['data'] as { error?: unknown; response_metadata?: { messages?: unknown } } | undefined;
  if (typeof data?.error === 'string') {
    const messages = data.response_metadata?.messages;
    fields['data'] = { error: data.error, ...(Array.isArray(messages) ? { messages } : {}) };
  }
  if (Array.isArray(record['errors'])) fields['errors'] = record['errors'].map(loggableError);
  return fields;
}

/**
 * The process logger: JSON lines on stderr (stdout stays free for the console chat and CLI output).
 * Secrets never reach it, whoever logs and whatever: errors are written as `loggableError` says, and each
 * line, its message included (Bolt's lines, an error's message), goes through `redactSecrets` with the
 * configured `secrets` (see `secretsOf`) before it is written.
 */
export function createLogger(
  level: string,
  to: DestinationStream = destination(2),
  secrets: readonly string[] = [],
): Logger {
  return pino(
    {
      level,
      base: { app: 'quotebot' },
      redact: REDACTED_PATHS,
      serializers: { err: loggableError, error: loggableError },
      hooks: { streamWrite: (line) => redactSecrets(line, secrets) },
    },
    to,
  );
}
