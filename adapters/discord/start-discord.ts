import { setTimeout as delay } from 'node:timers/promises';
import { Events, Status, type Client } from 'discord.js';
import type { Config, DiscordSharding } from '../../runtime/config.js';
import type { ChatAdapterOptions } from '../shared/adapter-options.js';
import { NO_OBSERVER } from '../shared/observer.js';
import { createDiscordClient } from './client.js';
import { logConnection, logShards } from './connection-log.js';
import { loginFailure } from './errors.js';
import type { DiscordContext } from './context.js';
import { handleInteraction, observedName } from './interactions.js';
import { handleMessage } from './messages.js';
import type { QuotePick } from './query-pick.js';
import type { ShardSet } from './shards.js';
import { slashCommands } from './slash-commands.js';
import { StateStore, type QuoteQuery } from './state-store.js';

/** A running Discord adapter. */
export interface DiscordAdapter {
  readonly client: Client;
  /** The shards this process runs (known once logged in: `auto` asks Discord for the count). */
  readonly shards: ShardSet;
  /** True while every shard of this process is connected and ready. */
  connected(): boolean;
  /** Each shard's last heartbeat round trip in milliseconds (-1 before the first). */
  shardLatencies(): ReadonlyMap<number, number>;
  /** Lets the replies under way finish (for a few seconds at most), then closes the gateway connection. */
  stop(): Promise<void>;
}

export interface DiscordOptions extends ChatAdapterOptions {
  readonly config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  /** How long `stop()` waits for replies under way. */
  readonly drainMs?: number;
  /** The shards to run (DISCORD_SHARDS, or DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS); one by default. */
  readonly sharding?: DiscordSharding | undefined;
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
  cards,
  cooldowns,
  shared,
  drainMs = 5000,
  sharding,
  observer = NO_OBSERVER,
}: DiscordOptions): Promise<DiscordAdapter> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required to start the Discord adapter');
  const client = createDiscordClient({ apiUrl: config.DISCORD_API_URL, sharding });
  const onError = (error: unknown): void => logger.error({ err: error }, 'discord state could not be shared');
  const context: DiscordContext = {
    bot,
    logger,
    commands: slashCommands(bot.commands),
    buttons: new StateStore<QuoteQuery>(
      5000,
      shared && { state: shared, namespace: 'discord:query', onError },
    ),
    picks: new StateStore<QuotePick>(5000, shared && { state: shared, namespace: 'discord:pick', onError }),
    daily,
    cards,
    cooldowns,
  };
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  // Until the gateway closes, whatever arrives is answered, during a stop's drain too.
  client.on(Events.InteractionCreate, (interaction) => {
    const answered = observer.commandStarted('discord');
    track(
      handleInteraction(interaction, context).then((outcome) => answered(observedName(interaction), outcome)),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    const answered = observer.commandStarted('discord');
    track(
      handleMessage(message, context).then((outcome) => {
        if (outcome !== undefined) answered('message', outcome);
      }),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error({ shardId, code: event.code }, 'discord gateway closed for good; not reconnecting'),
  );
  logConnection(client, logger);

  // A gateway that refuses the token (close 4004) never makes the client ready: fail the start instead.
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.once(Events.ShardDisconnect, (event) =>
      reject(Object.assign(new Error(`gateway closed with ${event.code}`), { code: event.code })),
    );
  });
  try {
    await Promise.all([client.login(config.DISCORD_TOKEN), ready]);
  } catch (error) {
    await client.destroy();
    throw loginFailure(error);
  }
  logShards(client, logger);
  const shards: ShardSet = {
    ids: [...client.ws.shards.keys()].sort((a, b) => a - b),
    count: client.options.shardCount ?? 1,
  };
  logger.info(
    {
      user: client.user?.id,
      guilds: client.guilds.cache.size,
      commands: context.commands.size,
      shards: shards.ids,
      shardCount: shards.count,
    },
    'discord ready',
  );

  return {
    client,
    shards,
    connected: () =>
      client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready),
    shardLatencies: () => new Map(client.ws.shards.map((shard) => [shard.id, shard.ping])),
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
