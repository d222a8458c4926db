import type { SharedState } from '../../adapters/shared/shared-state.js';
import type { Migration } from './migrations.js';
import { migratePostgres } from './postgres-migrations.js';
import { inTransaction, type PostgresPool } from './postgres.js';

/** The shared adapter state on PostgreSQL, scope `shared` in `schema_migrations`. Append steps only. */
export const SHARED_STATE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'seen keys and entries with expiry',
    sql: `
      CREATE TABLE shared_keys (key TEXT PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE shared_entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
      CREATE INDEX shared_keys_expiry ON shared_keys (expires_at);
      CREATE INDEX shared_entries_expiry ON shared_entries (expires_at);
    `,
  },
];

/** Expired rows are deleted on every this-many-th write (keeps the tables small without a timer). */
const SWEEP_EVERY = 500;

/**
 * `SharedState` on PostgreSQL, for several processes. A claim inserts every key in one transaction,
 * `ON CONFLICT … DO UPDATE … WHERE expired`: the unique key makes a concurrent claimer wait for the
 * first one's commit and then see its row, so exactly one of them wins; a partial claim rolls back.
 * Expiry uses the server's clock (`now()`), so instances with skewed clocks agree.
 */
/** Claims keys not held (or whose hold expired) until `$2` ms from now; one row per key claimed. */
const CLAIM_SQL = `INSERT INTO shared_keys AS s (key, expires_at)
  SELECT key, now() + make_interval(secs => $2::double precision / 1000) FROM unnest($1::text[]) AS key
  ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE s.expires_at <= now()`;

export class PostgresSharedState implements SharedState {
  private writes = 0;

  private constructor(private readonly pool: PostgresPool) {}

  static async on(pool: PostgresPool): Promise<PostgresSharedState> {
    await migratePostgres(pool, 'shared', SHARED_STATE_MIGRATIONS);
    return new PostgresSharedState(pool);
  }

  async claimKeys(keys: readonly string[], ttlMs: number): Promise<boolean> {
    await this.sweep();
    // Sorted, so that two claims over the same keys lock them in the same order (no deadlock).
    const sorted = [...new Set(keys)].sort();
    // One key (an event id, a cooldown): one statement is atomic by itself, no transaction round trips.
    if (sorted.length === 1) {
      const { rowCount } = await this.pool.query(CLAIM_SQL, [sorted, ttlMs]);
      return rowCount === 1;
    }
    // Several keys: all of them or none, so a claim that got only some rolls back.
    return inTransaction(
      this.pool,
      async (client) => ((await client.query(CLAIM_SQL, [sorted, ttlMs])).rowCount ?? 0) === sorted.length,
      (claimed) => claimed,
    );
  }

  async releaseKeys(keys: readonly string[]): Promise<void> {
    await this.pool.query('DELETE FROM shared_keys WHERE key = ANY($1::text[])', [[...keys]]);
  }

  async putEntry(key: string, value: string, ttlMs: number): Promise<void> {
    await this.sweep();
    await this.pool.query(
      `INSERT INTO shared_entries (key, value, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [key, value, ttlMs],
    );
  }

  async getEntry(key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ value: string }>(
      'SELECT value FROM shared_entries WHERE key = $1 AND expires_at > now()',
      [key],
    );
    return rows[0]?.value;
  }

  private async sweep(): Promise<void> {
    if (this.writes++ % SWEEP_EVERY !== 0) return;
    await this.pool.query('DELETE FROM shared_keys WHERE expires_at <= now()');
    await this.pool.query('DELETE FROM shared_entries WHERE expires_at <= now()');
  }
}
