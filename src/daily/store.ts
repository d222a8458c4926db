import type { ChannelRef, DailySchedule, PauseReason } from './schedule.js';

/**
 * Where a post stands. `sending`: claimed, being sent or interrupted (a crash, or 5xx until the next
 * run). `sent`: confirmed by the platform. `failed`: certainly not delivered (rate-limited until the
 * next run, or the channel refused); may be claimed again. `uncertain`: may have arrived, and resending
 * could duplicate it: left alone (logged, shown by `/daily status`).
 */
export type PostStatus = 'sending' | 'sent' | 'failed' | 'uncertain';

/** What made the post: its schedule, or `/daily now`. */
export type PostTrigger = 'schedule' | 'now';

/** A channel's post for one local date: at most one per (platform, channel, local date). */
export interface PostKey extends ChannelRef {
  readonly localDate: string;
}

/** The history row of a post, from claim to confirmation. Instants are ISO strings (UTC). */
export interface PostRecord extends PostKey {
  readonly passageId: string;
  readonly cycle: number;
  readonly nonce: string;
  readonly trigger: PostTrigger;
  readonly status: PostStatus;
  /** The process that holds the claim while `sending`. */
  readonly owner: string | null;
  /** Until when the owner's claim stands without renewal. */
  readonly leaseUntil: string | null;
  readonly attempts: number;
  /** Resends made without knowing whether an earlier send arrived (at most one per post). */
  readonly blindResends: number;
  readonly scheduledAt: string;
  readonly claimedAt: string;
  readonly lastAttemptAt: string | null;
  readonly confirmedAt: string | null;
  readonly messageId: string | null;
  readonly detail: string | null;
}

/** Fields the claim's owner may change while the post is `sending`. */
export type ClaimPatch = Partial<
  Pick<
    PostRecord,
    | 'status'
    | 'leaseUntil'
    | 'attempts'
    | 'blindResends'
    | 'lastAttemptAt'
    | 'confirmedAt'
    | 'messageId'
    | 'detail'
  >
>;

/** What `takeOverPost` expects the row to hold still; `status` is `sending` when absent. */
export interface TakeOverExpectation {
  readonly owner: string | null;
  readonly attempts: number;
  readonly status?: 'sending' | 'uncertain';
}

/** Statuses of a post that is not settled: being sent (or interrupted), or maybe sent. */
export const UNSETTLED_STATUSES: readonly PostStatus[] = ['sending', 'uncertain'];

/**
 * Schedules and post history. Every method is atomic on its own; claims are how two processes sharing
 * a store agree on who posts. Implementations: `InMemoryDailyStore` (tests) and the SQLite store of the
 * runtime; both pass `tests/daily/store-contract.ts`.
 */
export interface DailyStore {
  getSchedule(channel: ChannelRef): Promise<DailySchedule | undefined>;
  /** Every schedule, by platform then channel. */
  listSchedules(): Promise<DailySchedule[]>;
  /** Creates or replaces the channel's schedule. */
  saveSchedule(schedule: DailySchedule): Promise<void>;
  /** Pauses (with a reason) or un-pauses a schedule; false when there is none. */
  setPause(channel: ChannelRef, reason: PauseReason | null): Promise<boolean>;

  getPost(key: PostKey): Promise<PostRecord | undefined>;
  /** A channel's posts, oldest local date first. */
  channelHistory(channel: ChannelRef): Promise<PostRecord[]>;
  /**
   * Claims the post for its (platform, channel, local date): inserts it, or replaces a `failed` one.
   * Otherwise leaves the existing row alone. Returns whether this call claimed it, and the row now.
   */
  claimPost(claim: PostRecord): Promise<{ claimed: boolean; record: PostRecord }>;
  /**
   * Takes over a `sending` (or, with `expected.status`, an `uncertain`) post whose owner and attempt
   * count are still `expected` (compare-and-set), making it `sending` and giving it to `owner` until
   * `leaseUntil`. Returns the row after, or undefined if someone was faster.
   */
  takeOverPost(
    key: PostKey,
    expected: TakeOverExpectation,
    owner: string,
    leaseUntil: string,
  ): Promise<PostRecord | undefined>;
  /**
   * Posts still `sending` or `uncertain` whose local date is `sinceLocalDate` (`YYYY-MM-DD`) or later,
   * oldest first: what a run settles once their day's window is over.
   */
  unsettledPosts(sinceLocalDate: string): Promise<PostRecord[]>;
  /** Changes a `sending` claim held by `owner`; false (and no change) when it is not held by `owner`. */
  updateClaim(key: PostKey, owner: string, patch: ClaimPatch): Promise<boolean>;
}

/** Statuses whose passage counts as used by the rotation (posted, or maybe posted). */
export const USED_STATUSES: readonly PostStatus[] = ['sending', 'sent', 'uncertain'];
