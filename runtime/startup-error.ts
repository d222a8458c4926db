import { OperatorError } from './operator-error.js';

/** Why the bot could not start, in a form an operator can act on (see `StartupError`). */
export const StartupErrorCode = {
  DatabaseNotSqlite: 'database_not_sqlite',
  DatabaseDamaged: 'database_damaged',
  DataDirNotWritable: 'data_dir_not_writable',
  DataDirNotAFolder: 'data_dir_not_a_folder',
  DatabaseUnreachable: 'database_unreachable',
  NoContent: 'no_content',
  HttpPortUnavailable: 'http_port_unavailable',
} as const;
export type StartupErrorCode = (typeof StartupErrorCode)[keyof typeof StartupErrorCode];

/**
 * A start-up failure the operator can fix (a file, a folder, a token): its message is one sentence that
 * says what is wrong, where, and what to do, and is printed as it is, without a stack.
 */
export class StartupError extends OperatorError<StartupErrorCode> {
  override readonly name = 'StartupError';
}
