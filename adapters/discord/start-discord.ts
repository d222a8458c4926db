import { setTimeout as delay } from 'node:timers/promises';
import { Events, type Client } from 'discord.js';
import type { Bot, CooldownGate, DailyCommandsPort } from '../../src/index.js';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { createDiscordClient } from './client.js';
import type { DiscordContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import type { QuotePick } from './query-pick.js';
import { slashCommands } from './slash-commands.js';
import { StateStore, type QuoteQuery } from './state-store.js';

/** A running Discord adapter. */
export interface DiscordAdapter {
  readonly client: Client;
  /** Lets the replies under way finish (for a few seconds at most), then closes the gateway connection. */
  stop(): Promise<void>;
}

export interface DiscordOptions {
  readonly bot: Bot;
  readonly config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  readonly logger: Logger;
  /** The core's `/daily` handler, when daily quotes run in this process (else `/daily` says they do not). */
  readonly daily?: DailyCommandsPort | undefined;
  /** Per-user cooldowns on `/quote` and `/summary`; without it commands are not limited. */
  readonly cooldowns?: CooldownGate | undefined;
  /** How long `stop()` waits for replies under way. */
  readonly drainMs?: number;
}

/**
 * Connects the bot to Discord: logs in through the gateway, answers slash commands, autocomplete,
 * buttons, mentions and DMs, and resolves once the client is ready. Commands are registered apart, by
 * `npm run deploy:discord`.
 */
export async function startDiscord({
  bot,
  config,
  logger,
  daily,
  cooldowns,
  drainMs = 5000,
}: DiscordOptions): Promise<DiscordAdapter> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required to start the Discord adapter');
  const client = createDiscordClient({ apiUrl: config.DISCORD_API_URL });
  const context: DiscordContext = {
    bot,
    logger,
    commands: slashCommands(bot.commands),
    buttons: new StateStore<QuoteQuery>(),
    picks: new StateStore<QuotePick>(),
    daily,
    cooldowns,
  };
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  // Until the gateway closes, whatever arrives is answered, during a stop's drain too.
  client.on(Events.InteractionCreate, (interaction) => track(handleInteraction(interaction, context)));
  client.on(Events.MessageCreate, (message) => track(handleMessage(message, context)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'discord gateway disconnected'),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new Error(`Discord login failed: ${(error as Error).message}`, { cause: error });
  }
  logger.info(
    { user: client.user?.id, guilds: client.guilds.cache.size, commands: context.commands.size },
    'discord ready',
  );

  return {
    client,
    async stop() {
      const deadline = Date.now() + drainMs;
      while (pending.size > 0 && Date.now() < deadline) {
        const timeout = delay(deadline - Date.now(), undefined, { ref: false });
        await Promise.race([Promise.allSettled([...pending]), timeout]);
      }
      await client.destroy();
      logger.info('discord stopped');
    },
  };
}
