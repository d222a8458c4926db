/** Something a test waits for; rejected with a clear message when the fake stops or time runs out. */
interface Waiter<T> {
  readonly predicate: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * An append-only log of what the fake saw (API calls, response_url posts, acks) that tests can read or await.
 * `waitFor` first looks at what is already recorded, so a test never races the event it awaits.
 * With `keep: false` (benchmarks) nothing is stored, but waiters are still served.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(
    private readonly label: string,
    private readonly keep = true,
  ) {}

  push(item: T): void {
    if (this.keep) this.items.push(item);
    for (const waiter of this.waiters) {
      if (waiter.predicate(item)) {
        this.settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const found = this.items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(waiter);
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${this.label} ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = { predicate, resolve, reject, timer };
      this.waiters.add(waiter);
    });
  }

  /** Forgets what was recorded; the array keeps its identity, so references to `items` stay valid. */
  clear(): void {
    this.items.length = 0;
  }

  /** Rejects every pending wait, so a stopped fake leaves no timers behind. */
  close(): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new Error(`fake Slack stopped while waiting for ${this.label}`));
    }
  }

  private settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}
