import { Cron } from 'croner';
import type { BotObserver } from '../../adapters/shared/observer.js';
import type { StoreOutage } from '../../adapters/shared/store-outage.js';
import type {
  Clock,
  DailyLogger,
  DailyOutcomeStatus,
  DailyRunReport,
  DailyService,
} from '../../src/index.js';

/** A running daily scheduler. */
export interface DailyScheduler {
  /** Runs due posts now (also what every tick does); resolves when that run ends. */
  runNow(): Promise<DailyRunReport | undefined>;
  /** Stops the ticks and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export interface DailySchedulerOptions {
  readonly service: DailyService;
  readonly clock: Clock;
  readonly logger: DailyLogger;
  /** Croner pattern of the ticks; every minute by default. */
  readonly pattern?: string;
  /** Told what became of each due post, for metrics. */
  readonly observer?: Pick<BotObserver, 'dailyPost'>;
  /**
   * Reports a run that fails (the store cannot be reached) once per outage, with the bot's other store
   * calls, and says when a run works again. Without it each failed run logs an error.
   */
  readonly outage?: Pick<StoreOutage, 'orElse'>;
}

/**
 * Statuses that are no news: the day's post was made (here or by another process, which logs it). A run of
 * only these comes every minute through the catch-up window, so it is logged at debug.
 */
const QUIET: ReadonlySet<DailyOutcomeStatus> = new Set(['already-posted', 'busy']);

/**
 * Ticks every minute (croner) and asks the core what is due. The due logic (timezones, DST, catch-up)
 * lives in the core, so the tick needs no timezone and a tick missed while the machine slept is caught
 * up by the next one. It also runs once at start: posts missed while the bot was down go out then.
 * Runs never overlap: a tick that comes while a run is in progress runs once more when it ends (ticks that
 * come meanwhile make one run, not several), so a slot that fell due during a run is not left for a minute.
 */
export function startDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const { service, clock, logger } = options;
  let running: Promise<DailyRunReport | undefined> | undefined;
  let again = false;
  let stopped = false;

  const runNow = (): Promise<DailyRunReport | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    if (running) {
      again = true;
      return running;
    }
    const run = (): Promise<DailyRunReport> => service.runDue(clock.now());
    running = (options.outage ? options.outage.orElse(run, () => undefined) : run())
      .then((report) => {
        if (report === undefined) return undefined;
        for (const outcome of report.outcomes) options.observer?.dailyPost(outcome.platform, outcome.status);
        const posted = report.outcomes.filter((outcome) => outcome.status === 'posted').length;
        const fields = { at: report.at, due: report.outcomes.length, posted };
        // After a day's post its slot stays due through the catch-up window (6 h by default): a run with
        // only quiet outcomes (or none) is logged at debug, so that a debug log shows every tick.
        if (report.outcomes.every((outcome) => QUIET.has(outcome.status)))
          logger.debug({ ...fields, checked: report.checked }, 'daily run');
        else logger.info(fields, 'daily run');
        return report;
      })
      .catch((error: unknown) => {
        logger.error({ error: error instanceof Error ? error.message : String(error) }, 'daily run failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void runNow();
        }
      });
    return running;
  };

  const job = new Cron(options.pattern ?? '* * * * *', () => {
    void runNow();
  });
  void runNow();

  return {
    runNow,
    async stop() {
      stopped = true;
      job.stop();
      await running;
    },
  };
}
