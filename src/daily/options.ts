/** Tuning of daily posts. One defaults object; the runtime overrides `catchUpMs` from configuration. */
export interface DailyOptions {
  /** How long after its time a missed post is still made on the same local day (default 6 hours). */
  readonly catchUpMs: number;
  /** How long a claim stands without renewal before another process may take it over. */
  readonly leaseMs: number;
  /** Sends of one post in one run, the first included. */
  readonly maxAttempts: number;
  /** First retry delay; doubled each retry up to `maxRetryDelayMs`. */
  readonly retryBaseMs: number;
  /** A longer wait (say a 429 with a long retry-after) ends the run's attempts: the next run retries. */
  readonly maxRetryDelayMs: number;
  /**
   * Resends allowed when an earlier send may have arrived and nothing can tell (no nonce check, no
   * delivery lookup): 1 keeps it to at most one duplicate.
   */
  readonly maxBlindResends: number;
  /** Passages shorter than this are fragments, never posted. */
  readonly minWords: number;
  /** Channels posted to at the same time in one run. */
  readonly concurrency: number;
  /**
   * How many days back a run settles posts left `sending` (a crash) or `uncertain` (history unreadable)
   * once their own day's catch-up window is over: it looks for them and keeps or releases them.
   */
  readonly settleDays: number;
}

export const DEFAULT_DAILY_OPTIONS: DailyOptions = {
  catchUpMs: 6 * 3_600_000,
  leaseMs: 120_000,
  maxAttempts: 4,
  retryBaseMs: 1_000,
  maxRetryDelayMs: 30_000,
  maxBlindResends: 1,
  minWords: 8,
  concurrency: 4,
  settleDays: 7,
};
