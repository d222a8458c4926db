import type { EventCallbackBody, EventCallbackOptions, SlackEvent } from './event-payloads.js';
import type { FaultSpec } from './faults.js';
import { AppHttpClient, encodeEvent, encodeInteraction, encodeSlashCommand } from './http-events.js';
import type { AppHttpResponse, EncodedBody, HttpInjectOptions } from './http-events.js';
import { IdFactory } from './ids.js';
import type {
  BlockActionInput,
  BlockActionPayload,
  SlashCommandInput,
  SlashCommandPayload,
} from './interactive-payloads.js';
import { fakeSlackToken } from '../../helpers/fake-tokens.js';
import type { PayloadContext } from './payload-context.js';
import {
  asBlockAction,
  asEventCallback,
  asSlashCommand,
  bindBuilders,
  type BoundBuilders,
} from './payloads.js';
import { FakeResponseUrls, responseIdOf, type ResponseUrlPost } from './response-urls.js';
import {
  PostMessageLimits,
  ResponseUrlLimits,
  SLACK_RATE_LIMITS,
  type SlackRateLimitOptions,
} from './rate-limits.js';
import { FakeSlackServer } from './server.js';
import { FakeSocketMode, type EnvelopeOptions, type EnvelopeType, type SocketAck } from './socket-mode.js';
import { FakeFileUploads, type SharedFile } from './file-uploads.js';
import { FakeWebApi, type ApiCall } from './web-api.js';
import type { MethodHandler } from './web-api-methods.js';
import {
  WORKSPACE_DEFAULTS,
  type FakeChannelInput,
  type FakeUserInput,
  type Workspace,
} from './workspace.js';

export interface FakeSlackOptions {
  readonly signingSecret?: string;
  readonly botToken?: string;
  readonly appToken?: string;
  readonly teamId?: string;
  readonly apiAppId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
  /** Members `users.info` knows (e.g. `{ id: 'U1', isAdmin: true }`); others are ordinary members. */
  readonly users?: readonly FakeUserInput[];
  readonly channels?: readonly FakeChannelInput[];
  /** Server ping period on Socket Mode connections; default 5000 ms. */
  readonly pingIntervalMs?: number;
  /** `false` for load tests: keep no calls, responses or acks (waiters still work). Default true. */
  readonly record?: boolean;
  /**
   * Slack's limits (see rate-limits.ts). By default only `response_url`'s 5 uses within 30 minutes.
   * `true` adds chat.postMessage's 1 per second per channel with short bursts (HTTP 429 `ratelimited` +
   * `Retry-After` past it); it is opt-in because existing tests post many replies to one channel and
   * count every call. An object sets either limit; `false` turns both off.
   */
  readonly rateLimits?: boolean | SlackRateLimitOptions;
}

/** What an HTTP injector returns: the app's answer plus the payload that was sent. */
export type InjectedHttp<Sent> = AppHttpResponse & { readonly sent: Sent };
export type EventInjectOptions = EnvelopeOptions & EventCallbackOptions;
export type HttpEventInjectOptions = HttpInjectOptions & EventCallbackOptions;

export interface FakeSlack {
  /** `http://127.0.0.1:P` */
  readonly url: string;
  /** `http://127.0.0.1:P/api/`, for `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly port: number;
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  readonly teamId: string;
  readonly apiAppId: string;
  readonly botUserId: string;
  readonly botId: string;
  /** Every Web API request, in arrival order. */
  readonly calls: readonly ApiCall[];
  /** Resolves with the first recorded call (past or future) to `method` that matches; default timeout 5 s. */
  waitForCall(method: string, predicate?: (call: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  callsTo(method: string): ApiCall[];
  failNext(fault: FaultSpec): void;
  /** Adds or replaces a Web API method for this fake. */
  onMethod(method: string, handler: MethodHandler): void;
  /** Payload builders bound to this fake (its team, app, and `response_url`s). */
  readonly build: BoundBuilders;
  readonly socket: {
    sendSlashCommand(
      command: SlashCommandInput | SlashCommandPayload,
      options?: EnvelopeOptions,
    ): Promise<SocketAck<SlashCommandPayload>>;
    sendBlockAction(
      action: BlockActionInput | BlockActionPayload,
      options?: EnvelopeOptions,
    ): Promise<SocketAck<BlockActionPayload>>;
    sendEvent(
      event: SlackEvent | EventCallbackBody,
      options?: EventInjectOptions,
    ): Promise<SocketAck<EventCallbackBody>>;
    sendEnvelope<Sent>(
      type: EnvelopeType,
      payload: Sent,
      options?: EnvelopeOptions,
    ): Promise<SocketAck<Sent>>;
    connected(): boolean;
    connectionCount(): number;
    /** Open connections that still answer (half-open ones excluded). */
    liveConnectionCount(): number;
    disconnect(reason?: string): void;
    drop(): void;
    /** The newest connection stops answering without closing (see FakeSocketMode.halfOpen). */
    halfOpen(): void;
    readonly acks: readonly SocketAck[];
  };
  readonly http: {
    postSlashCommand(
      appUrl: string,
      command: SlashCommandInput | SlashCommandPayload,
      options?: HttpInjectOptions,
    ): Promise<InjectedHttp<SlashCommandPayload>>;
    postBlockAction(
      appUrl: string,
      action: BlockActionInput | BlockActionPayload,
      options?: HttpInjectOptions,
    ): Promise<InjectedHttp<BlockActionPayload>>;
    postEvent(
      appUrl: string,
      event: SlackEvent | EventCallbackBody,
      options?: HttpEventInjectOptions,
    ): Promise<InjectedHttp<EventCallbackBody>>;
    post(appUrl: string, encoded: EncodedBody, options?: HttpInjectOptions): Promise<AppHttpResponse>;
    /** Closes the client's kept-alive connections to the app that no request is using. */
    closeIdle(): void;
  };
  /** Every post to a fake `response_url`. */
  readonly responses: readonly ResponseUrlPost[];
  /** Files shared by `files.completeUploadExternal` (WebClient `filesUploadV2`), with their bytes. */
  readonly sharedFiles: readonly SharedFile[];
  waitForSharedFile(predicate?: (file: SharedFile) => boolean, timeoutMs?: number): Promise<SharedFile>;
  /** By the `<id>` of `/response/<id>`, the whole `response_url`, or a predicate; default timeout 5 s. */
  waitForResponse(
    match: string | ((post: ResponseUrlPost) => boolean),
    timeoutMs?: number,
  ): Promise<ResponseUrlPost>;
  /** Forgets recorded calls, responses and acks, and pending faults (e.g. between benchmark rounds). */
  reset(): void;
  stop(): Promise<void>;
}

/** The limits a `rateLimits` option turns on (see FakeSlackOptions.rateLimits). */
function slackLimits(option: FakeSlackOptions['rateLimits']): SlackRateLimitOptions {
  if (option === false) return {};
  if (option === true) return SLACK_RATE_LIMITS;
  return { responseUrl: SLACK_RATE_LIMITS.responseUrl, ...option };
}

function buildWorkspace(options: FakeSlackOptions): Workspace {
  return {
    teamId: options.teamId ?? WORKSPACE_DEFAULTS.teamId,
    teamName: WORKSPACE_DEFAULTS.teamName,
    teamDomain: WORKSPACE_DEFAULTS.teamDomain,
    apiAppId: options.apiAppId ?? WORKSPACE_DEFAULTS.apiAppId,
    botUserId: options.botUserId ?? WORKSPACE_DEFAULTS.botUserId,
    botId: options.botId ?? WORKSPACE_DEFAULTS.botId,
    botName: WORKSPACE_DEFAULTS.botName,
    verificationToken: WORKSPACE_DEFAULTS.verificationToken,
    users: new Map((options.users ?? []).map((user) => [user.id, user])),
    channels: new Map((options.channels ?? []).map((channel) => [channel.id, channel])),
  };
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const workspace = buildWorkspace(options);
  const botToken = options.botToken ?? fakeSlackToken('xoxb', 'bot');
  const appToken = options.appToken ?? `xapp-1-${workspace.apiAppId}-0000000000000-fakeapptoken`;
  const signingSecret = options.signingSecret ?? 'fake-signing-secret-0123456789abcdef';
  const ids = new IdFactory();
  let port = 0;
  const baseUrl = () => `http://127.0.0.1:${port}`;

  const record = options.record ?? true;
  const limits = slackLimits(options.rateLimits);
  const responseUrls = new FakeResponseUrls(baseUrl, ids, new ResponseUrlLimits(limits.responseUrl), record);
  const socketMode = new FakeSocketMode({
    appId: workspace.apiAppId,
    ids,
    record,
    ...(options.pingIntervalMs === undefined ? {} : { pingIntervalMs: options.pingIntervalMs }),
  });
  const files = new FakeFileUploads(ids, baseUrl, record);
  const webApi = new FakeWebApi(
    { botToken, appToken },
    { workspace, ids, files, openSocketUrl: () => socketMode.issueUrl(`ws://127.0.0.1:${port}`) },
    record,
    limits.postMessage && new PostMessageLimits(limits.postMessage),
  );
  const appClient = new AppHttpClient(signingSecret);
  const server = new FakeSlackServer({
    api: (req, res, method, raw, query) => webApi.handle(req, res, method, raw, query),
    response: (req, res, id, raw) => responseUrls.handle(req, res, id, raw),
    upload: (req, res, id, raw) => files.receive(req, res, id, raw),
    socket: (req, socket, head, ticket) => socketMode.handleUpgrade(req, socket, head, ticket),
  });
  port = await server.start();

  const context: PayloadContext = { ...workspace, ids, newResponseUrl: () => responseUrls.issue() };
  const postHttp = async <Sent>(
    appUrl: string,
    sent: Sent,
    encoded: EncodedBody,
    opts?: HttpInjectOptions,
  ) => ({
    ...(await appClient.post(appUrl, encoded, opts)),
    sent,
  });

  return {
    url: baseUrl(),
    apiUrl: `${baseUrl()}/api/`,
    port,
    botToken,
    appToken,
    signingSecret,
    teamId: workspace.teamId,
    apiAppId: workspace.apiAppId,
    botUserId: workspace.botUserId,
    botId: workspace.botId,
    calls: webApi.calls.items,
    waitForCall: (method, predicate = () => true, timeoutMs = 5000) =>
      webApi.calls.waitFor((call) => call.method === method && predicate(call), timeoutMs, method),
    callsTo: (method) => webApi.calls.items.filter((call) => call.method === method),
    failNext: (fault) => webApi.failNext(fault),
    onMethod: (method, handler) => webApi.onMethod(method, handler),
    build: bindBuilders(context),
    socket: {
      sendSlashCommand: (command, opts) =>
        socketMode.send('slash_commands', asSlashCommand(command, context), opts),
      sendBlockAction: (action, opts) => socketMode.send('interactive', asBlockAction(action, context), opts),
      sendEvent: (event, opts = {}) =>
        socketMode.send('events_api', asEventCallback(event, context, opts), opts),
      sendEnvelope: (type, payload, opts) => socketMode.send(type, payload, opts),
      connected: () => socketMode.connected(),
      connectionCount: () => socketMode.connectionCount,
      disconnect: (reason) => socketMode.disconnect(reason),
      drop: () => socketMode.drop(),
      halfOpen: () => socketMode.halfOpen(),
      liveConnectionCount: () => socketMode.liveCount,
      acks: socketMode.acks.items,
    },
    http: {
      postSlashCommand: (appUrl, command, opts) => {
        const sent = asSlashCommand(command, context);
        return postHttp(appUrl, sent, encodeSlashCommand(sent), opts);
      },
      postBlockAction: (appUrl, action, opts) => {
        const sent = asBlockAction(action, context);
        return postHttp(appUrl, sent, encodeInteraction(sent), opts);
      },
      postEvent: (appUrl, event, opts = {}) => {
        const sent = asEventCallback(event, context, opts);
        return postHttp(appUrl, sent, encodeEvent(sent), opts);
      },
      post: (appUrl, encoded, opts) => appClient.post(appUrl, encoded, opts),
      closeIdle: () => appClient.closeIdle(),
    },
    responses: responseUrls.posts.items,
    sharedFiles: files.shared.items,
    waitForSharedFile: (predicate = () => true, timeoutMs = 5000) =>
      files.shared.waitFor(predicate, timeoutMs, 'a shared file'),
    waitForResponse: (match, timeoutMs = 5000) => {
      const id = typeof match === 'string' ? (responseIdOf(match) ?? match) : undefined;
      const predicate = typeof match === 'string' ? (post: ResponseUrlPost) => post.id === id : match;
      return responseUrls.posts.waitFor(predicate, timeoutMs, typeof match === 'string' ? match : 'a match');
    },
    reset: () => {
      webApi.reset();
      responseUrls.posts.clear();
      socketMode.acks.clear();
      files.shared.clear();
    },
    stop: async () => {
      await socketMode.stop();
      webApi.stop();
      files.stop();
      responseUrls.stop();
      appClient.stop();
      await server.stop();
    },
  };
}
