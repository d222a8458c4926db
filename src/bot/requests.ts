import type { Attribution } from '../content/article.js';
import type { SearchHit } from '../search/result.js';
import type { Summary, SummaryLength } from '../summary/summarize.js';
import type { CommandDefinition } from './commands.js';
import type { NextPost } from '../daily/due.js';
import type { DailyOutcome } from '../daily/outcome.js';
import type { DailyPlatform, DailySchedule } from '../daily/schedule.js';
import type { PostRecord } from '../daily/store.js';

/** What a user asked for, whatever the platform. */
export type BotRequest =
  | {
      readonly kind: 'quote';
      readonly query: string;
      readonly article?: string | undefined;
      /** Which hit to show, 0 for the best ("Next match" walks on). */
      readonly hit?: number | undefined;
      /** Show the sentences around the quote. */
      readonly context?: boolean | undefined;
    }
  | {
      readonly kind: 'summary';
      readonly length?: SummaryLength | undefined;
      /** Exactly this many sentences instead of the length's own count. */
      readonly sentences?: number | undefined;
      readonly topic?: string | undefined;
      readonly article?: string | undefined;
    }
  | { readonly kind: 'articles'; readonly page?: number | undefined }
  | { readonly kind: 'help'; readonly unknown?: string | undefined };

/** A quote to show, with where it stands among the hits. */
export interface QuoteReply {
  readonly kind: 'quote';
  readonly query: string;
  readonly hit: SearchHit;
  /** 0-based position of `hit` among `total` hits. */
  readonly position: number;
  readonly total: number;
  readonly article: string | undefined;
  readonly withContext: boolean;
}

/** What the bot answers, as data: each adapter words and formats it for its platform. */
export type BotReply =
  | QuoteReply
  | { readonly kind: 'no-match'; readonly query: string; readonly suggestions: readonly string[] }
  | { readonly kind: 'invalid-query'; readonly reason: 'empty' | 'too-long'; readonly maxLength: number }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly suggestions: readonly string[] }
  | {
      readonly kind: 'articles';
      readonly articles: readonly Attribution[];
      readonly page: number;
      readonly pageCount: number;
      readonly total: number;
    }
  | { readonly kind: 'summary'; readonly summary: Summary }
  | { readonly kind: 'help'; readonly commands: readonly CommandDefinition[]; readonly unknown?: string };

/**
 * `/articles reload`: re-read the content folder now, answered by `Bot.reloadArticles`. `canManage` is
 * set by the adapter: Discord Manage Server, a Slack admin or owner, the local console's operator.
 */
export interface ArticlesReloadRequest {
  readonly kind: 'articles-reload';
  readonly canManage: boolean;
}

/** What `/articles reload` answers, as data. */
export type ArticlesReloadReply =
  | ({ readonly kind: 'reloaded' } & ContentReload)
  | {
      readonly kind: 'not-allowed';
      readonly action: 'articles-reload';
      /** `not-manager`: this user may not; `unavailable`: the bot runs without a content folder to re-read. */
      readonly reason: 'not-manager' | 'unavailable';
    };

/** What re-reading the content folder found. */
export interface ContentReload {
  /** Articles the bot answers from now. */
  readonly articles: number;
  /** Files that were skipped, each with the validator's message (it names the file and field). */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** True when nothing could be loaded and the previous articles were kept. */
  readonly keptPrevious: boolean;
}

/** Who asks about `/daily`, and for which channel: filled in by the adapter. */
export interface DailyContext {
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
export type DailyRequest = DailyContext &
  (
    | {
        readonly kind: 'daily-set';
        readonly time: string;
        readonly timezone: string;
        readonly days?: string | undefined;
        readonly article?: string | undefined;
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
  | { readonly kind: 'daily-stopped'; readonly schedule: DailySchedule }
  | {
      readonly kind: 'daily-status';
      readonly schedule: DailySchedule;
      /** Null when stopped or paused (`schedule.enabled`, `schedule.pausedReason` say which). */
      readonly next: NextPost | null;
      /** Today's post (local date), whatever its state. */
      readonly today: PostRecord | null;
      /** The last confirmed post. */
      readonly last: PostRecord | null;
      readonly rotation: { readonly cycle: number; readonly used: number; readonly total: number };
    }
  | { readonly kind: 'daily-posted'; readonly outcome: DailyOutcome; readonly article: Attribution | null }
  | { readonly kind: 'daily-none'; readonly platform: DailyPlatform; readonly channelId: string }
  | {
      readonly kind: 'not-allowed';
      readonly action: 'daily-set' | 'daily-stop' | 'daily-now';
      readonly platform: DailyPlatform;
    }
  | { readonly kind: 'invalid-time'; readonly input: string }
  | { readonly kind: 'invalid-timezone'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly kind: 'invalid-days'; readonly input: string }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly suggestions: readonly string[] };
