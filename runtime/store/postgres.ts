import pg from 'pg';

export type PostgresPool = pg.Pool;
export type PostgresClient = pg.PoolClient;

/** How long a new connection may take to be ready before its query fails. */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A connection pool on `DATABASE_URL`. Every statement the stores run is a single statement or a short
 * transaction on one pooled client, so the pool works behind PgBouncer in transaction mode: nothing
 * relies on session state (no session advisory locks, no prepared-statement names, no `SET`).
 */
export function openPostgres(
  url: string,
  options: { max?: number; connectTimeoutMs?: number } = {},
): PostgresPool {
  // A server that drops packets instead of refusing them (a host gone from the network) would keep a query
  // waiting for the operating system's TCP timeout, minutes; failing in seconds lets the caller fall back.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
  });
  // An idle client that loses its server (a restart, a failover) emits here; without a listener the
  // process would crash. The next query gets a fresh connection.
  pool.on('error', () => {});
  return pool;
}

/**
 * Runs `work` in one transaction on one client: commits when `keep` holds of what it returns, else rolls
 * back; rolls back too when it throws.
 */
export async function inTransaction<T>(
  pool: PostgresPool,
  work: (client: PostgresClient) => Promise<T>,
  keep: (result: T) => boolean = () => true,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(keep(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
