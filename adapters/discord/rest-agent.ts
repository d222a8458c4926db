import { createRequire } from 'node:module';
import type { RESTOptions } from 'discord.js';

type RestAgent = NonNullable<RESTOptions['agent']>;

let shared: RestAgent | undefined;

/**
 * The HTTP agent every discord.js REST client of this process sends through: one built by the very undici
 * that @discordjs/rest imports (6.x), found from discord.js's own dependency tree.
 *
 * Without it, @discordjs/rest sends through undici's process-wide global dispatcher, which is whichever
 * undici in the process was loaded first. When Slack runs in the same process, that can be undici 7
 * (Bolt's Socket Mode), and an undici 6 multipart body (a card's `files`) then fails inside undici 7
 * ("action is not a function"). Passing `rest.agent` keeps the global dispatcher untouched: Slack, Node's
 * `fetch` and everything else keep whatever they had.
 */
export function discordRestAgent(): RestAgent {
  if (shared === undefined) {
    const here = createRequire(import.meta.url);
    const rest = createRequire(here.resolve('discord.js')).resolve('@discordjs/rest');
    const { Agent } = createRequire(rest)('undici') as { Agent: new () => RestAgent };
    shared = new Agent();
  }
  return shared;
}
