import type { Migration } from '../store/migrations.js';
import { DAILY_MIGRATIONS } from './migrations.js';

/**
 * The daily-posts schema on PostgreSQL, scope `daily` in `schema_migrations`, versioned like the SQLite
 * one. Version 1 is the same portable SQL (instants stay ISO text, so both stores return identical
 * records); later steps that need dialect-specific SQL are appended here. Append steps; never edit one.
 */
export const DAILY_POSTGRES_MIGRATIONS: readonly Migration[] = [
  DAILY_MIGRATIONS.find((migration) => migration.version === 1)!,
  {
    version: 2,
    name: 'posts still sending, for resuming',
    sql: `CREATE INDEX daily_posts_sending ON daily_posts (platform, channel_id) WHERE status = 'sending'`,
  },
  {
    version: 3,
    name: 'posts not settled, for settling them after their window',
    sql: `CREATE INDEX daily_posts_unsettled ON daily_posts (local_date) WHERE status IN ('sending', 'uncertain')`,
  },
  {
    version: 4,
    name: 'schedules posted as cards',
    sql: `ALTER TABLE daily_schedules ADD COLUMN card INTEGER NOT NULL DEFAULT 0`,
  },
];
