import { setTimeout as delay } from 'node:timers/promises';

/** One thing `/readyz` waits for: a platform connection, the store answering. */
export interface ReadinessCheck {
  readonly name: string;
  /** True when ready; false, a throw or no answer within the time limit counts as not ready. */
  check(): boolean | Promise<boolean>;
}

export interface ReadinessReport {
  readonly ready: boolean;
  /** Each check by name; true when it passed. */
  readonly checks: Readonly<Record<string, boolean>>;
}

/**
 * The checks of this process. Platforms add theirs once started; until then (and with none at all while
 * the process is starting) the process is not ready, so a load balancer holds traffic back.
 */
export class Readiness {
  private readonly checks: ReadinessCheck[] = [];
  private started = false;

  constructor(private readonly timeoutMs = 2000) {}

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  /** True once every platform has started (from then on the checks decide); false again at shutdown. */
  setStarted(started: boolean): void {
    this.started = started;
  }

  async report(): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.checks.map(async (check) => {
        const timeout = delay(this.timeoutMs, false, { ref: false });
        const passed = Promise.resolve()
          .then(() => check.check())
          .catch(() => false);
        return [check.name, await Promise.race([passed, timeout])] as const;
      }),
    );
    const checks = Object.fromEntries([['started', this.started], ...results]);
    return { ready: Object.values(checks).every(Boolean), checks };
  }
}
