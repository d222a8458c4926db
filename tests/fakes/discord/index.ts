/**
 * A local fake Discord that speaks Discord's wire protocol (REST `/api/v10` + JSON gateway on `/gateway`), so
 * the real discord.js v14 `Client` runs against it unchanged. One fake per test file or per test (~20 ms).
 *
 * ```ts
 * const discord = await startFakeDiscord();          // options: ackDeadlineMs, users, guilds, echoBotMessages…
 * const client = new Client({ intents: [Guilds, GuildMessages, DirectMessages], partials: [Partials.Channel],
 *   rest: { api: discord.apiUrl } });               // the gateway URL comes from GET /gateway/bot
 * await client.login(discord.botToken);              // READY, then GUILD_CREATE per guild → 'clientReady'
 * const payload = discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'stoic' } });
 * const sent = discord.sendInteraction(payload);     // → interactionCreate
 * const callback = await sent.waitForCallback();     // callback.body = { type: 4, data: {…} }
 * await discord.waitForRequest((r) => r.route === 'PATCH /webhooks/:applicationId/:token/messages/:messageId');
 * discord.sendMessageCreate({ content: 'quote stoic', mentionBot: true });   // or { dm: true, content }
 * discord.failNext({ pathPattern: '/interactions/:id/:token/callback', status: 429, retryAfterSeconds: 0.2 });
 * expect(discord.unmatchedRequests()).toEqual([]);
 * await client.destroy(); await discord.stop();      // destroy first, or discord.js keeps reconnecting
 * ```
 *
 * - Builders (`buildSlashCommandInteraction`, `buildAutocompleteInteraction`, `buildButtonInteraction`,
 *   `buildStringSelectInteraction`) default to the first guild, channel and user; pass `dm: true`, `user`,
 *   `memberPermissions` (see `PERMISSIONS`) and so on. Option types come from registered commands if any.
 * - Requests: `requests` (method, decoded `path`, `route` template, `params`, `query`, `headers`, parsed `body`
 *   or multipart `payload_json` + `files`, `status`, `response`, `fault`); `waitForRequest` checks the log first.
 * - Interactions: callbacks after `ackDeadlineMs` get 404/10062, a second one 400/40060; the webhook answers
 *   only after the callback. `interactions[i].ackedAt - sentAt` is the ack latency (performance.now() ms).
 * - Messages: Discord's limits are enforced (400/50035 Invalid Form Body, 50006 empty); `enforce_nonce` returns
 *   the earlier message. The bot's own messages come back as MESSAGE_CREATE (`echoBotMessages`), and without
 *   the MessageContent intent other users' guild messages arrive with empty content unless they mention the bot.
 * - Gateway: `gateway.frames` (what the client sent), `requestReconnect()` (op 7 → RESUME), `disconnect(code)`.
 * - Shards: `recommendedShards` and `maxConcurrency` (GET /gateway/bot); each session gets only the events of
 *   the guilds on the shard it identified with (`guildIdOnShard` makes ids for a shard); DMs go to shard 0;
 *   `disconnect(code, reason, shardId)` drops one shard's socket.
 * - Rate limits (rate-limits.ts, on by default): per-route buckets per channel/guild/webhook token with
 *   Discord's `X-RateLimit-*` headers, the global 50 requests/s per bot token (callbacks and the interaction
 *   webhook exempt), and 429 with `Retry-After`, `X-RateLimit-Scope` and JSON `retry_after` (`global: true`
 *   for the global one). `rateLimits: false` only reports headers well within every bucket; an object
 *   changes `globalPerSecond` or a route's `{ limit, windowMs }`. Interaction tokens expire on the webhook
 *   after `interactionTokenLifetimeMs` (15 minutes) with 401/50027.
 * - Benchmarks: no timers per interaction; build payloads up front and `clearRequests()` between rounds.
 *   @discordjs/rest also caps itself at 50 non-callback requests per second (`rest.globalRequestsPerSecond`),
 *   webhook edits included.
 */
export { CALLBACK_TYPE, INTENTS, INTERACTION_TYPE, MESSAGE_FLAGS, PERMISSIONS } from './constants.js';
export { startFakeDiscord } from './fake-discord.js';
export type {
  FakeDiscord,
  FakeDiscordOptions,
  FakeGatewayControls,
  MessageCreateInput,
  SentInteraction,
} from './fake-discord.js';
export type { FaultSpec } from './faults.js';
export { DISCORD_RATE_LIMITS } from './rate-limits.js';
export type { DiscordRateLimitOptions, RouteLimit } from './rate-limits.js';
export type { GatewayFrame } from './gateway.js';
export type { UploadedFile } from './http-io.js';
export type {
  AutocompleteInput,
  ComponentInput,
  InteractionWhere,
  OptionValue,
  SlashCommandInput,
  StringSelectInput,
} from './interaction-payloads.js';
export type { InteractionRecord } from './interactions.js';
export type { RecordedRequest } from './rest-api.js';
export type { FakeGuild, FakeGuildInput, FakeUserInput } from './world.js';
export { guildIdOnShard, shardOf } from './shards.js';
