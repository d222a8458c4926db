import { StartupError, StartupErrorCode } from '../startup-error.js';

/** How opening PostgreSQL went before it failed: whether a session ever began, and how long it was given. */
export interface PostgresOpenAttempt {
  /** Whether a connection got as far as a PostgreSQL session (the pool's `connect` event). */
  readonly connected: boolean;
  readonly elapsedMs: number;
  /** How long a new connection may take (`openPostgres`'s `connectTimeoutMs`). */
  readonly timeoutMs: number;
}

/** pg's words for its own connect timeout, and the operating system's. */
const TIMEOUT_WORDS = /\btimeout\b|timed out|ETIMEDOUT/i;

/**
 * The start-up failure of a `DATABASE_URL` whose database could not be opened, in one sentence that never
 * writes the URL's password. A host that drops packets, or that accepts and never answers, is said to have
 * timed out, as a refused one is said to be refused: pg words the first "Connection terminated due to
 * connection timeout", or, when something at that address closes the connection once the time is up,
 * "Connection terminated unexpectedly", neither of which names the host or the wait.
 */
export function postgresOpenFailure(error: unknown, url: string, attempt: PostgresOpenAttempt): StartupError {
  const timedOut =
    !attempt.connected &&
    (causes(error).some((message) => TIMEOUT_WORDS.test(message)) || attempt.elapsedMs >= attempt.timeoutMs);
  const reason = timedOut
    ? `${serverOf(url)} did not answer within ${attempt.timeoutMs / 1000} s: timed out`
    : (error as Error).message;
  return new StartupError(
    StartupErrorCode.DatabaseUnreachable,
    `the database at DATABASE_URL could not be opened (${reason}); check that the server runs${timedOut ? ', that this host can reach it' : ''} and the URL is right`,
    { cause: error },
  );
}

/** The messages of an error and of its causes (pg wraps the socket's error in its timeout's). */
function causes(error: unknown): string[] {
  const messages: string[] = [];
  for (let at = error; at instanceof Error && messages.length < 5; at = at.cause) messages.push(at.message);
  return messages;
}

/** `host:port` of a PostgreSQL URL (its user and password left out), or "the server" when it names none. */
function serverOf(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return hostname === '' ? 'the server' : `${hostname}:${port === '' ? '5432' : port}`;
  } catch {
    return 'the server';
  }
}
