import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01T00:00:00Z); snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Makes real-looking snowflakes (18–19 digits), which matters: @discordjs/rest finds the major parameter of a
 * route (`/channels/:id`, `/webhooks/:id/:token`) only for ids of 17 to 19 digits.
 */
export class SnowflakeFactory {
  private last = 0n;

  /** A unique, increasing snowflake for `at` (worker 1); ids made in the same millisecond count up. */
  next(at: number = Date.now()): string {
    const fresh = ((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n);
    this.last = fresh > this.last ? fresh : this.last + 1n;
    return this.last.toString();
  }
}

/** An interaction token like Discord's: URL-safe base64 of `interaction:<id>:<secret>`. */
export function interactionToken(interactionId: string): string {
  return Buffer.from(`interaction:${interactionId}:${randomBytes(48).toString('base64url')}`).toString(
    'base64url',
  );
}

/** A bot token in Discord's three-part shape: base64 user id, timestamp, HMAC. */
export function botToken(botUserId: string): string {
  const id = Buffer.from(botUserId).toString('base64url');
  const stamp = Buffer.from(Math.floor(Date.now() / 1000).toString()).toString('base64url');
  return `${id}.${stamp}.${randomBytes(27).toString('base64url')}`;
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
