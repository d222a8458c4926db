import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Slack-shaped identifiers. Message timestamps are unique per fake and increase, like Slack's
 * `"<seconds>.<microseconds>"` strings, so tests can sort and compare them.
 */
export class IdFactory {
  private counter = 0;

  /** A message `ts`: the current second plus a six-digit sequence, e.g. `1719000000.000001`. */
  messageTs(): string {
    this.counter += 1;
    const seconds = Math.floor(Date.now() / 1000);
    return `${seconds}.${String(this.counter % 1_000_000).padStart(6, '0')}`;
  }

  /** An upper-case Slack ID with a type prefix (`Ev` for events, `V` for views…). */
  slackId(prefix: string): string {
    return `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
  }

  /** A `trigger_id` like `123.456.abcdef…`. */
  triggerId(): string {
    this.counter += 1;
    return `${Date.now()}.${this.counter}.${randomBytes(12).toString('hex')}`;
  }

  /** Envelope IDs, tickets and response-URL IDs are opaque UUIDs. */
  uuid(): string {
    return randomUUID();
  }
}
