import { MemorySharedState } from '../../adapters/shared/memory-shared-state.js';
import type { SharedState } from '../../adapters/shared/shared-state.js';
import type { DailyStore } from '../../src/index.js';
import { SqliteDailyStore } from '../daily/sqlite-store.js';
import type { Environment } from '../environment.js';
import { postgresOpenFailure } from './postgres-open-failure.js';

/** Where this process keeps what must survive it or be shared with the bot's other processes. */
export interface Stores {
  readonly kind: 'sqlite' | 'postgres';
  readonly daily: DailyStore;
  /** State the adapters share between events (retried event ids, long button values). */
  readonly shared: SharedState;
  close(): Promise<void>;
}

/**
 * `DATABASE_URL` set: PostgreSQL for daily posts and the adapters' shared state, migrated at start, so
 * several processes share one truth. Unset: SQLite in DATA_DIR for daily posts and in-memory shared state,
 * the one-process default that needs no database server.
 */
export async function openStores(
  environment: Environment,
  options: { connectTimeoutMs?: number } = {},
): Promise<Stores> {
  const url = environment.config.DATABASE_URL;
  if (url === undefined) {
    const daily = SqliteDailyStore.open(environment.dataDir);
    return { kind: 'sqlite', daily, shared: new MemorySharedState(), close: async () => daily.close() };
  }
  // Loaded only here: without DATABASE_URL the process never loads the PostgreSQL client.
  const [{ openPostgres, CONNECT_TIMEOUT_MS }, { PostgresDailyStore }, { PostgresSharedState }] =
    await Promise.all([
      import('./postgres.js'),
      import('../daily/postgres-store.js'),
      import('./postgres-shared-state.js'),
    ]);
  const timeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const pool = openPostgres(url, { connectTimeoutMs: timeoutMs });
  // Whether the failure came before any session began: only then can it be a host that never answered.
  let connected = false;
  pool.once('connect', () => (connected = true));
  const started = performance.now();
  try {
    const daily = await PostgresDailyStore.on(pool);
    const shared = await PostgresSharedState.on(pool);
    return { kind: 'postgres', daily, shared, close: () => pool.end() };
  } catch (error) {
    const elapsedMs = performance.now() - started;
    await pool.end();
    throw postgresOpenFailure(error, url, { connected, elapsedMs, timeoutMs });
  }
}
