import type { SqliteDatabase } from './database.js';

/** One step of a schema: applied once, in version order, inside a transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** A schema newer than this code knows: refuse to run rather than misread it. */
export class SchemaTooNewError extends Error {
  constructor(scope: string, found: number, known: number) {
    super(`the database's ${scope} schema is version ${found}; this quotebot knows up to ${known}`);
    this.name = 'SchemaTooNewError';
  }
}

/** The table of every step applied, per scope: the same in SQLite and PostgreSQL. */
export const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  scope TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  PRIMARY KEY (scope, version)
)`;

/**
 * The steps of a scope's `migrations` that its schema, at version `current`, lacks, in version order; and
 * the newest version the steps know. Throws when the schema is newer than that.
 */
export function pendingMigrations(
  scope: string,
  migrations: readonly Migration[],
  current: number,
): { readonly known: number; readonly pending: readonly Migration[] } {
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  if (current > known) throw new SchemaTooNewError(scope, current, known);
  const pending = migrations
    .filter((migration) => migration.version > current)
    .sort((a, b) => a.version - b.version);
  return { known, pending };
}

/**
 * Brings one part (`scope`) of the schema up to date. `schema_migrations` records every applied step
 * per scope, so features can keep their own versions in one file. `BEGIN IMMEDIATE` takes the write
 * lock first: two processes starting together apply each step once.
 */
export function migrate(db: SqliteDatabase, scope: string, migrations: readonly Migration[]): number {
  const run = db.transaction(() => {
    db.exec(CREATE_SCHEMA_MIGRATIONS);
    const row = db
      .prepare('SELECT MAX(version) AS version FROM schema_migrations WHERE scope = ?')
      .get(scope) as { version: number | null };
    const { known, pending } = pendingMigrations(scope, migrations, row.version ?? 0);
    const record = db.prepare(
      'INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(scope, migration.version, migration.name, new Date().toISOString());
    }
    return known;
  });
  return run.immediate();
}
