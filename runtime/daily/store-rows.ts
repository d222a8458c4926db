import { parseDays } from '../../src/daily/days.js';
import { isDailyPlatform } from '../../src/daily/schedule.js';
import type { DailySchedule, PauseReason, PostRecord, PostStatus, PostTrigger } from '../../src/index.js';

/** Rows of the daily tables, the same in SQLite and PostgreSQL, and how they map to the core's records. */
export interface ScheduleRow {
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  time: string;
  timezone: string;
  days: string;
  article: string | null;
  /** 0 or 1; added by migration (SQLite 3, PostgreSQL 4). */
  card: number;
  enabled: number;
  paused_code: string | null;
  paused_detail: string | null;
  paused_since: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** Column of each field of a post record. */
export const POST_COLUMNS = {
  platform: 'platform',
  channelId: 'channel_id',
  localDate: 'local_date',
  passageId: 'passage_id',
  cycle: 'cycle',
  nonce: 'nonce',
  trigger: 'trigger',
  status: 'status',
  owner: 'owner',
  leaseUntil: 'lease_until',
  attempts: 'attempts',
  blindResends: 'blind_resends',
  scheduledAt: 'scheduled_at',
  claimedAt: 'claimed_at',
  lastAttemptAt: 'last_attempt_at',
  confirmedAt: 'confirmed_at',
  messageId: 'message_id',
  detail: 'detail',
} as const satisfies Record<keyof PostRecord, string>;

/**
 * Every column of `daily_posts` named as its field (`channel_id AS "channelId"`), each after `table.` when
 * given: the list both stores read posts with. Quoted, or PostgreSQL would fold the names to lower case.
 */
export function postFields(table?: string): string {
  return Object.entries(POST_COLUMNS)
    .map(([field, column]) => `${table === undefined ? '' : `${table}.`}${column} AS "${field}"`)
    .join(', ');
}

/** Every post of `daily_posts`, as its fields; a `WHERE` follows. */
export const SELECT_POST = `SELECT ${postFields()} FROM daily_posts`;

/** The columns of a post's key, which a claim never rewrites. */
const KEY_COLUMNS: readonly string[] = [
  POST_COLUMNS.platform,
  POST_COLUMNS.channelId,
  POST_COLUMNS.localDate,
];

/** What a claim of a failed post's row sets: every column but the key's, to the claim's (`excluded`). */
export const CLAIM_UPDATES = Object.values(POST_COLUMNS)
  .filter((column) => !KEY_COLUMNS.includes(column))
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

export function toSchedule(row: ScheduleRow): DailySchedule {
  if (!isDailyPlatform(row.platform)) throw new Error(`daily_schedules: unknown platform ${row.platform}`);
  const pausedReason =
    row.paused_code === null
      ? null
      : ({
          code: row.paused_code as PauseReason['code'],
          detail: row.paused_detail ?? '',
          since: row.paused_since ?? row.updated_at,
        } satisfies PauseReason);
  return {
    platform: row.platform,
    channelId: row.channel_id,
    workspaceId: row.workspace_id,
    time: row.time,
    timezone: row.timezone,
    days: parseDays(row.days) ?? [],
    article: row.article,
    card: row.card === 1,
    enabled: row.enabled === 1,
    pausedReason,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export type PostRow = Omit<PostRecord, 'platform' | 'status' | 'trigger'> & {
  platform: string;
  status: string;
  trigger: string;
};

export function toPost(row: PostRow): PostRecord {
  if (!isDailyPlatform(row.platform)) throw new Error(`daily_posts: unknown platform ${row.platform}`);
  return {
    ...row,
    platform: row.platform,
    status: row.status as PostStatus,
    trigger: row.trigger as PostTrigger,
  };
}
