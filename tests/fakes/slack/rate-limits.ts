/**
 * Slack's limits that the fake enforces. Slack publishes these in words, not numbers to the message:
 * - `chat.postMessage`: "1 message per second per channel, short bursts allowed". Modelled as a token
 *   bucket per channel: `burst` messages at once, refilled at `perSecond`. Past it Slack answers HTTP 429,
 *   `{ ok: false, error: 'ratelimited' }` and a whole-second `Retry-After` header.
 * - `response_url`: "up to 5 times within 30 minutes". A sixth use, or one after 30 minutes, is refused
 *   with HTTP 404 (`used_url` / `expired_url`), which Bolt's `respond()` throws as a RespondError.
 * The fake applies the response_url limit by default and the chat.postMessage one on `rateLimits: true`.
 * The workspace-wide ceiling on chat.postMessage ("several hundred per minute") is not modelled.
 */
export const SLACK_RATE_LIMITS = {
  postMessage: { perSecond: 1, burst: 5 },
  responseUrl: { uses: 5, lifetimeMs: 30 * 60_000 },
} as const;

export interface SlackRateLimitOptions {
  /** chat.postMessage per channel; default `SLACK_RATE_LIMITS.postMessage`. */
  readonly postMessage?: { readonly perSecond: number; readonly burst: number };
  /** How often and how long a `response_url` works; default `SLACK_RATE_LIMITS.responseUrl`. */
  readonly responseUrl?: { readonly uses: number; readonly lifetimeMs: number };
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The per-channel chat.postMessage limit: undefined when a call may go, else whole seconds to wait. */
export class PostMessageLimits {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: { readonly perSecond: number; readonly burst: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a call to `channel`; returns the `Retry-After` seconds when it is over the limit. */
  take(channel: string): number | undefined {
    const now = this.now();
    const bucket = this.buckets.get(channel) ?? { tokens: this.rule.burst, at: now };
    bucket.tokens = Math.min(
      this.rule.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rule.perSecond,
    );
    bucket.at = now;
    this.buckets.set(channel, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rule.perSecond));
  }
}

/** Uses of each issued `response_url`: why a use is refused, or undefined when it is allowed. */
export class ResponseUrlLimits {
  private readonly issued = new Map<string, { at: number; uses: number }>();

  constructor(
    private readonly rule: { readonly uses: number; readonly lifetimeMs: number } | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  issue(id: string): void {
    this.issued.set(id, { at: this.now(), uses: 0 });
  }

  known(id: string): boolean {
    return this.issued.has(id);
  }

  /** Counts one use of a known url; `'expired_url'` or `'used_url'` when Slack would refuse it. */
  use(id: string): 'expired_url' | 'used_url' | undefined {
    const entry = this.issued.get(id);
    if (entry === undefined || this.rule === undefined) return undefined;
    if (this.now() - entry.at > this.rule.lifetimeMs) return 'expired_url';
    if (entry.uses >= this.rule.uses) return 'used_url';
    entry.uses += 1;
    return undefined;
  }
}
