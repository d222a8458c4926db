import type { Logger } from '../../runtime/logger.js';

/**
 * One warning that anyone on the network can cause (a forged or malformed request): the first one is
 * written at once, the repeats within `intervalMs` are counted and written as one line with the count
 * when the interval ends. A flood of forgeries then costs a line per interval, not a line per request.
 */
export class ThrottledWarning {
  private repeats = 0;
  private lastReason: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly message: string,
    private readonly intervalMs = 60_000,
  ) {}

  /** Notes one occurrence; `reason` says what was wrong (no secrets, no request bodies). */
  note(reason: string): void {
    if (this.timer === undefined) {
      this.logger.warn({ reason }, this.message);
      this.timer = setTimeout(() => this.flush(), this.intervalMs);
      this.timer.unref();
      return;
    }
    this.repeats += 1;
    this.lastReason = reason;
  }

  /** Writes the count of repeats not yet written, and starts a new interval. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.repeats === 0) return;
    this.logger.warn(
      { repeats: this.repeats, lastReason: this.lastReason, intervalMs: this.intervalMs },
      `${this.message} (repeated)`,
    );
    this.repeats = 0;
  }
}
