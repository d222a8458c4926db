/**
 * A local fake Slack that speaks Slack's wire protocol, so the real Bolt `App` runs against it unchanged.
 *
 * ```ts
 * const slack = await startFakeSlack({ users: [{ id: 'U_ADMIN', isAdmin: true }] });
 * // Socket Mode: app.start() resolves on the fake's `hello`.
 * const app = new App({ token: slack.botToken, appToken: slack.appToken, socketMode: true,
 *   clientOptions: { slackApiUrl: slack.apiUrl } });
 * // HTTP mode: inject into `http://127.0.0.1:${port}/slack/events`.
 * const httpApp = new App({ token: slack.botToken, signingSecret: slack.signingSecret,
 *   clientOptions: { slackApiUrl: slack.apiUrl } });
 * const ack = await slack.socket.sendSlashCommand({ command: '/quote', text: 'stoic' }); // ack.payload = ack({…})
 * const reply = await slack.waitForResponse(ack.sent.response_url);                      // respond({…})
 * const post = await slack.waitForCall('chat.postMessage', (c) => c.args.thread_ts === ts);
 * slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
 * await slack.stop(); // after app.stop(): closes every socket
 * ```
 *
 * - Web API at `apiUrl` (`/api/<method>`): auth.test, apps.connections.open (xapp token only), chat.postMessage,
 *   chat.update, chat.postEphemeral, chat.getPermalink, conversations.info, users.info, views.open/publish,
 *   and `filesUploadV2`'s three steps (files.getUploadURLExternal, the POST to `/upload/<file id>`,
 *   files.completeUploadExternal), whose files land in `sharedFiles` with their bytes, channel, thread and
 *   alt text; `onMethod` adds more. API errors are HTTP 200 `{ ok: false, error }`; every call is in `calls`.
 * - Socket Mode injectors resolve with the client's ack (`payload`, `latencyMs`, `late` past 3 s) and reject
 *   when none comes within `ackTimeoutMs` (5 s). Envelopes go to the newest connection.
 * - HTTP injectors sign like Slack; options `badSignature`, `timestampOffsetSeconds` (e.g. -360), `retryNum`,
 *   `retryReason`. For a load test, build a payload once (`build.*` or the `build*` functions), encode it
 *   (`encodeSlashCommand`/`encodeInteraction`/`encodeEvent`) and sign each request with `signedHeaders` or
 *   `signRequest(secret, body, timestamp)`; Bolt rejects timestamps more than 5 minutes old.
 * - Builders take an input and an optional `PayloadContext`; injectors accept the input or a built payload.
 * - `failNext`: 429 + `Retry-After` is retried by WebClient after the pause plus a 1–2 s backoff; a plain 5xx is
 *   retried too (p-retry), after 1–2 s; `error` gives HTTP 200 `ok:false`, which WebClient throws at once.
 * - Load tests: `startFakeSlack({ record: false })` keeps no records (waiters still work); `reset()` clears them.
 * - Limits (rate-limits.ts): a `response_url` takes 5 posts within 30 minutes, then 404 `used_url` /
 *   `expired_url`. `rateLimits: true` adds chat.postMessage's ~1/s per channel (burst 5): HTTP 429
 *   `ratelimited` with a whole-second `Retry-After`, recorded with `status: 429` and no `fault`.
 */
export { startFakeSlack } from './fake-slack.js';
export type {
  EventInjectOptions,
  FakeSlack,
  FakeSlackOptions,
  HttpEventInjectOptions,
  InjectedHttp,
} from './fake-slack.js';
export type { FaultSpec } from './faults.js';
export { SLACK_RATE_LIMITS } from './rate-limits.js';
export type { SlackRateLimitOptions } from './rate-limits.js';
export type { SharedFile } from './file-uploads.js';
export { AppHttpClient, encodeEvent, encodeInteraction, encodeSlashCommand } from './http-events.js';
export type { AppHttpResponse, EncodedBody, HttpInjectOptions } from './http-events.js';
export * from './payloads.js';
export { responseIdOf } from './response-urls.js';
export type { ResponseUrlBody, ResponseUrlPost } from './response-urls.js';
export { signedHeaders, signRequest } from './signing.js';
export type { SigningOptions } from './signing.js';
export type { EnvelopeOptions, EnvelopeType, SocketAck } from './socket-mode.js';
export type { ApiCall } from './web-api.js';
export type { ApiArgs, ApiResult, MethodContext, MethodHandler } from './web-api-methods.js';
export { WORKSPACE_DEFAULTS } from './workspace.js';
export type { FakeChannelInput, FakeUserInput } from './workspace.js';
