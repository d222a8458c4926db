import type {
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIGuildMember,
  APIInteraction,
  APIMessage,
  APIMessageComponentInteraction,
  APIUser,
} from 'discord-api-types/v10';
import { channelRoutes } from './channel-routes.js';
import { commandRoutes } from './command-routes.js';
import { CommandStore } from './commands.js';
import type { FaultSpec } from './faults.js';
import { FaultQueue } from './faults.js';
import { Gateway } from './gateway.js';
import type { GatewayFrame } from './gateway.js';
import type {
  AutocompleteInput,
  ComponentInput,
  SlashCommandInput,
  StringSelectInput,
} from './interaction-payloads.js';
import { InteractionBuilders } from './interaction-payloads.js';
import { interactionRoutes } from './interaction-routes.js';
import type { InteractionRecord } from './interactions.js';
import { InteractionRegistry } from './interactions.js';
import { messageEventData } from './message-events.js';
import { MessageStore } from './messages.js';
import { metaRoutes } from './meta-routes.js';
import type { RecordedRequest } from './rest-api.js';
import { RestApi } from './rest-api.js';
import { DiscordRateLimits, type DiscordRateLimitOptions } from './rate-limits.js';
import type { FakeState } from './route.js';
import { FakeHttpServer } from './server.js';
import type { FakeGuild, WorldOptions } from './world.js';
import { World } from './world.js';

export interface FakeDiscordOptions extends WorldOptions {
  /** How long after INTERACTION_CREATE a callback is accepted; later ones get 404/10062. Default 3000. */
  readonly ackDeadlineMs?: number;
  /** HELLO's heartbeat_interval. Default 41250, as Discord. */
  readonly heartbeatIntervalMs?: number;
  /** How long `enforce_nonce` deduplicates a nonce per channel. Default 5 minutes. */
  readonly nonceWindowMs?: number;
  /**
   * Send MESSAGE_CREATE/UPDATE for the bot's own messages and non-ephemeral interaction responses, as
   * Discord does (subject to intents). Default true.
   */
  readonly echoBotMessages?: boolean;
  /** The shard count `GET /gateway/bot` recommends (what `shards: 'auto'` runs). Default 1. */
  readonly recommendedShards?: number;
  /** `session_start_limit.max_concurrency`: shards that may IDENTIFY per 5 s. Default 1, as most bots. */
  readonly maxConcurrency?: number;
  /**
   * Discord's REST rate limits (see rate-limits.ts): per-route buckets and 50 requests/s per bot, with
   * 429s past them. Default true; `false` only reports headers well within every bucket.
   */
  readonly rateLimits?: boolean | DiscordRateLimitOptions;
  /** How long an interaction token works on the interaction webhook (then 401/50027). Default 15 minutes. */
  readonly interactionTokenLifetimeMs?: number;
}

export interface MessageCreateInput {
  readonly content: string;
  /** A configured user's id or a user object; defaults to the first configured user. */
  readonly author?: APIUser | string;
  /** A DM to the bot (no guild_id, `channel_type: 1`); the DM channel is also served by GET /channels/:id. */
  readonly dm?: boolean;
  readonly guildId?: string;
  readonly channelId?: string;
  /** Prefix the content with `<@BOT_ID> `. */
  readonly mentionBot?: boolean;
  /** Make it a reply to this message id. */
  readonly replyTo?: string;
}

/** An injected interaction; `waitForCallback` resolves with the accepted (2xx) callback request. */
export interface SentInteraction<P extends APIInteraction = APIInteraction> {
  readonly id: string;
  readonly token: string;
  readonly payload: P;
  readonly record: InteractionRecord;
  waitForCallback(timeoutMs?: number): Promise<RecordedRequest>;
}

export interface FakeGatewayControls {
  /** Every payload clients sent (identify, heartbeats, resumes…). */
  readonly frames: readonly GatewayFrame[];
  waitForFrame(predicate: (frame: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  /** Identified sessions, connected or waiting for RESUME. */
  readonly sessionCount: number;
  readonly openConnections: number;
  /** op 7 RECONNECT: the client reconnects and RESUMEs. */
  requestReconnect(): void;
  /** Server-side close (default 4000, resumable) of every socket, or only of shard `shardId`'s. */
  disconnect(code?: number, reason?: string, shardId?: number): void;
  /** The `[id, count]` each identified session sent in IDENTIFY. */
  readonly shards: (readonly [number, number])[];
  /**
   * The token stops working on the gateway while REST still takes it (a token reset between the two):
   * IDENTIFY and RESUME are closed with 4004, as Discord does for a token it refuses.
   */
  revokeToken(): void;
}

export interface FakeDiscord {
  /** Pass as `rest: { api }` to the discord.js Client: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly port: number;
  readonly botToken: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly botUser: APIUser;
  /** The first guild and its first text channel. */
  readonly guildId: string;
  readonly channelId: string;
  readonly guilds: readonly FakeGuild[];
  /** The first configured human user, the default author of injected events. */
  readonly user: APIUser;
  readonly users: readonly APIUser[];
  /** Every REST request, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** REST requests no route matched (answered 404). */
  unmatchedRequests(): RecordedRequest[];
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  clearRequests(): void;
  /** Every injected interaction with its ack timing (`ackedAt - sentAt`). */
  readonly interactions: readonly InteractionRecord[];
  sendInteraction<P extends APIInteraction>(payload: P): SentInteraction<P>;
  sendMessageCreate(input: MessageCreateInput): APIMessage;
  /**
   * Any raw dispatch, e.g. `dispatch('GUILD_DELETE', { id, unavailable: true }, id)`: to every session, or
   * with `guildId` only to that guild's shard (null: shard 0, as DMs).
   */
  dispatch(event: string, data: unknown, guildId?: string | null): number;
  /** A message the fake stored (sent by the bot, injected, or an interaction response). */
  message(id: string): APIMessage | undefined;
  failNext(spec: FaultSpec): void;
  clearFaults(): void;
  readonly commands: CommandStore;
  readonly gateway: FakeGatewayControls;
  buildSlashCommandInteraction(input: SlashCommandInput): APIChatInputApplicationCommandInteraction;
  buildAutocompleteInteraction(input: AutocompleteInput): APIApplicationCommandAutocompleteInteraction;
  buildButtonInteraction(input: ComponentInput): APIMessageComponentInteraction;
  buildStringSelectInteraction(input: StringSelectInput): APIMessageComponentInteraction;
  /** Closes every socket and rejects pending waits. Destroy the discord.js Client first. */
  stop(): Promise<void>;
}

const DEFAULT_WAIT_MS = 2000;
const CALLBACK_ROUTE = 'POST /interactions/:interactionId/:token/callback';

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = new World(options);
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}/gateway`;
  const gateway = new Gateway(world, {
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    url: gatewayUrl,
  });
  const messages = new MessageStore(world, options.nonceWindowMs ?? 5 * 60_000);
  const commands = new CommandStore(world);
  const echo: FakeState['echo'] = (event, stored) => {
    if (options.echoBotMessages === false) return;
    gateway.dispatch(
      event,
      (intents: number) => messageEventData(world, stored, intents),
      stored.guildId ?? null,
    );
  };
  const interactions = new InteractionRegistry(world, messages, options.ackDeadlineMs ?? 3000, echo, {
    tokenLifetimeMs: options.interactionTokenLifetimeMs ?? 15 * 60_000,
  });
  const state: FakeState = { world, messages, commands, interactions, gateway, echo };
  const faults = new FaultQueue();
  const rest = new RestApi(
    [
      ...metaRoutes(state, {
        url: gatewayUrl,
        recommendedShards: options.recommendedShards ?? 1,
        maxConcurrency: options.maxConcurrency ?? 1,
      }),
      ...interactionRoutes(state),
      ...channelRoutes(state),
      ...commandRoutes(state),
    ],
    faults,
    world.botToken,
    new DiscordRateLimits(
      options.rateLimits !== false,
      typeof options.rateLimits === 'object' ? options.rateLimits : {},
    ),
  );
  const http = new FakeHttpServer({
    request: (request, response) => rest.handle(request, response),
    gatewayUpgrade: (request, socket, head) => gateway.handleUpgrade(request, socket, head),
  });
  port = await http.start();
  const builders = new InteractionBuilders({ world, messages, commands });
  const guild = world.defaultGuild;
  const requireSession = (what: string): void => {
    if (gateway.sessionCount === 0) {
      throw new Error(`fake Discord: ${what} needs a logged-in client (no gateway session)`);
    }
  };
  const waitForRequest = (predicate: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS) =>
    rest.requests.waitFor(predicate, timeoutMs);

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    port,
    botToken: world.botToken,
    applicationId: world.applicationId,
    botUserId: world.botUser.id,
    botUser: world.botUser,
    guildId: guild.id,
    channelId: guild.channels[0]?.id ?? '',
    guilds: world.guilds,
    user: world.defaultUser,
    users: world.humans,
    requests: rest.requests.items,
    unmatchedRequests: () => rest.unmatched(),
    waitForRequest,
    clearRequests: () => rest.requests.clear(),
    interactions: interactions.records,
    sendInteraction<P extends APIInteraction>(payload: P): SentInteraction<P> {
      requireSession('sendInteraction');
      const record = interactions.register(payload, performance.now());
      gateway.dispatch('INTERACTION_CREATE', payload, payload.guild_id ?? null);
      return {
        id: payload.id,
        token: payload.token,
        payload,
        record,
        waitForCallback: (timeoutMs = DEFAULT_WAIT_MS) =>
          waitForRequest(
            (request) =>
              request.route === CALLBACK_ROUTE &&
              request.params.interactionId === payload.id &&
              request.status < 300,
            timeoutMs,
          ),
      };
    },
    sendMessageCreate(input: MessageCreateInput): APIMessage {
      requireSession('sendMessageCreate');
      const author = builders.user(input.author);
      const { channelId, guildId } = messagePlace(world, input, author);
      const content = input.mentionBot === true ? `<@${world.botUser.id}> ${input.content}` : input.content;
      const body =
        input.replyTo === undefined
          ? { content }
          : { content, message_reference: { message_id: input.replyTo } };
      const stored = messages.create({ channelId, guildId, author, body });
      gateway.dispatch(
        'MESSAGE_CREATE',
        (intents: number) => messageEventData(world, stored, intents),
        guildId ?? null,
      );
      return stored.message;
    },
    dispatch: (event, data, guildId) => gateway.dispatch(event, data, guildId),
    message: (id) => messages.getById(id)?.message,
    failNext: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    commands,
    gateway: {
      frames: gateway.frames.items,
      waitForFrame: (predicate, timeoutMs = DEFAULT_WAIT_MS) => gateway.frames.waitFor(predicate, timeoutMs),
      get sessionCount() {
        return gateway.sessionCount;
      },
      get openConnections() {
        return gateway.openConnections;
      },
      requestReconnect: () => gateway.requestReconnect(),
      disconnect: (code, reason, shardId) => gateway.disconnect(code, reason, shardId),
      get shards() {
        return gateway.shards;
      },
      revokeToken: () => gateway.revokeToken(),
    },
    buildSlashCommandInteraction: (input) => builders.slashCommand(input),
    buildAutocompleteInteraction: (input) => builders.autocomplete(input),
    buildButtonInteraction: (input) => builders.button(input),
    buildStringSelectInteraction: (input) => builders.stringSelect(input),
    async stop() {
      gateway.stop();
      rest.requests.close();
      await http.stop();
    },
  };
}

function messagePlace(
  world: World,
  input: MessageCreateInput,
  author: APIUser,
): { channelId: string; guildId: string | undefined } {
  if (input.dm === true) return { channelId: world.dmChannelWith(author).id, guildId: undefined };
  const guild = input.guildId === undefined ? world.defaultGuild : world.guild(input.guildId);
  if (guild === undefined) throw new Error(`fake Discord: unknown guild ${input.guildId}`);
  const channel =
    input.channelId === undefined
      ? guild.channels[0]
      : guild.channels.find((entry) => entry.id === input.channelId);
  if (channel === undefined) throw new Error(`fake Discord: unknown channel ${input.channelId}`);
  const isMember = guild.members.some((member: APIGuildMember) => member.user.id === author.id);
  if (!isMember) throw new Error(`fake Discord: ${author.username} is not a member of ${guild.name}`);
  return { channelId: channel.id, guildId: guild.id };
}
