import { StartupError, StartupErrorCode } from '../startup-error.js';

/** Node's and SQLite's codes for a place this process may not write (a read-only folder or disk). */
const NOT_WRITABLE = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_READONLY_DIRECTORY',
  'SQLITE_READONLY_DBMOVED',
  'SQLITE_IOERR_WRITE',
  'SQLITE_AUTH',
  'SQLITE_PERM',
]);

/**
 * Says in one sentence why the database in `dataDir` could not be opened, or returns undefined for a
 * failure nobody could foresee (that stays an exception with its stack). The file is never touched:
 * the advice is to move it aside, so a damaged file stays there to be looked at or restored.
 */
export function describeOpenFailure(error: unknown, dataDir: string, file: string): StartupError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_NOTADB') {
    return new StartupError(
      StartupErrorCode.DatabaseNotSqlite,
      `${file} (in DATA_DIR) is not a SQLite database; move it aside to start fresh, or set DATA_DIR to another folder`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StartupError(
      StartupErrorCode.DatabaseDamaged,
      `${file} (in DATA_DIR) is damaged (${code}); restore it from a backup, or move it aside to start fresh`,
      { cause: error },
    );
  }
  const notAFolder = dataDirNotAFolder(error, dataDir);
  if (notAFolder !== undefined) {
    return new StartupError(
      StartupErrorCode.DataDirNotAFolder,
      `${notAFolder}; set DATA_DIR to a folder (one that does not exist yet is created)`,
      { cause: error },
    );
  }
  if (NOT_WRITABLE.has(code)) {
    return new StartupError(
      StartupErrorCode.DataDirNotWritable,
      `DATA_DIR ${dataDir} is not writable by this user (${code}); make it writable, or set DATA_DIR to a folder that is`,
      { cause: error },
    );
  }
  return undefined;
}

/**
 * "DATA_DIR … is a file, not a folder" when creating DATA_DIR failed for that reason, else undefined: Node
 * says EEXIST when DATA_DIR is a file, ENOTDIR when a folder on its path is one, and neither names DATA_DIR.
 */
export function dataDirNotAFolder(error: unknown, dataDir: string): string | undefined {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  if (syscall !== 'mkdir') return undefined;
  if (code === 'EEXIST') return `DATA_DIR ${dataDir} is a file, not a folder`;
  if (code === 'ENOTDIR') return `DATA_DIR ${dataDir} is not a folder: part of its path is a file`;
  return undefined;
}
