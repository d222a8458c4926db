import {
  DailyCommands,
  type DailyPoster,
  type DailyPostRequest,
  type DailyPostResult,
  type DailySchedule,
} from '../../../src/index.js';
import { fixtureLibrary } from '../fixture-library.js';
import { FakeClock, fakeClaimant, makeService, MemoryLogger, schedule } from '../fakes.js';

/** 09:00 in Berlin on a Monday: when the default schedule is due. */
export const DUE = '2026-06-01T07:00:00Z';

/** A daily service and command handler posting through `poster` (a real platform poster). */
export function serviceWith(
  poster: DailyPoster,
  overrides: Partial<DailySchedule>,
  clock: FakeClock = new FakeClock(DUE),
) {
  const library = fixtureLibrary();
  const logger = new MemoryLogger();
  const made = makeService({ library, clock, posters: [poster], logger });
  const sched = schedule({ platform: poster.platform, ...overrides });
  const commands = new DailyCommands({ store: made.store, service: made.service, library, clock });
  const status = () =>
    commands.handle({
      kind: 'daily-status',
      platform: sched.platform,
      channelId: sched.channelId,
      workspaceId: sched.workspaceId,
      userId: null,
      canManage: false,
    });
  return { clock, library, sched, commands, status, ...made };
}

/**
 * The same store with a second process (the first one "crashed": its claimant is dead) and `poster`.
 */
export function restartedWith(
  first: ReturnType<typeof serviceWith>,
  poster: DailyPoster,
): ReturnType<typeof makeService> {
  return makeService({
    library: first.library,
    clock: first.clock,
    posters: [poster],
    store: first.store,
    claimant: fakeClaimant('process-2'),
  });
}

/** A poster that delivers through `real` and then never answers: the process dies before confirming. */
export function crashingAfterDelivery(real: DailyPoster): DailyPoster & { delivered: DailyPostResult[] } {
  const delivered: DailyPostResult[] = [];
  return {
    platform: real.platform,
    nonceWindowMs: real.nonceWindowMs,
    delivered,
    async post(request: DailyPostRequest) {
      delivered.push(await real.post(request));
      return new Promise<never>(() => {});
    },
  };
}

/**
 * A fake clock whose sleeps also pass in real time: for limits the platform client times by the system
 * clock (@discordjs/rest holds every request back until a global 429's wait is over).
 */
export class WaitingClock extends FakeClock {
  override readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, ms));
  };
}

export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
