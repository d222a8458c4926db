import type { DailyCommandsPort } from '../../src/index.js';
import type { StoreOutage } from './store-outage.js';

/**
 * The `/daily` commands, for the adapters, answered while the store cannot be reached. Each one needs the
 * store (the schedules and posts are kept there), so there is nothing to fall back to: the answer says what
 * could not be done and to try again in a minute (`store-unavailable`), not "something went wrong". The
 * outage is logged once, with the cooldowns' and claims' (see `StoreOutage`).
 */
export function dailyWhenDown(daily: DailyCommandsPort, outage: StoreOutage): DailyCommandsPort {
  return {
    handle: (request) =>
      outage.orElse(
        () => daily.handle(request),
        () => ({ kind: 'store-unavailable', action: request.kind }),
      ),
  };
}
