import { CREATE_SCHEMA_MIGRATIONS, pendingMigrations, type Migration } from './migrations.js';
import { inTransaction, type PostgresPool } from './postgres.js';

/**
 * Brings one part (`scope`) of the PostgreSQL schema up to date, like `migrate` does for SQLite: the
 * same `schema_migrations` table and versions per scope. Two processes starting together serialise on
 * a transaction-level advisory lock (released at COMMIT, so it is safe behind PgBouncer), taken before
 * `CREATE TABLE IF NOT EXISTS`, which is not itself safe to run concurrently.
 */
export async function migratePostgres(
  pool: PostgresPool,
  scope: string,
  migrations: readonly Migration[],
): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('quotebot:schema_migrations'))");
    await client.query(CREATE_SCHEMA_MIGRATIONS);
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations WHERE scope = $1',
      [scope],
    );
    const { known, pending } = pendingMigrations(scope, migrations, rows[0]?.version ?? 0);
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query(
        'INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES ($1, $2, $3, $4)',
        [scope, migration.version, migration.name, new Date().toISOString()],
      );
    }
    return known;
  });
}
