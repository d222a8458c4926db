import { MemorySharedState } from '../../adapters/shared/memory-shared-state.js';
import type { SharedState } from '../../adapters/shared/shared-state.js';
import type { DailyStore } from '../../src/index.js';
import { SqliteDailyStore } from '../daily/sqlite-store.js';
import type { Environment } from '../environment.js';
import { StartupError, StartupErrorCode } from '../startup-error.js';

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
export async function openStores(environment: Environment): Promise<Stores> {
  const url = environment.config.DATABASE_URL;
  if (url === undefined) {
    const daily = SqliteDailyStore.open(environment.dataDir);
    return { kind: 'sqlite', daily, shared: new MemorySharedState(), close: async () => daily.close() };
  }
  // Loaded only here: without DATABASE_URL the process never loads the PostgreSQL client.
  const [{ openPostgres }, { PostgresDailyStore }, { PostgresSharedState }] = await Promise.all([
    import('./postgres.js'),
    import('../daily/postgres-store.js'),
    import('./postgres-shared-state.js'),
  ]);
  const pool = openPostgres(url);
  try {
    const daily = await PostgresDailyStore.on(pool);
    const shared = await PostgresSharedState.on(pool);
    return { kind: 'postgres', daily, shared, close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw new StartupError(
      StartupErrorCode.DatabaseUnreachable,
      `the database at DATABASE_URL could not be opened (${(error as Error).message}); check that the server runs and the URL is right`,
      { cause: error },
    );
  }
}
