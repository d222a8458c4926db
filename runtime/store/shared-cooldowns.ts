import type { SharedState } from '../../adapters/shared/shared-state.js';
import type { CooldownStore } from '../../src/index.js';

/**
 * Cooldowns in the adapters' shared state: PostgreSQL when `DATABASE_URL` is set, so every instance
 * holds a user to the same wait. A take claims the key for the wait (the claim is atomic in the store) and
 * records when it ends, so a refused take can say how long is left. The claim's expiry runs on the store's
 * clock, the wait on this process's: they agree to within the clocks' skew.
 */
export class SharedStateCooldownStore implements CooldownStore {
  constructor(private readonly shared: SharedState) {}

  async take(key: string, nowMs: number, untilMs: number): Promise<number> {
    const ttl = Math.max(1, untilMs - nowMs);
    const claimed = `cooldown:${key}`;
    if (await this.shared.claimKeys([claimed], ttl)) {
      await this.shared.putEntry(claimed, String(untilMs), ttl);
      return 0;
    }
    const until = Number(await this.shared.getEntry(claimed));
    // Claimed by another instance that has not yet written its end: at most this wait is left.
    return Number.isFinite(until) && until > nowMs ? Math.min(until - nowMs, ttl) : 1;
  }
}
