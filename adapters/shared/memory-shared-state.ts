import { RecentKeys } from './recent-keys.js';
import type { SharedState } from './shared-state.js';

/**
 * `SharedState` for one process (the default without `DATABASE_URL`): bounded, least recently used
 * first out, like the in-process state before it. Expiry is the bound, not the ttl.
 */
export class MemorySharedState implements SharedState {
  private readonly keys: RecentKeys;
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = { keys: 2000, entries: 5000 }) {
    this.keys = new RecentKeys(capacity.keys);
  }

  async claimKeys(keys: readonly string[]): Promise<boolean> {
    return this.keys.claim(...keys);
  }

  async releaseKeys(keys: readonly string[]): Promise<void> {
    this.keys.release(...keys);
  }

  async putEntry(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity.entries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  async getEntry(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }
}
