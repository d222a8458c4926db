import type { Attribution, Passage } from '../content/article.js';
import type { DailyPlatform, DailySchedule } from './schedule.js';

/** Where the core learns the time. The runtime passes the system clock; tests a controllable one. */
export interface Clock {
  now(): Date;
}

/** Waits between retries; tests pass one that advances their clock instead. */
export type Sleep = (ms: number) => Promise<void>;

/** Structured logging (pino's `logger.info(fields, message)` fits). */
export interface DailyLogger {
  /** What an operator looks at only when debugging (a run each minute that found nothing new to post). */
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * This process, as the owner of post claims. `isAlive` tells whether the process that wrote a claim is
 * still running: true, false, or undefined when it cannot tell (another host); then its lease decides.
 */
export interface Claimant {
  readonly id: string;
  isAlive(owner: string): boolean | undefined;
}

/** One daily quote to send to a channel. */
export interface DailyPostRequest {
  readonly schedule: DailySchedule;
  readonly passage: Passage;
  readonly article: Attribution;
  /** The post's local date in the schedule's timezone, `YYYY-MM-DD`. */
  readonly localDate: string;
  /**
   * Identical for every send of this post (≤ 25 characters). Discord: send it as `nonce` with
   * `enforce_nonce: true`. Slack: put it in the message `metadata` so `findDelivered` can look for it.
   */
  readonly nonce: string;
  /** 1 for the first send of this post; more for a retry or a resend after a restart. */
  readonly attempt: number;
}

/** What a platform said to a post. */
export type DailyPostResult =
  | { readonly ok: true; readonly messageId: string }
  | {
      readonly ok: false;
      /**
       * `rate-limited` (429: certainly not posted, retried after `retryAfterMs`); `retryable` (5xx,
       * timeout, network: maybe posted); `forbidden` (403: no permission) and `gone` (404: channel
       * deleted, bot removed) pause the schedule.
       */
      readonly kind: 'retryable' | 'gone' | 'forbidden' | 'rate-limited';
      readonly retryAfterMs?: number;
      /** The platform's error code or message: logged and shown by `/daily status`; never a secret. */
      readonly detail: string;
    };

/** Whether a post with this nonce is already in the channel (for platforms without nonce checks). */
export type DeliveryCheck =
  | { readonly found: true; readonly messageId: string }
  | { readonly found: false }
  | { readonly found: 'unknown' };

/** Sends daily quotes to one platform. Implemented by each adapter. */
export interface DailyPoster {
  readonly platform: DailyPlatform;
  /**
   * How long the platform turns a second send with the same nonce into the first message (Discord's
   * `enforce_nonce`, "a few minutes"); 0 when it does not (Slack). A resend inside this window is safe.
   */
  readonly nonceWindowMs: number;
  /**
   * How long after a send began it may still arrive: the poster's request timeout plus a margin for the
   * platform to finish a request it had already received. A send cut off by a crash (kill -9) can land
   * until then, so before the core looks for an earlier send or sends again it waits this out. 0 or
   * absent: a send cannot outlive its process (the console).
   */
  readonly maxInFlightMs?: number;
  /** Sends the quote. Should not throw: a thrown error counts as `retryable`. */
  post(request: DailyPostRequest): Promise<DailyPostResult>;
  /**
   * Optional: looks for this post among the channel's messages since `since` (Slack: conversations.history
   * with message metadata; Discord: the channel's recent messages). Used before resending a post whose
   * first send may have arrived, and to settle a post left unsure by a crash or a failed lookup.
   */
  findDelivered?(request: DailyPostRequest, since: Date): Promise<DeliveryCheck>;
}

/** The poster for a platform, or undefined when that platform is not configured in this process. */
export type DailyPosters = (platform: DailyPlatform) => DailyPoster | undefined;
