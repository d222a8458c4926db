import { createHook } from 'node:async_hooks';

const WATCHED = new Set(['TCPWRAP', 'TCPSERVERWRAP', 'Timeout']);

interface Watched {
  readonly type: string;
  readonly resource: object;
}

interface TimerLike {
  hasRef?: () => boolean;
  /** Set when the timer fired or was cleared; the async `destroy` hook may come a little later. */
  _destroyed?: boolean;
}

function keepsProcessAlive({ type, resource }: Watched): boolean {
  if (type !== 'Timeout') return true;
  const timer = resource as TimerLike;
  return timer._destroyed !== true && (timer.hasRef?.() ?? true);
}

/**
 * Watches the sockets, servers and ref'd timers created from now on. `stillOpen()` lists those not yet closed:
 * after a clean shutdown of an app and the fake it must be empty, or vitest would hang on them.
 */
export function watchOpenHandles(): { stillOpen(): string[]; dispose(): void } {
  const alive = new Map<number, Watched>();
  const hook = createHook({
    init(asyncId, type, _triggerId, resource) {
      if (WATCHED.has(type)) alive.set(asyncId, { type, resource });
    },
    destroy(asyncId) {
      alive.delete(asyncId);
    },
  }).enable();
  return {
    stillOpen: () => [...alive.values()].filter(keepsProcessAlive).map((watched) => watched.type),
    dispose: () => hook.disable(),
  };
}
