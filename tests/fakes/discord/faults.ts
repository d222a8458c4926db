import type { ApiError } from './errors.js';
import { errorForStatus } from './errors.js';
import { decodePath, PathPattern } from './path-pattern.js';

/**
 * One injected REST failure, answered the way Discord answers it. A 429 carries `Retry-After` (seconds,
 * fractions allowed: @discordjs/rest reads this header, not the body), `X-RateLimit-*` headers and the body
 * `{ message, retry_after, global, code }`; other statuses carry Discord's JSON error for that status
 * (403 Missing Access 50001, 404 Unknown Channel 10003, 5xx Internal Server Error) unless `code`/`message`
 * are given.
 */
export interface FaultSpec {
  /** HTTP method; any method when omitted. */
  readonly method?: string;
  /**
   * The API path after `/api/v10`: a RegExp, or a template such as `/interactions/:id/:token/callback`,
   * `/channels/:id/messages` or `/webhooks/*` (`:x` is one segment, `*` the rest). Segments are decoded.
   */
  readonly pathPattern: string | RegExp;
  readonly status: number;
  /** For 429 only; defaults to 1. */
  readonly retryAfterSeconds?: number;
  /** For 429 only: a global rate limit (`X-RateLimit-Global`, scope `global`). */
  readonly global?: boolean;
  /** How many consecutive matching requests fail; defaults to 1. */
  readonly times?: number;
  /** Overrides the JSON error code. */
  readonly code?: number;
  /** Overrides the JSON error message. */
  readonly message?: string;
}

export interface FaultReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

interface PendingFault {
  readonly spec: FaultSpec;
  readonly matches: (path: string) => boolean;
  remaining: number;
}

export class FaultQueue {
  private readonly pending: PendingFault[] = [];

  add(spec: FaultSpec): void {
    const pattern = spec.pathPattern;
    const template = typeof pattern === 'string' ? new PathPattern(pattern) : undefined;
    const matches = (rawPath: string): boolean =>
      template === undefined
        ? decodePath(rawPath).search(pattern) !== -1
        : template.match(rawPath) !== undefined;
    this.pending.push({ spec, matches, remaining: spec.times ?? 1 });
  }

  /** The reply for the first pending fault that matches the raw API path, consuming one of its `times`. */
  take(method: string, rawPath: string, bucket: string): FaultReply | undefined {
    if (this.pending.length === 0) return undefined;
    const index = this.pending.findIndex(
      (fault) =>
        (fault.spec.method === undefined || fault.spec.method.toUpperCase() === method) &&
        fault.matches(rawPath),
    );
    const fault = this.pending[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.pending.splice(index, 1);
    return replyFor(fault.spec, bucket);
  }

  get size(): number {
    return this.pending.length;
  }

  clear(): void {
    this.pending.length = 0;
  }
}

function replyFor(spec: FaultSpec, bucket: string): FaultReply {
  if (spec.status === 429) return rateLimitReply(spec, bucket);
  const error: ApiError = errorForStatus(spec.status);
  return {
    status: spec.status,
    body: { ...error.body, code: spec.code ?? error.body.code, message: spec.message ?? error.body.message },
    headers: {},
  };
}

function rateLimitReply(spec: FaultSpec, bucket: string): FaultReply {
  const retryAfter = spec.retryAfterSeconds ?? 1;
  const global = spec.global ?? false;
  const headers: Record<string, string> = {
    'Retry-After': String(retryAfter),
    'X-RateLimit-Scope': global ? 'global' : 'user',
  };
  if (global) {
    headers['X-RateLimit-Global'] = 'true';
  } else {
    Object.assign(headers, {
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': (Date.now() / 1000 + retryAfter).toFixed(3),
      'X-RateLimit-Reset-After': retryAfter.toFixed(3),
      'X-RateLimit-Bucket': bucket,
    });
  }
  return {
    status: 429,
    body: {
      message: spec.message ?? 'You are being rate limited.',
      retry_after: retryAfter,
      global,
      code: spec.code ?? 0,
    },
    headers,
  };
}
