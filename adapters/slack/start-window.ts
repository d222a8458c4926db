/**
 * How long starting on Slack may keep trying before it fails with one line. `attempts` bounds each start-up
 * call (auth.test, apps.connections.open) that gets no answer or a 5xx: the first try and its retries, at the
 * Web API client's own backoff (about 1–2 s, 2–4 s, 4–8 s). `withinMs` bounds the whole start, for what no
 * retry count covers: a Socket Mode link that never says `hello`, a call that hangs.
 */
export interface SlackStartLimits {
  readonly attempts: number;
  readonly withinMs: number;
}

/** About 7–14 s of retries when nothing answers, and 30 s for the whole start. */
export const SLACK_START_LIMITS = { attempts: 4, withinMs: 30_000 } as const satisfies SlackStartLimits;

/** The start took longer than `SlackStartLimits.withinMs`. */
export class SlackStartTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`no connection within ${limitMs / 1000} s`);
    this.name = 'SlackStartTimeout';
  }
}

/**
 * The time while the adapter starts, during which Web API calls get the start-up limits instead of the
 * client's own retry policy (ten retries in about 30 minutes, right for a reply, wrong for a start that an
 * operator is watching). Closed once started: from then on every call is retried as before.
 */
export class StartWindow {
  private closed = false;
  private readonly deadline: number;

  constructor(
    readonly limits: SlackStartLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.withinMs;
  }

  /**
   * How many more tries a start-up call may make after its `attempt`-th failure (0: give up now), or
   * undefined once the window is closed.
   */
  retriesLeft(attempt: number): number | undefined {
    if (this.closed) return undefined;
    if (this.now() >= this.deadline) return 0;
    return Math.max(0, this.limits.attempts - attempt);
  }

  /** `work`, or a SlackStartTimeout once the window's time is up (the work itself goes on: stop it). */
  async race<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new SlackStartTimeout(this.limits.withinMs)),
        Math.max(0, this.deadline - this.now()),
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.closed = true;
  }
}
