/**
 * A bounded set of recently seen keys, oldest forgotten first. The events handler keeps the messages it is
 * answering or has answered here, so that Slack's retries of an event (and the second event Slack sends
 * for one message, e.g. `app_mention` and `message.im`) are answered once.
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  /** Adds the keys (all names of one thing); false, adding none, when any of them was already there. */
  claim(...keys: readonly string[]): boolean {
    if (keys.some((key) => this.keys.has(key))) return false;
    for (const key of keys) this.keys.add(key);
    while (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next();
      if (oldest.done) break;
      this.keys.delete(oldest.value);
    }
    return true;
  }

  /** Forgets keys, so that a retry of work that failed is tried again. */
  release(...keys: readonly string[]): void {
    for (const key of keys) this.keys.delete(key);
  }

  get size(): number {
    return this.keys.size;
  }
}
