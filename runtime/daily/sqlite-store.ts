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
import { openDatabase, type SqliteDatabase } from '../store/database.js';
import { migrate } from '../store/migrations.js';
import { DAILY_MIGRATIONS } from './migrations.js';
import {
  CLAIM_UPDATES,
  POST_COLUMNS,
  SELECT_POST,
  toPost,
  toSchedule,
  type PostRow,
  type ScheduleRow,
} from './store-rows.js';

const KEY = 'platform = @platform AND channel_id = @channelId AND local_date = @localDate';

const keyOf = (key: PostKey) => ({
  platform: key.platform,
  channelId: key.channelId,
  localDate: key.localDate,
});

/**
 * The `DailyStore` on SQLite (better-sqlite3), in DATA_DIR. Claims are one atomic statement inside a
 * `BEGIN IMMEDIATE` transaction, so processes sharing the file never both claim a post.
 */
export class SqliteDailyStore implements DailyStore {
  private constructor(private readonly db: SqliteDatabase) {
    migrate(db, 'daily', DAILY_MIGRATIONS);
  }

  /** Opens (and on first use creates) the store in a data folder. */
  static open(dataDir: string): SqliteDailyStore {
    return new SqliteDailyStore(openDatabase(dataDir));
  }

  /** A store on a database someone else opened (and will close). */
  static on(db: SqliteDatabase): SqliteDailyStore {
    return new SqliteDailyStore(db);
  }

  close(): void {
    this.db.close();
  }

  async getSchedule(channel: ChannelRef): Promise<DailySchedule | undefined> {
    const row = this.db
      .prepare('SELECT * FROM daily_schedules WHERE platform = ? AND channel_id = ?')
      .get(channel.platform, channel.channelId) as ScheduleRow | undefined;
    return row === undefined ? undefined : toSchedule(row);
  }

  async listSchedules(): Promise<DailySchedule[]> {
    const rows = this.db
      .prepare('SELECT * FROM daily_schedules ORDER BY platform, channel_id')
      .all() as ScheduleRow[];
    return rows.map(toSchedule);
  }

  async saveSchedule(schedule: DailySchedule): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO daily_schedules (platform, channel_id, workspace_id, time, timezone, days,
           article, card, enabled, paused_code, paused_detail, paused_since, updated_at, updated_by)
         VALUES (@platform, @channelId, @workspaceId, @time, @timezone, @days, @article, @card, @enabled,
           @pausedCode, @pausedDetail, @pausedSince, @updatedAt, @updatedBy)`,
      )
      .run({
        platform: schedule.platform,
        channelId: schedule.channelId,
        workspaceId: schedule.workspaceId,
        time: schedule.time,
        timezone: schedule.timezone,
        days: schedule.days.join(','),
        article: schedule.article,
        card: schedule.card === true ? 1 : 0,
        enabled: schedule.enabled ? 1 : 0,
        pausedCode: schedule.pausedReason?.code ?? null,
        pausedDetail: schedule.pausedReason?.detail ?? null,
        pausedSince: schedule.pausedReason?.since ?? null,
        updatedAt: schedule.updatedAt,
        updatedBy: schedule.updatedBy,
      });
  }

  async setPause(channel: ChannelRef, reason: PauseReason | null): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        `UPDATE daily_schedules SET paused_code = ?, paused_detail = ?, paused_since = ?
         WHERE platform = ? AND channel_id = ?`,
      )
      .run(
        reason?.code ?? null,
        reason?.detail ?? null,
        reason?.since ?? null,
        channel.platform,
        channel.channelId,
      );
    return changes > 0;
  }

  async getPost(key: PostKey): Promise<PostRecord | undefined> {
    return this.post(key);
  }

  async channelHistory(channel: ChannelRef): Promise<PostRecord[]> {
    const rows = this.db
      .prepare(`${SELECT_POST} WHERE platform = ? AND channel_id = ? ORDER BY local_date`)
      .all(channel.platform, channel.channelId) as PostRow[];
    return rows.map(toPost);
  }

  async claimPost(claim: PostRecord): Promise<{ claimed: boolean; record: PostRecord }> {
    const columns = Object.values(POST_COLUMNS);
    const values = Object.keys(POST_COLUMNS).map((field) => `@${field}`);
    const insert = this.db.prepare(
      `INSERT INTO daily_posts (${columns.join(', ')}) VALUES (${values.join(', ')})
       ON CONFLICT (platform, channel_id, local_date) DO UPDATE SET ${CLAIM_UPDATES}
       WHERE daily_posts.status = 'failed'`,
    );
    const claim_ = this.db.transaction(() => {
      const { changes } = insert.run({ ...claim });
      return { claimed: changes > 0, record: this.post(claim)! };
    });
    return claim_.immediate();
  }

  async takeOverPost(
    key: PostKey,
    expected: TakeOverExpectation,
    owner: string,
    leaseUntil: string,
  ): Promise<PostRecord | undefined> {
    const takeOver = this.db.transaction(() => {
      const { changes } = this.db
        .prepare(
          `UPDATE daily_posts SET status = 'sending', owner = @owner, lease_until = @leaseUntil
           WHERE ${KEY} AND status = @expectedStatus AND owner IS @expectedOwner
             AND attempts = @expectedAttempts`,
        )
        .run({
          ...keyOf(key),
          owner,
          leaseUntil,
          expectedStatus: expected.status ?? 'sending',
          expectedOwner: expected.owner,
          expectedAttempts: expected.attempts,
        });
      return changes > 0 ? this.post(key) : undefined;
    });
    return takeOver.immediate();
  }

  async unsettledPosts(sinceLocalDate: string): Promise<PostRecord[]> {
    const rows = this.db
      .prepare(
        `${SELECT_POST} WHERE status IN ('sending', 'uncertain') AND local_date >= ?
         ORDER BY local_date, platform, channel_id`,
      )
      .all(sinceLocalDate) as PostRow[];
    return rows.map(toPost);
  }

  async updateClaim(key: PostKey, owner: string, patch: ClaimPatch): Promise<boolean> {
    const fields = Object.keys(patch) as (keyof ClaimPatch)[];
    if (fields.length === 0) {
      const record = this.post(key);
      return record?.status === 'sending' && record.owner === owner;
    }
    const sets = fields.map((field) => `${POST_COLUMNS[field]} = @${field}`);
    const { changes } = this.db
      .prepare(
        `UPDATE daily_posts SET ${sets.join(', ')} WHERE ${KEY} AND status = 'sending' AND owner = @owner_`,
      )
      .run({ ...patch, ...keyOf(key), owner_: owner });
    return changes > 0;
  }

  private post(key: PostKey): PostRecord | undefined {
    const row = this.db.prepare(`${SELECT_POST} WHERE ${KEY}`).get(keyOf(key)) as PostRow | undefined;
    return row === undefined ? undefined : toPost(row);
  }
}
