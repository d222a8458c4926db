/**
 * State the adapters keep between two events that may reach different processes of the bot: event ids
 * already answered (Slack retries), and values too long for a button's or a choice's own field. One
 * process uses the in-memory default; several processes behind a load balancer share the PostgreSQL one
 * (`DATABASE_URL`), so a retry or a click that lands on another instance finds what the first one kept.
 */
export interface SharedState {
  /**
   * Marks every key as seen for `ttlMs`, atomically: true when none of them was seen (and unexpired)
   * before, false (marking none) otherwise. Across processes, exactly one caller gets true.
   */
  claimKeys(keys: readonly string[], ttlMs: number): Promise<boolean>;
  /** Forgets keys, so that a retry of work that failed is tried again. */
  releaseKeys(keys: readonly string[]): Promise<void>;
  /** Keeps `value` under `key` for `ttlMs`. */
  putEntry(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value under `key`, or undefined when it was never kept, or expired. */
  getEntry(key: string): Promise<string | undefined>;
}

/** How long adapters keep what they share: an hour, longer than Slack's retries (about 5 minutes). */
export const SHARED_TTL_MS = {
  eventIds: 60 * 60_000,
  entries: 24 * 60 * 60_000,
} as const;
