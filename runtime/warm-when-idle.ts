import { performance, type EventLoopUtilization } from 'node:perf_hooks';

export interface WarmWhenIdleOptions {
  /** How often the event loop is looked at. */
  readonly checkEveryMs?: number;
  /** The share of the last check's interval the event loop may have been busy and still count as idle. */
  readonly idleBelow?: number;
}

/**
 * Runs `warm` (the card worker's start, the search code's warm-up) once the bot has had a quiet moment
 * after start-up: not at start-up itself, where it would take CPU from the first requests (a burst when
 * an instance joins a busy pool), and never in a process that stays busy. A card asked for earlier starts
 * the worker by itself. Returns a function that cancels the wait (on shutdown).
 */
export function warmWhenIdle(
  warm: () => void,
  { checkEveryMs = 2000, idleBelow = 0.1 }: WarmWhenIdleOptions = {},
): () => void {
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, since).utilization;
    since = now;
    if (busy >= idleBelow) return;
    clearInterval(timer);
    warm();
  }, checkEveryMs);
  // Waiting to warm never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
