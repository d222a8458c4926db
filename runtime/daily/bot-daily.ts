import type { BotObserver } from '../../adapters/shared/observer.js';
import type { StoreOutage } from '../../adapters/shared/store-outage.js';
import type { CardPainter, DailyCommands, DailySchedule, DailyStore, Library } from '../../src/index.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { createDailyRuntime } from './daily-runtime.js';
import { createPosters, type PosterFactories } from './posters.js';
import { startDailyScheduler, type DailyScheduler } from './scheduler.js';
import { systemClock } from './system-clock.js';

/** Daily posts inside the running bot: `/daily` for the adapters, and the scheduler. */
export interface BotDaily {
  readonly commands: DailyCommands;
  /** The store (for `/readyz`: it must answer). */
  readonly store: DailyStore;
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
  /** Which schedules this process posts (Discord: the guilds on its shards); all by default. */
  owns?: (schedule: DailySchedule) => boolean;
  observer?: BotObserver;
  /** The platform posters (see `loadPosterFactories`); console schedules are left to `daily run`. */
  posters: PosterFactories;
  store: DailyStore;
  /** Draws the cards of schedules set with `card:true` (the bot's card worker). */
  cards?: CardPainter;
  /** Logs a run that cannot reach the store once per outage, with the commands' store calls. */
  outage?: Pick<StoreOutage, 'orElse'>;
}): BotDaily {
  const logger = options.logger.child({ component: 'daily' });
  const posters = createPosters(
    { environment: options.environment, logger, consoleOut: process.stderr, cards: options.cards },
    { ...options.posters, console: () => undefined },
  );
  const runtime = createDailyRuntime({ ...options, logger, posters });
  const observer = options.observer;
  let scheduler: DailyScheduler | undefined;
  return {
    commands: runtime.commands,
    store: runtime.store,
    start() {
      scheduler ??= startDailyScheduler({
        service: runtime.service,
        clock: systemClock,
        logger,
        ...(observer === undefined ? {} : { observer }),
        ...(options.outage === undefined ? {} : { outage: options.outage }),
      });
      logger.info({}, 'daily scheduler started');
    },
    async stop() {
      await scheduler?.stop();
    },
  };
}
