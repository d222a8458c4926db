import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeOpenFailure } from './open-failure.js';

export type SqliteDatabase = Database.Database;

/** The bot's database file in DATA_DIR. */
export const DATABASE_FILE = 'quotebot.db';

/**
 * Opens (creating the folder and file on first use) the bot's SQLite database: WAL journal so readers
 * never block the writer, and a busy timeout so two processes sharing the file wait for each other's
 * transactions instead of failing. A file that is not a database, or a folder this process may not write,
 * fails with a `StartupError` that says so in one sentence; the file is left as it is.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  const file = join(dataDir, DATABASE_FILE);
  let db: SqliteDatabase | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db?.close();
    throw describeOpenFailure(error, dataDir, file) ?? error;
  }
}
