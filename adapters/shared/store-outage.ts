import type { Logger } from '../../runtime/logger.js';

/**
 * Calls to a store that a request needs only to keep the bot's instances in step (a cooldown, a Slack
 * event already answered), made so that the request is answered when the store cannot be reached: a
 * database restart or failover must not turn every `/quote` into "something went wrong" for everyone.
 * The daily scheduler's runs go through it too, so that an instance that gets no command still says when
 * its store is gone and back. The outage is logged once when the first call fails and once when a call
 * succeeds again, not once per request or per minute; `/readyz` reports the store down meanwhile.
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
          'the store cannot be reached: answering without cooldowns, /daily says it cannot read or save schedules now, daily posts wait, and Slack retries are recognised by this instance only, until it answers again',
        );
      this.down = true;
      return fallback();
    }
    if (this.down)
      this.logger.info(
        'the store answers again: cooldowns, /daily, daily posts and shared Slack retries are back',
      );
    this.down = false;
    return result;
  }
}
