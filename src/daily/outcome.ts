import type { Passage } from '../content/article.js';
import type { DailyPlatform } from './schedule.js';

/**
 * What happened to a channel's post in a run. `posted`: sent and confirmed now. `already-posted`: that
 * day's post was made before. `busy`: another process holds the claim. `failed`: certainly not posted
 * (rate-limited): the next run retries. `pending`: the platform failed (5xx) and the post may have
 * arrived: the next run resumes it carefully. `paused`: the channel refused (403/404) or there is nothing
 * to post: the schedule is paused with the reason. `uncertain`: may have arrived, and another send could
 * duplicate it: looked for again by the next run while its poster can look. `released`: an interrupted
 * post settled after its catch-up window and not found on the platform: it was never posted, and its
 * passage goes back to the rotation. `no-poster`: that platform is not configured in this process (not
 * claimed). `would-post`: a dry run's answer.
 */
export type DailyOutcomeStatus =
  | 'posted'
  | 'already-posted'
  | 'busy'
  | 'failed'
  | 'pending'
  | 'paused'
  | 'uncertain'
  | 'released'
  | 'no-poster'
  | 'would-post';

export interface DailyOutcome {
  readonly platform: DailyPlatform;
  readonly channelId: string;
  readonly localDate: string;
  readonly status: DailyOutcomeStatus;
  /** The passage posted (or to be posted); null when none could be chosen. */
  readonly passage: Passage | null;
  readonly messageId: string | null;
  /** Sends of this post so far, across runs. */
  readonly attempts: number;
  /** True when this run resumed a post an earlier run (or a crashed process) had claimed. */
  readonly resumed: boolean;
  /** The platform's error or the pause reason, for logs and status. */
  readonly detail: string | null;
}

/** What one `runDue` did: every schedule whose post was due at `at`, and what became of it. */
export interface DailyRunReport {
  /** ISO instant the run considered "now". */
  readonly at: string;
  /** Schedules looked at. */
  readonly checked: number;
  readonly outcomes: readonly DailyOutcome[];
}
