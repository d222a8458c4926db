/** The chat platforms a daily quote can be posted to; `console` prints it (local use and tests). */
export const DAILY_PLATFORMS = ['discord', 'slack', 'console'] as const;
export type DailyPlatform = (typeof DAILY_PLATFORMS)[number];

export function isDailyPlatform(value: string): value is DailyPlatform {
  return (DAILY_PLATFORMS as readonly string[]).includes(value);
}

/** Days of the week, Monday first (the order they are listed in). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Why a schedule stopped posting by itself, until someone runs `/daily set` again. */
export interface PauseReason {
  /**
   * `forbidden`: the bot may not post there (403); `gone`: the channel or the bot's access to it is gone
   * (404); `unknown-article`: the schedule's article is no longer in the library; `nothing-to-post`: no
   * passage is long enough to post.
   */
  readonly code: 'forbidden' | 'gone' | 'unknown-article' | 'nothing-to-post';
  /** What the platform said, for logs and `/daily status` (never a secret). */
  readonly detail: string;
  /** ISO instant the schedule was paused. */
  readonly since: string;
}

/** One channel's daily quote: when, where and from what. */
export interface DailySchedule {
  readonly platform: DailyPlatform;
  readonly channelId: string;
  /** Discord guild id or Slack team id; null where the platform has none (console). */
  readonly workspaceId: string | null;
  /** Local wall-clock time, `HH:MM` (24 h). */
  readonly time: string;
  /** Canonical IANA timezone, e.g. `Europe/Berlin`, or `UTC`. */
  readonly timezone: string;
  /** Days to post on, Monday first; all seven by default. */
  readonly days: readonly Weekday[];
  /** Article slug to quote from, or null for the whole library. */
  readonly article: string | null;
  /**
   * Post the quote as a card image (with alt text); as text when the card cannot be drawn. Absent (a
   * schedule written before cards) means false.
   */
  readonly card?: boolean;
  /** False after `/daily stop`. */
  readonly enabled: boolean;
  /** Set when posting failed for a reason only a person can fix; cleared by `/daily set` or a post. */
  readonly pausedReason: PauseReason | null;
  /** ISO instant of the last change. */
  readonly updatedAt: string;
  /** Platform user id of who changed it last, if known. */
  readonly updatedBy: string | null;
}

/** Identifies a channel across platforms. */
export interface ChannelRef {
  readonly platform: DailyPlatform;
  readonly channelId: string;
}

/** `discord:123…`: the key a channel's rotation and nonces are derived from. */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.channelId}`;
}

/** True when the schedule should post by itself: enabled and not paused. */
export function isActive(schedule: DailySchedule): boolean {
  return schedule.enabled && schedule.pausedReason === null;
}
