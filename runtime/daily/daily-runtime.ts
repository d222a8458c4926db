// The daily modules themselves, not the core's index: a cron job's start does not load the whole core.
import { DailyCommands } from '../../src/daily/commands.js';
import { DailyService } from '../../src/daily/service.js';
import type { Clock, DailyPosters, DailySchedule, DailyStore, Library } from '../../src/index.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { processClaimant } from './process-claimant.js';
import { systemClock, systemSleep } from './system-clock.js';

/** Daily posts wired for this process: the store (see `openStores`), the service and the command handler. */
export interface DailyRuntime {
  readonly store: DailyStore;
  readonly service: DailyService;
  readonly commands: DailyCommands;
}

/** Composition of daily posts: config → store → service → commands. Adapters get `commands`. */
export function createDailyRuntime(options: {
  environment: Environment;
  /** The library, or a getter for the current one of a bot whose content reloads. */
  library: Library | (() => Library);
  logger: Logger;
  posters: DailyPosters;
  /** SQLite in DATA_DIR or PostgreSQL; its opener closes it. */
  store: DailyStore;
  clock?: Clock;
  /** Which schedules this process posts (Discord: the guilds on its shards); all by default. */
  owns?: ((schedule: DailySchedule) => boolean) | undefined;
}): DailyRuntime {
  const clock = options.clock ?? systemClock;
  const current = options.library;
  const libraryOf = typeof current === 'function' ? current : () => current;
  const store = options.store;
  const service = new DailyService(
    {
      store,
      get library() {
        return libraryOf();
      },
      posters: options.posters,
      clock,
      sleep: systemSleep,
      logger: options.logger,
      claimant: processClaimant(),
      ...(options.owns === undefined ? {} : { owns: options.owns }),
    },
    { catchUpMs: options.environment.config.DAILY_CATCHUP_HOURS * 3_600_000 },
  );
  const commands = new DailyCommands({
    store,
    service,
    get library() {
      return libraryOf();
    },
    clock,
  });
  return { store, service, commands };
}
