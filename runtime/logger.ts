import { destination, pino, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger: JSON lines on stderr (stdout stays free for the console chat and CLI output).
 * Secrets never reach it: log ids and codes, not tokens or message bodies.
 */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { app: 'quotebot' }, redact: ['token', '*.token', 'authorization', '*.authorization'] },
    destination(2),
  );
}
