import type { SharedState } from '../adapters/shared/shared-state.js';
import type { StoreOutage } from '../adapters/shared/store-outage.js';
import { createCooldownGate, type CooldownGate, type CooldownStore } from '../src/index.js';
import { systemClock } from './daily/system-clock.js';
import type { Environment } from './environment.js';
import { SharedStateCooldownStore } from './store/shared-cooldowns.js';
import { SqliteCooldownStore } from './store/sqlite-cooldowns.js';

/**
 * Per-user cooldowns for the chat adapters (COOLDOWN_SECONDS), kept in the store in use so processes
 * sharing it share them: PostgreSQL (the shared state) when `DATABASE_URL` is set, else the SQLite database
 * in DATA_DIR. `undefined` when every cooldown is 0: nothing to check, no store opened. When the store
 * cannot be reached the cooldown is skipped (the command is answered; `outage` logs it once): a wait is
 * there to spare the bot, and is not worth failing every `/quote` while a database restarts.
 */
export function createCooldowns(
  environment: Environment,
  stores: { readonly kind: 'sqlite' | 'postgres'; readonly shared: SharedState },
  outage: StoreOutage,
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
  return { gate: createCooldownGate(failingOpen(store, outage), systemClock, seconds), close };
}

/** `store`, letting a use through (no wait) when it fails. */
function failingOpen(store: CooldownStore, outage: StoreOutage): CooldownStore {
  return {
    take: (key, nowMs, untilMs) =>
      outage.orElse(
        () => store.take(key, nowMs, untilMs),
        () => 0,
      ),
  };
}
