import { setTimeout as wait } from 'node:timers/promises';
import type { Clock, Sleep } from '../../src/index.js';

/** The real clock, for the running bot and the CLI. */
export const systemClock: Clock = { now: () => new Date() };

/** Real waiting between retries. */
export const systemSleep: Sleep = (ms) => wait(ms);
