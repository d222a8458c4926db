import type { SharedState } from '../adapters/shared/shared-state.js';
import { createCooldownGate, type CooldownGate, type CooldownStore } from '../src/index.js';
import { systemClock } from './daily/system-clock.js';
import type { Environment } from './environment.js';
import { SharedStateCooldownStore } from './store/shared-cooldowns.js';
import { SqliteCooldownStore } from './store/sqlite-cooldowns.js';

/**
 * Per-user cooldowns for the chat adapters (COOLDOWN_SECONDS), kept in the store in use so processes
 * sharing it share them: PostgreSQL (the shared state) when `DATABASE_URL` is set, else the SQLite database
 * in DATA_DIR. `undefined` when every cooldown is 0: nothing to check, no store opened.
 */
export function createCooldowns(
  environment: Environment,
  stores: { readonly kind: 'sqlite' | 'postgres'; readonly shared: SharedState },
): { gate: CooldownGate; close(): void } | undefined {
  const seconds = environment.config.COOLDOWN_SECONDS;
  if (Object.values(seconds).every((value) => value === 0)) return undefined;
  let store: CooldownStore;
  let close = (): void => undefined;
  if (stores.kind === 'postgres') store = new SharedStateCooldownStore(stores.shared);
  else {
    const sqlite = SqliteCooldownStore.open(environment.dataDir);
    store = sqlite;
    close = () => sqlite.close();
  }
  return { gate: createCooldownGate(store, systemClock, seconds), close };
}
