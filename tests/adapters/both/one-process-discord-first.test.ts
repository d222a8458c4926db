import { describeOneProcess } from './one-process.js';

// Its own file: undici's global dispatcher is per process, and vitest runs each file in its own.
describeOneProcess('discord');
