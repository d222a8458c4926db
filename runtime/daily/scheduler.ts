import { Cron } from 'croner';
import type { BotObserver } from '../../adapters/shared/observer.js';
import type { Clock, DailyLogger, DailyRunReport, DailyService } from '../../src/index.js';

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
}

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
    running = service
      .runDue(clock.now())
      .then((report) => {
        for (const outcome of report.outcomes) options.observer?.dailyPost(outcome.platform, outcome.status);
        const posted = report.outcomes.filter((outcome) => outcome.status === 'posted').length;
        if (report.outcomes.length > 0)
          logger.info({ at: report.at, due: report.outcomes.length, posted }, 'daily run');
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
