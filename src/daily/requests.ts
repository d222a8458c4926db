import type { Attribution } from '../content/article.js';
import type { NextPost } from './due.js';
import type { DailyOutcome } from './outcome.js';
import type { DailyPlatform, DailySchedule } from './schedule.js';
import type { PostRecord } from './store.js';

/** Who asks about `/daily`, and for which channel: filled in by the command path. */
export interface DailyCaller {
  readonly platform: DailyPlatform;
  /** The channel the schedule is for: the `channel` option if given, else where the command was typed. */
  readonly channelId: string;
  /** Discord guild id or Slack team id. */
  readonly workspaceId: string | null;
  readonly userId: string | null;
  /** May this user change schedules? Discord: Manage Server; Slack: admin, owner or SLACK_DAILY_ADMINS. */
  readonly canManage: boolean;
}

/** `/daily set|stop|status|now`, answered by `DailyCommands.handle` (async: it reads the store). */
export type DailyRequest = DailyCaller &
  (
    | {
        readonly kind: 'daily-set';
        readonly time: string;
        readonly timezone: string;
        readonly days?: string | undefined;
        readonly article?: string | undefined;
        /** `card:true`: post the quote as a card image. */
        readonly card?: boolean | undefined;
      }
    | { readonly kind: 'daily-stop' }
    | { readonly kind: 'daily-status' }
    | { readonly kind: 'daily-now' }
  );

/** What `/daily` answers, as data; adapters word it (times in the schedule's timezone). */
export type DailyReply =
  | {
      readonly kind: 'daily-set';
      readonly schedule: DailySchedule;
      readonly next: NextPost | null;
      /** False when an existing schedule was replaced. */
      readonly created: boolean;
    }
  /** `already`: the schedule was stopped before this request, which changed nothing. */
  | { readonly kind: 'daily-stopped'; readonly schedule: DailySchedule; readonly already?: true }
  | {
      readonly kind: 'daily-status';
      readonly schedule: DailySchedule;
      /** Null when stopped or paused (`schedule.enabled`, `schedule.pausedReason` say which). */
      readonly next: NextPost | null;
      /** Today's post (local date), whatever its state. */
      readonly today: PostRecord | null;
      /**
       * A post already made for a local date after today (`daily run --at` a later time, forced): that day
       * posts nothing more at its time, and `next` is the day after.
       */
      readonly ahead: PostRecord | null;
      /** The last confirmed post. */
      readonly last: PostRecord | null;
      readonly rotation: { readonly cycle: number; readonly used: number; readonly total: number };
    }
  | {
      readonly kind: 'daily-posted';
      readonly outcome: DailyOutcome;
      /** Whom the post credits (an interview's answer or a quotation: who said it, see `passageCredit`). */
      readonly article: Attribution | null;
    }
  | { readonly kind: 'daily-none'; readonly platform: DailyPlatform; readonly channelId: string }
  | {
      readonly kind: 'not-allowed';
      readonly action: 'daily-set' | 'daily-stop' | 'daily-now';
      readonly platform: DailyPlatform;
    }
  | { readonly kind: 'invalid-time'; readonly input: string }
  | { readonly kind: 'invalid-timezone'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly kind: 'invalid-days'; readonly input: string }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly suggestions: readonly string[] }
  /**
   * The store that keeps the schedules and posts could not be reached (a database restart or failover):
   * nothing was read, changed or posted, and the same command a minute later may work.
   */
  | { readonly kind: 'store-unavailable'; readonly action: DailyRequest['kind'] };
