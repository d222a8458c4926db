import type {
  ChannelRef,
  ClaimPatch,
  DailySchedule,
  DailyStore,
  PauseReason,
  PostKey,
  PostRecord,
  TakeOverExpectation,
} from '../../src/index.js';
import { migratePostgres } from '../store/postgres-migrations.js';
import type { PostgresPool } from '../store/postgres.js';
import { DAILY_POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import {
  CLAIM_UPDATES,
  POST_COLUMNS,
  postFields,
  SELECT_POST,
  toPost,
  toSchedule,
  type PostRow,
  type ScheduleRow,
} from './store-rows.js';

const KEY = 'platform = $1 AND channel_id = $2 AND local_date = $3';
const keyOf = (key: PostKey): [string, string, string] => [key.platform, key.channelId, key.localDate];
const FIELDS = Object.keys(POST_COLUMNS) as (keyof PostRecord)[];
const COLUMNS = FIELDS.map((field) => POST_COLUMNS[field]);

/**
 * The `DailyStore` on PostgreSQL (`DATABASE_URL`), shared by every process of the bot. Exactly-once by
 * construction: the primary key (platform, channel, local date) makes one row per post; a claim is one
 * `INSERT … ON CONFLICT … DO UPDATE … WHERE status = 'failed'` whose `RETURNING` row says whether this
 * call won; a crashed sender's claim is taken over by a compare-and-set `UPDATE` once its lease is over.
 * No locks are held between statements, so a process killed mid-send blocks nobody past its lease.
 */
export class PostgresDailyStore implements DailyStore {
  private constructor(private readonly pool: PostgresPool) {}

  /** The store on a pool, its schema migrated first. The caller closes the pool. */
  static async on(pool: PostgresPool): Promise<PostgresDailyStore> {
    await migratePostgres(pool, 'daily', DAILY_POSTGRES_MIGRATIONS);
    return new PostgresDailyStore(pool);
  }

  async getSchedule(channel: ChannelRef): Promise<DailySchedule | undefined> {
    const { rows } = await this.pool.query<ScheduleRow>(
      'SELECT * FROM daily_schedules WHERE platform = $1 AND channel_id = $2',
      [channel.platform, channel.channelId],
    );
    return rows[0] === undefined ? undefined : toSchedule(rows[0]);
  }

  async listSchedules(): Promise<DailySchedule[]> {
    // COLLATE "C": byte order, the order SQLite and the memory store sort in.
    const { rows } = await this.pool.query<ScheduleRow>(
      'SELECT * FROM daily_schedules ORDER BY platform COLLATE "C", channel_id COLLATE "C"',
    );
    return rows.map(toSchedule);
  }

  async saveSchedule(schedule: DailySchedule): Promise<void> {
    await this.pool.query(
      `INSERT INTO daily_schedules (platform, channel_id, workspace_id, time, timezone, days, article,
         enabled, paused_code, paused_detail, paused_since, updated_at, updated_by, card)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id,
         time = excluded.time, timezone = excluded.timezone, days = excluded.days,
         article = excluded.article, card = excluded.card, enabled = excluded.enabled, paused_code = excluded.paused_code,
         paused_detail = excluded.paused_detail, paused_since = excluded.paused_since,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [
        schedule.platform,
        schedule.channelId,
        schedule.workspaceId,
        schedule.time,
        schedule.timezone,
        schedule.days.join(','),
        schedule.article,
        schedule.enabled ? 1 : 0,
        schedule.pausedReason?.code ?? null,
        schedule.pausedReason?.detail ?? null,
        schedule.pausedReason?.since ?? null,
        schedule.updatedAt,
        schedule.updatedBy,
        schedule.card === true ? 1 : 0,
      ],
    );
  }

  async setPause(channel: ChannelRef, reason: PauseReason | null): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE daily_schedules SET paused_code = $1, paused_detail = $2, paused_since = $3
       WHERE platform = $4 AND channel_id = $5`,
      [
        reason?.code ?? null,
        reason?.detail ?? null,
        reason?.since ?? null,
        channel.platform,
        channel.channelId,
      ],
    );
    return (rowCount ?? 0) > 0;
  }

  async getPost(key: PostKey): Promise<PostRecord | undefined> {
    const { rows } = await this.pool.query<PostRow>(`${SELECT_POST} WHERE ${KEY}`, keyOf(key));
    return rows[0] === undefined ? undefined : toPost(rows[0]);
  }

  async channelHistory(channel: ChannelRef): Promise<PostRecord[]> {
    const { rows } = await this.pool.query<PostRow>(
      `${SELECT_POST} WHERE platform = $1 AND channel_id = $2 ORDER BY local_date`,
      [channel.platform, channel.channelId],
    );
    return rows.map(toPost);
  }

  async claimPost(claim: PostRecord): Promise<{ claimed: boolean; record: PostRecord }> {
    const { rows } = await this.pool.query<PostRow>(
      `INSERT INTO daily_posts AS p (${COLUMNS.join(', ')})
       VALUES (${COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})
       ON CONFLICT (platform, channel_id, local_date) DO UPDATE SET ${CLAIM_UPDATES}
       WHERE p.status = 'failed'
       RETURNING ${postFields('p')}`,
      FIELDS.map((field) => claim[field]),
    );
    if (rows[0] !== undefined) return { claimed: true, record: toPost(rows[0]) };
    const existing = await this.getPost(claim);
    if (existing === undefined) throw new Error('daily_posts: a refused claim has no row');
    return { claimed: false, record: existing };
  }

  async takeOverPost(
    key: PostKey,
    expected: TakeOverExpectation,
    owner: string,
    leaseUntil: string,
  ): Promise<PostRecord | undefined> {
    const { rows } = await this.pool.query<PostRow>(
      `UPDATE daily_posts SET status = 'sending', owner = $4, lease_until = $5
       WHERE ${KEY} AND status = $8 AND owner IS NOT DISTINCT FROM $6 AND attempts = $7
       RETURNING ${postFields()}`,
      [...keyOf(key), owner, leaseUntil, expected.owner, expected.attempts, expected.status ?? 'sending'],
    );
    return rows[0] === undefined ? undefined : toPost(rows[0]);
  }

  async unsettledPosts(sinceLocalDate: string): Promise<PostRecord[]> {
    const { rows } = await this.pool.query<PostRow>(
      `${SELECT_POST} WHERE status IN ('sending', 'uncertain') AND local_date >= $1
       ORDER BY local_date COLLATE "C", platform COLLATE "C", channel_id COLLATE "C"`,
      [sinceLocalDate],
    );
    return rows.map(toPost);
  }

  async updateClaim(key: PostKey, owner: string, patch: ClaimPatch): Promise<boolean> {
    const fields = Object.keys(patch) as (keyof ClaimPatch)[];
    if (fields.length === 0) {
      const record = await this.getPost(key);
      return record?.status === 'sending' && record.owner === owner;
    }
    const sets = fields.map((field, index) => `${POST_COLUMNS[field]} = $${index + 5}`);
    const { rowCount } = await this.pool.query(
      `UPDATE daily_posts SET ${sets.join(', ')} WHERE ${KEY} AND status = 'sending' AND owner = $4`,
      [...keyOf(key), owner, ...fields.map((field) => patch[field])],
    );
    return (rowCount ?? 0) > 0;
  }
}
