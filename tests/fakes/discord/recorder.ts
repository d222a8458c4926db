interface Waiter<T> {
  readonly predicate: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * An append-only log of what the fake saw, which tests can read or await. `waitFor` looks at what is already
 * recorded first, so a test never races the event it awaits.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(private readonly label: string) {}

  push(item: T): void {
    this.items.push(item);
    for (const waiter of this.waiters) {
      if (waiter.predicate(item)) {
        this.settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  waitFor(predicate: (item: T) => boolean, timeoutMs: number): Promise<T> {
    const found = this.items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(waiter);
        reject(new Error(`fake Discord: no matching ${this.label} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter<T> = { predicate, resolve, reject, timer };
      this.waiters.add(waiter);
    });
  }

  /** Forgets what was recorded (pending waits stay), e.g. between benchmark rounds. */
  clear(): void {
    this.items.length = 0;
  }

  /** Rejects every pending wait, so a stopped fake leaves no timers behind. */
  close(): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new Error(`fake Discord stopped while a test waited for a ${this.label}`));
    }
  }

  private settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}
