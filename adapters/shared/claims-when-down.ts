import { MemorySharedState } from './memory-shared-state.js';
import type { SharedState } from './shared-state.js';
import type { StoreOutage } from './store-outage.js';

/**
 * `shared` for the adapters, whose claims (Slack event ids) fall back to this process's own while the store
 * cannot be reached. Open, not closed: Bolt acks an event before its listener claims it, so Slack never
 * retries a mention whose claim failed, and every mention would go unanswered for the whole outage. Claimed
 * here, a retry or the second event of one message that reaches this instance is still skipped; one that
 * reaches another instance may be answered twice, which is rare (Slack retries only an event not acked
 * within 3 seconds) and less harm than silence. Entries (long button values) are passed through: a click
 * whose entry cannot be read is told that the storage does not answer, to try again in a minute.
 */
export function claimingLocallyWhenDown(shared: SharedState, outage: StoreOutage): SharedState {
  const local = new MemorySharedState();
  return {
    claimKeys: (keys, ttlMs) =>
      outage.orElse(
        () => shared.claimKeys(keys, ttlMs),
        () => local.claimKeys(keys),
      ),
    releaseKeys: async (keys) => {
      await local.releaseKeys(keys);
      await outage.orElse(
        () => shared.releaseKeys(keys),
        () => undefined,
      );
    },
    putEntry: (key, value, ttlMs) => shared.putEntry(key, value, ttlMs),
    getEntry: (key) => shared.getEntry(key),
  };
}
