import type { Clock } from '../daily/ports.js';

/** The commands a user must wait between: the ones that search or read the articles. */
export const COOLED_COMMANDS = ['quote', 'summary'] as const;
export type CooledCommand = (typeof COOLED_COMMANDS)[number];

/** Seconds a user waits between two uses of each command; 0 turns a command's cooldown off. */
export type CooldownSeconds = Readonly<Record<CooledCommand, number>>;

/** `/quote` every 3 s, `/summary` (which reads a whole article) every 10 s, per user. */
export const DEFAULT_COOLDOWN_SECONDS: CooldownSeconds = { quote: 3, summary: 10 };

/**
 * Where cooldowns are kept: in memory for one process, or in the store in use (SQLite now, PostgreSQL
 * later) so instances sharing it share cooldowns. `take` is one atomic step: if `key` is free at `nowMs`
 * it is held until `untilMs` and 0 is returned; otherwise nothing changes and the milliseconds until
 * it frees are returned.
 */
export interface CooldownStore {
  take(key: string, nowMs: number, untilMs: number): Promise<number>;
}

/** A user's wait before a command may run again. */
export interface CooldownHeld {
  readonly kind: 'cooldown';
  readonly command: CooledCommand;
  /** Whole seconds to wait, at least 1. */
  readonly retryAfterSeconds: number;
}

/** Decides whether a user may run a command now, and counts the use when they may. */
export interface CooldownGate {
  /** `undefined` when `user` may run `request` now (the use is counted); else how long to wait. */
  check(user: string, request: { readonly kind: string }): Promise<CooldownHeld | undefined>;
}

const isCooled = (kind: string): kind is CooledCommand =>
  (COOLED_COMMANDS as readonly string[]).includes(kind);

/**
 * A gate over `store`, reading the time from `clock` (a port: the core reads no clock), with each command's
 * seconds.
 */
export function createCooldownGate(
  store: CooldownStore,
  clock: Clock,
  seconds: CooldownSeconds = DEFAULT_COOLDOWN_SECONDS,
): CooldownGate {
  return {
    async check(user, request) {
      const command = request.kind;
      if (!isCooled(command)) return undefined;
      const window = seconds[command] * 1000;
      if (window <= 0) return undefined;
      const now = clock.now().getTime();
      const wait = await store.take(`${command}:${user}`, now, now + window);
      if (wait <= 0) return undefined;
      return { kind: 'cooldown', command, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    },
  };
}

/**
 * Cooldowns for one process. Expired keys are swept now and then (every `sweepEvery` takes), so the map
 * holds about the users active within the longest cooldown.
 */
export class MemoryCooldownStore implements CooldownStore {
  private readonly until = new Map<string, number>();
  private takes = 0;

  constructor(private readonly sweepEvery = 1000) {}

  take(key: string, nowMs: number, untilMs: number): Promise<number> {
    if (++this.takes % this.sweepEvery === 0) this.sweep(nowMs);
    const held = this.until.get(key);
    if (held !== undefined && held > nowMs) return Promise.resolve(held - nowMs);
    this.until.set(key, untilMs);
    return Promise.resolve(0);
  }

  /** How many keys are held (for tests). */
  get size(): number {
    return this.until.size;
  }

  private sweep(nowMs: number): void {
    for (const [key, until] of this.until) if (until <= nowMs) this.until.delete(key);
  }
}
