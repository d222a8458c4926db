import type { DailyCommands, DailyStore, Library } from '../../src/index.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { createDailyRuntime } from './daily-runtime.js';
import { createPosters, POSTER_FACTORIES } from './posters.js';
import { startDailyScheduler, type DailyScheduler } from './scheduler.js';
import { systemClock } from './system-clock.js';

/** Daily posts inside the running bot: `/daily` for the adapters, and the scheduler. */
export interface BotDaily {
  readonly commands: DailyCommands;
  /** Starts the scheduler (after the adapters: a failed start must not leave a ticking process). */
  start(): void;
  /** Stops the ticks and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Daily posts for the chat platforms this process serves: the given store, a poster per
 * configured platform (REST/Web API with the bot tokens) and the croner scheduler, which ticks every
 * minute and posts what is due. Console schedules are left to `quotebot daily run` (no console poster
 * here: they are reported `no-poster` and stay unclaimed).
 */
export function createBotDaily(options: {
  environment: Environment;
  library: Library | (() => Library);
  logger: Logger;
  store: DailyStore;
}): BotDaily {
  const logger = options.logger.child({ component: 'daily' });
  const posters = createPosters(
    { environment: options.environment, logger, consoleOut: process.stderr },
    { ...POSTER_FACTORIES, console: () => undefined },
  );
  const runtime = createDailyRuntime({ ...options, logger, posters });
  let scheduler: DailyScheduler | undefined;
  return {
    commands: runtime.commands,
    start() {
      scheduler ??= startDailyScheduler({ service: runtime.service, clock: systemClock, logger });
      logger.info({}, 'daily scheduler started');
    },
    async stop() {
      await scheduler?.stop();
    },
  };
}
