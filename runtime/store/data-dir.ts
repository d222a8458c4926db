import { accessSync, constants, mkdirSync } from 'node:fs';
import { describeOpenFailure } from './open-failure.js';

/**
 * Makes sure DATA_DIR is a folder this process may write, creating it on first use; else throws the
 * `StartupError` that says so in one sentence. The bot calls it before it serves or chats: with
 * `DATABASE_URL`, or in the console chat, no SQLite database is opened there, yet the library snapshot is
 * saved there, and a bad DATA_DIR would otherwise be found only then, after the first answers.
 */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw describeOpenFailure(error, dataDir, dataDir) ?? error;
  }
}
