import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { DiscordSharding } from '../../runtime/config.js';
import { discordRestAgent } from './rest-agent.js';

/**
 * The discord.js client: the Guilds intent (commands, roles), GuildMessages and DirectMessages so that a
 * message mentioning the bot, or a DM, reaches it (Discord sends the content of those without the
 * privileged Message Content intent); the Channel partial so that DMs arrive at all. Nothing it sends
 * pings anyone unless a call says otherwise, and none of ours does.
 */
export function createDiscordClient(
  options: { apiUrl?: string | undefined; sharding?: DiscordSharding | undefined } = {},
): Client {
  const sharding = options.sharding;
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Every server message arrives (GuildMessages) but only a few are for the bot: keep none of them.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    // Its own undici agent: see rest-agent.ts (Discord and Slack in one process).
    rest: { agent: discordRestAgent(), ...(options.apiUrl ? { api: options.apiUrl } : {}) },
    // Internal shards (discord.js's own): "auto" asks Discord how many; ids of count split shards between
    // processes. @discordjs/ws spaces IDENTIFYs by the gateway's max_concurrency.
    ...(sharding === undefined
      ? {}
      : sharding === 'auto'
        ? { shards: 'auto' as const }
        : { shards: [...sharding.ids], shardCount: sharding.count }),
  });
}
