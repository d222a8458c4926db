import { DailyCommands, DailyService, type DailyPosters, type Clock } from '../../src/index.js';
import type { Library } from '../../src/index.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { processClaimant } from './process-claimant.js';
import { SqliteDailyStore } from './sqlite-store.js';
import { systemClock, systemSleep } from './system-clock.js';

/** Daily posts wired for this process: the store in DATA_DIR, the service and the command handler. */
export interface DailyRuntime {
  readonly store: SqliteDailyStore;
  readonly service: DailyService;
  readonly commands: DailyCommands;
  close(): void;
}

/** Composition of daily posts: config → store → service → commands. Adapters get `commands`. */
export function createDailyRuntime(options: {
  environment: Environment;
  library: Library;
  logger: Logger;
  posters: DailyPosters;
  clock?: Clock;
}): DailyRuntime {
  const clock = options.clock ?? systemClock;
  const store = SqliteDailyStore.open(options.environment.dataDir);
  const service = new DailyService(
    {
      store,
      library: options.library,
      posters: options.posters,
      clock,
      sleep: systemSleep,
      logger: options.logger,
      claimant: processClaimant(),
    },
    { catchUpMs: options.environment.config.DAILY_CATCHUP_HOURS * 3_600_000 },
  );
  const commands = new DailyCommands({ store, service, library: options.library, clock });
  return { store, service, commands, close: () => store.close() };
}
