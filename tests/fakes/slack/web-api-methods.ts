import type { FakeFileUploads } from './file-uploads.js';
import type { IdFactory } from './ids.js';
import { renderChannel, renderUser, type Workspace } from './workspace.js';

export type ApiArgs = Readonly<Record<string, unknown>>;
export type ApiResult = Record<string, unknown> & { ok: boolean };

export interface MethodContext {
  readonly workspace: Workspace;
  readonly ids: IdFactory;
  /** Issues a Socket Mode ticket and returns the `ws://…/link/?ticket=…` URL. */
  readonly openSocketUrl: () => string;
  /** The external file uploads of `filesUploadV2`. */
  readonly files: FakeFileUploads;
}

export type MethodHandler = (args: ApiArgs, context: MethodContext) => ApiResult;

const failure = (error: string): ApiResult => ({ ok: false, error });
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function hasContent(args: ApiArgs): boolean {
  return text(args.text) !== undefined || Array.isArray(args.blocks) || Array.isArray(args.attachments);
}

/** The message object Slack returns for a post made with the bot token. */
function botMessage(args: ApiArgs, ts: string, { workspace }: MethodContext): Record<string, unknown> {
  return {
    type: 'message',
    user: workspace.botUserId,
    bot_id: workspace.botId,
    app_id: workspace.apiAppId,
    team: workspace.teamId,
    text: text(args.text) ?? '',
    ts,
    ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
    ...(Array.isArray(args.attachments) ? { attachments: args.attachments } : {}),
    ...(text(args.thread_ts) === undefined
      ? {}
      : { thread_ts: args.thread_ts, parent_user_id: workspace.botUserId }),
    bot_profile: { id: workspace.botId, app_id: workspace.apiAppId, name: workspace.botName, deleted: false },
  };
}

function view(args: ApiArgs, context: MethodContext): ApiResult {
  if (typeof args.view !== 'object' || args.view === null) return failure('invalid_arguments');
  const id = context.ids.slackId('V');
  const { workspace } = context;
  return {
    ok: true,
    view: {
      id,
      team_id: workspace.teamId,
      app_id: workspace.apiAppId,
      bot_id: workspace.botId,
      ...args.view,
    },
  };
}

/**
 * The Web API methods the fake answers, with Slack's argument checks and error codes for the common mistakes.
 * Lenient on purpose where Slack would need state the test never set up: any channel and user ID is valid.
 */
export const DEFAULT_METHODS: Readonly<Record<string, MethodHandler>> = {
  'api.test': (args) => ({ ok: true, args }),
  'auth.test': (_args, { workspace }) => ({
    ok: true,
    url: `https://${workspace.teamDomain}.slack.com/`,
    team: workspace.teamName,
    user: workspace.botName,
    team_id: workspace.teamId,
    user_id: workspace.botUserId,
    bot_id: workspace.botId,
    is_enterprise_install: false,
  }),
  'apps.connections.open': (_args, context) => ({ ok: true, url: context.openSocketUrl() }),
  'chat.postMessage': (args, context) => {
    const channel = text(args.channel);
    if (channel === undefined) return failure('channel_not_found');
    if (!hasContent(args)) return failure('no_text');
    const ts = context.ids.messageTs();
    return { ok: true, channel, ts, message: botMessage(args, ts, context) };
  },
  'chat.update': (args, context) => {
    const channel = text(args.channel);
    const ts = text(args.ts);
    if (channel === undefined) return failure('channel_not_found');
    if (ts === undefined) return failure('message_not_found');
    if (!hasContent(args)) return failure('no_text');
    return { ok: true, channel, ts, text: text(args.text) ?? '', message: botMessage(args, ts, context) };
  },
  'chat.postEphemeral': (args, context) => {
    if (text(args.channel) === undefined) return failure('channel_not_found');
    if (text(args.user) === undefined) return failure('user_not_in_channel');
    if (!hasContent(args)) return failure('no_text');
    return { ok: true, message_ts: context.ids.messageTs() };
  },
  'chat.getPermalink': (args, { workspace }) => {
    const channel = text(args.channel);
    const ts = text(args.message_ts);
    if (channel === undefined) return failure('channel_not_found');
    if (ts === undefined) return failure('message_not_found');
    const permalink = `https://${workspace.teamDomain}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
    return { ok: true, channel, permalink };
  },
  'conversations.info': (args, { workspace }) => {
    const channel = text(args.channel);
    if (channel === undefined) return failure('channel_not_found');
    return { ok: true, channel: renderChannel(workspace, channel) };
  },
  'users.info': (args, { workspace }) => {
    const user = text(args.user);
    if (user === undefined) return failure('user_not_found');
    return { ok: true, user: renderUser(workspace, user) };
  },
  'files.getUploadURLExternal': (args, { files }) => files.getUploadUrl(args),
  'files.completeUploadExternal': (args, { files }) => files.complete(args),
  'views.open': (args, context) =>
    text(args.trigger_id) === undefined ? failure('invalid_arguments') : view(args, context),
  'views.publish': (args, context) =>
    text(args.user_id) === undefined ? failure('invalid_arguments') : view(args, context),
};

/** Methods that take the app-level (`xapp-`) token; every other method takes the bot (`xoxb-`) token. */
export const APP_TOKEN_METHODS: ReadonlySet<string> = new Set(['apps.connections.open']);
