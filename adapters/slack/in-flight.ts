/**
 * Work that runs after Slack got its ack (messages posted through the Web API or `response_url`). On
 * shutdown the adapter stops taking new events first, then waits here for what is under way.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  run<T>(task: () => Promise<T>): Promise<T> {
    const promise = task();
    this.pending.add(promise);
    const forget = (): void => void this.pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves when all work under way has finished, or after `timeoutMs`; true when all finished. */
  async settle(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...this.pending]).then(() => true);
    try {
      return await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
