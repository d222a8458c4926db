import { destination, pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * What never reaches a log line, whoever logs it: tokens and authorization headers, and the `url` and
 * `requestBody` a platform client's request error carries (a Discord interaction's URL holds its token; a
 * body is a whole message, a card's PNG among them). Adapters log errors without them already; this is the
 * backstop for an error logged as it came.
 */
const REDACTED = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'err.url',
  'err.requestBody',
  'error.url',
  'error.requestBody',
];

/**
 * The process logger: JSON lines on stderr (stdout stays free for the console chat and CLI output).
 * Secrets never reach it: log ids and codes, not tokens or message bodies.
 */
export function createLogger(level: string, to: DestinationStream = destination(2)): Logger {
  return pino({ level, base: { app: 'quotebot' }, redact: REDACTED }, to);
}
