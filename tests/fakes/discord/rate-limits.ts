import { createHash } from 'node:crypto';

/** `limit` requests per `windowMs`, counted per bot and top-level resource (channel, guild, webhook token). */
export interface RouteLimit {
  readonly limit: number;
  readonly windowMs: number;
  /** Routes naming the same bucket share one count and one `X-RateLimit-Bucket` hash. */
  readonly bucket?: string;
}

/**
 * The limits the fake applies, as Discord answers them (values seen in Discord's headers; Discord says
 * not to hard-code them, and discord.js does not: it reads every response's headers).
 * - Global: 50 requests per second per bot token, except interaction callbacks and the interaction
 *   webhook (token in the path, no bot token), which Discord exempts.
 * - Messages: 5 per 5 s per channel. Interaction webhook (follow-ups, `@original`): 5 per 2 s per token.
 * - Any other route: 50 per second per resource, so that only the global limit binds there.
 */
export const DISCORD_RATE_LIMITS = {
  globalPerSecond: 50,
  routes: {
    'POST /channels/:channelId/messages': { limit: 5, windowMs: 5000 },
    'PATCH /channels/:channelId/messages/:messageId': { limit: 5, windowMs: 5000 },
    'DELETE /channels/:channelId/messages/:messageId': { limit: 5, windowMs: 5000 },
    'POST /channels/:channelId/typing': { limit: 5, windowMs: 5000 },
    'POST /webhooks/:applicationId/:token': { limit: 5, windowMs: 2000, bucket: 'interaction-webhook' },
    'GET /webhooks/:applicationId/:token/messages/:messageId': {
      limit: 5,
      windowMs: 2000,
      bucket: 'interaction-webhook',
    },
    'PATCH /webhooks/:applicationId/:token/messages/:messageId': {
      limit: 5,
      windowMs: 2000,
      bucket: 'interaction-webhook',
    },
    'DELETE /webhooks/:applicationId/:token/messages/:messageId': {
      limit: 5,
      windowMs: 2000,
      bucket: 'interaction-webhook',
    },
  } as Readonly<Record<string, RouteLimit>>,
  otherRoutes: { limit: 50, windowMs: 1000 } as RouteLimit,
  /** Routes outside every limit (no headers either): Discord's interaction callback. */
  exempt: ['POST /interactions/:interactionId/:token/callback'] as readonly string[],
} as const;

export interface DiscordRateLimitOptions {
  /** Requests per second per bot token; default 50. */
  readonly globalPerSecond?: number;
  /** Per-route limits by route name (`'POST /channels/:channelId/messages'`), over `DISCORD_RATE_LIMITS.routes`. */
  readonly routes?: Readonly<Record<string, RouteLimit>>;
}

/** What the limiter says about one request: its headers, or the 429 that refuses it. */
export type Admission =
  | { readonly ok: true; readonly headers: Readonly<Record<string, string>> }
  | {
      readonly ok: false;
      readonly status: 429;
      readonly body: { message: string; retry_after: number; global: boolean };
      readonly headers: Readonly<Record<string, string>>;
    };

interface Window {
  resetAt: number;
  remaining: number;
}

const seconds = (ms: number): number => Math.max(0, Math.round(ms) / 1000);

/**
 * Discord's REST rate limits: per-route buckets keyed by route and top-level resource, and the global
 * per-second limit, with Discord's `X-RateLimit-*` headers on every limited route and its 429 answer
 * (`Retry-After` in whole seconds, rounded up, as in Discord's examples; the exact `retry_after` in the
 * JSON body; `X-RateLimit-Global` and `global: true` for the global limit). `enabled: false` keeps the
 * headers (always well within the bucket) and refuses nothing.
 */
export class DiscordRateLimits {
  private readonly routes: Readonly<Record<string, RouteLimit>>;
  private readonly globalPerSecond: number;
  private readonly hashes = new Map<string, string>();
  private readonly windows = new Map<string, Window>();
  private global: Window = { resetAt: 0, remaining: 0 };

  constructor(
    private readonly enabled: boolean,
    options: DiscordRateLimitOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.routes = { ...DISCORD_RATE_LIMITS.routes, ...options.routes };
    this.globalPerSecond = options.globalPerSecond ?? DISCORD_RATE_LIMITS.globalPerSecond;
  }

  /** The `X-RateLimit-Bucket` hash of a route (routes sharing a bucket share it). */
  bucketHash(routeName: string): string {
    const name = this.routes[routeName]?.bucket ?? routeName;
    let hash = this.hashes.get(name);
    if (hash === undefined) {
      hash = createHash('sha1').update(name).digest('hex').slice(0, 32);
      this.hashes.set(name, hash);
    }
    return hash;
  }

  /** Counts a request that reached a route; `botAuth` is whether it carries the bot token. */
  admit(routeName: string, params: Readonly<Record<string, string>>, botAuth: boolean): Admission {
    if (DISCORD_RATE_LIMITS.exempt.includes(routeName)) return { ok: true, headers: {} };
    const rule = this.routes[routeName] ?? DISCORD_RATE_LIMITS.otherRoutes;
    const hash = this.bucketHash(routeName);
    const now = this.now();
    // Off: the headers of a request well within its bucket, so @discordjs/rest never waits on its own.
    if (!this.enabled) return { ok: true, headers: bucketHeaders(hash, 50, 49, 1000, now) };
    const bucket = this.window(`${hash}:${majorParameter(params)}`, rule, now);
    if (bucket.remaining <= 0) return tooMany(bucket.resetAt - now, false, { hash, limit: rule.limit, now });
    if (botAuth && this.globalPerSecond > 0) {
      if (now >= this.global.resetAt) this.global = { resetAt: now + 1000, remaining: this.globalPerSecond };
      if (this.global.remaining <= 0) return tooMany(this.global.resetAt - now, true, undefined);
      this.global.remaining -= 1;
    }
    bucket.remaining -= 1;
    return {
      ok: true,
      headers: bucketHeaders(hash, rule.limit, bucket.remaining, bucket.resetAt - now, now),
    };
  }

  private window(key: string, rule: RouteLimit, now: number): Window {
    let window = this.windows.get(key);
    if (window === undefined || now >= window.resetAt) {
      window = { resetAt: now + rule.windowMs, remaining: rule.limit };
      this.windows.set(key, window);
    }
    return window;
  }
}

/** Discord's top-level resources: channel, guild, or webhook id + token. */
function majorParameter(params: Readonly<Record<string, string>>): string {
  if (params.channelId !== undefined) return `channel:${params.channelId}`;
  if (params.guildId !== undefined) return `guild:${params.guildId}`;
  if (params.token !== undefined) return `webhook:${params.applicationId ?? ''}/${params.token}`;
  return 'global';
}

function bucketHeaders(
  hash: string,
  limit: number,
  remaining: number,
  resetAfterMs: number,
  now: number,
): Record<string, string> {
  return {
    'X-RateLimit-Bucket': hash,
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': seconds(now + resetAfterMs).toFixed(3),
    'X-RateLimit-Reset-After': seconds(resetAfterMs).toFixed(3),
  };
}

function tooMany(
  waitMs: number,
  global: boolean,
  bucket: { hash: string; limit: number; now: number } | undefined,
): Admission {
  const retryAfter = seconds(waitMs);
  const headers: Record<string, string> = {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfter))),
    'X-RateLimit-Scope': global ? 'global' : 'user',
    ...(global
      ? { 'X-RateLimit-Global': 'true' }
      : bucketHeaders(bucket!.hash, bucket!.limit, 0, waitMs, bucket!.now)),
  };
  return {
    ok: false,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
    headers,
  };
}
