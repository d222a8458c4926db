import type { Logger } from '../../runtime/logger.js';

/**
 * Calls to a store that a request needs only to keep the bot's instances in step (a cooldown, a Slack
 * event already answered), made so that the request is answered when the store cannot be reached: a
 * database restart or failover must not turn every `/quote` into "something went wrong" for everyone.
 * The outage is logged once when the first call fails and once when a call succeeds again, not once per
 * request (a busy bot would write a line per command); `/readyz` reports the store down meanwhile.
 */
export class StoreOutage {
  private down = false;

  constructor(private readonly logger: Logger) {}

  /** What `work` gives, or what `fallback` gives when `work` fails. */
  async orElse<T>(work: () => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (!this.down)
        this.logger.warn(
          { err: error },
          'the store cannot be reached: answering without cooldowns, /daily says it cannot read or save schedules now, and Slack retries are recognised by this instance only, until it answers again',
        );
      this.down = true;
      return fallback();
    }
    if (this.down)
      this.logger.info('the store answers again: cooldowns, /daily and shared Slack retries are back');
    this.down = false;
    return result;
  }
}
