import type { Migration } from '../store/migrations.js';

/** The daily-posts schema, scope `daily` in `schema_migrations`. Append steps; never edit one. */
export const DAILY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'schedules and post history',
    sql: `
      CREATE TABLE daily_schedules (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        workspace_id TEXT,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        days TEXT NOT NULL,
        article TEXT,
        enabled INTEGER NOT NULL,
        paused_code TEXT,
        paused_detail TEXT,
        paused_since TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE daily_posts (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        local_date TEXT NOT NULL,
        passage_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        nonce TEXT NOT NULL,
        trigger TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'uncertain')),
        owner TEXT,
        lease_until TEXT,
        attempts INTEGER NOT NULL,
        blind_resends INTEGER NOT NULL,
        scheduled_at TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        last_attempt_at TEXT,
        confirmed_at TEXT,
        message_id TEXT,
        detail TEXT,
        PRIMARY KEY (platform, channel_id, local_date)
      );
    `,
  },
  {
    version: 2,
    name: 'posts not settled, for settling them after their window',
    sql: `CREATE INDEX daily_posts_unsettled ON daily_posts (local_date) WHERE status IN ('sending', 'uncertain')`,
  },
  {
    version: 3,
    name: 'schedules posted as cards',
    sql: `ALTER TABLE daily_schedules ADD COLUMN card INTEGER NOT NULL DEFAULT 0`,
  },
];
