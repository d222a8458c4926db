/**
 * A bounded set of recently seen keys, oldest forgotten first. The events handler keeps the messages it is
 * answering or has answered here, so that Slack's retries of an event (and the second event Slack sends
 * for one message, e.g. `app_mention` and `message.im`) are answered once.
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  /** Adds the key; false when it was already there. */
  claim(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
    return true;
  }

  /** Forgets a key, so that a retry of work that failed is tried again. */
  release(key: string): void {
    this.keys.delete(key);
  }

  get size(): number {
    return this.keys.size;
  }
}
