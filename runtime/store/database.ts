import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** The bot's database file in DATA_DIR. */
export const DATABASE_FILE = 'quotebot.db';

/**
 * Opens (creating the folder and file on first use) the bot's SQLite database: WAL journal so readers
 * never block the writer, and a busy timeout so two processes sharing the file wait for each other's
 * transactions instead of failing.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE), { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}
