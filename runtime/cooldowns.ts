import { createCooldownGate, type CooldownGate } from '../src/index.js';
import { systemClock } from './daily/system-clock.js';
import type { Environment } from './environment.js';
import { SqliteCooldownStore } from './store/sqlite-cooldowns.js';

/**
 * Per-user cooldowns for the chat adapters (COOLDOWN_SECONDS), kept in the bot's database in DATA_DIR so
 * processes sharing it share them. `undefined` when every cooldown is 0: nothing to check, no store opened.
 */
export function createCooldowns(environment: Environment): { gate: CooldownGate; close(): void } | undefined {
  const seconds = environment.config.COOLDOWN_SECONDS;
  if (Object.values(seconds).every((value) => value === 0)) return undefined;
  const store = SqliteCooldownStore.open(environment.dataDir);
  return { gate: createCooldownGate(store, systemClock, seconds), close: () => store.close() };
}
