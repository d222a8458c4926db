import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';

const words = (parts: readonly unknown[]): string =>
  parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');

const RATE_LIMITED = 'API Call failed due to rate limiting';

function boltLevelOf(level: string): LogLevel {
  if (level === 'trace') return LogLevel.DEBUG;
  if (level === 'debug') return LogLevel.INFO;
  if (level === 'info' || level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

/**
 * Bolt's logger (also used by its Web API and Socket Mode clients) routed to ours. Bolt's info lines
 * ("Now connected to Slack", …) are debug here and its debug lines trace: at the default level only
 * Bolt's warnings and errors show. Arguments are logged as strings, never as objects that could
 * carry a token.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  return {
    // Bolt calls debug on every request: build the line only when it will be written.
    debug: (...parts: unknown[]) => {
      if (child.isLevelEnabled('trace')) child.trace(words(parts));
    },
    info: (...parts: unknown[]) => {
      // The Web API client's one line about a 429 is an info line; an operator needs it by default.
      if (typeof parts[0] === 'string' && parts[0].startsWith(RATE_LIMITED)) child.warn(words(parts));
      else if (child.isLevelEnabled('debug')) child.debug(words(parts));
    },
    warn: (...parts: unknown[]) => child.warn(words(parts)),
    error: (...parts: unknown[]) => child.error(words(parts)),
    // The level is ours (LOG_LEVEL); Bolt's setLevel calls are ignored, and getLevel tells its clients
    // whether building a debug line is worth it.
    setLevel: () => undefined,
    getLevel: () => boltLevelOf(child.level),
    setName: () => undefined,
  };
}
