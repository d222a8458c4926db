import { defaultPayloadContext, type PayloadContext } from './payload-context.js';
import { WORKSPACE_DEFAULTS } from './workspace.js';

export interface SlashCommandInput {
  /** With the slash, e.g. `/quote`. */
  readonly command: string;
  readonly text?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly teamId?: string;
  readonly responseUrl?: string;
  readonly triggerId?: string;
}

/**
 * The form fields Slack posts for a slash command (all strings). Over HTTP they are form-encoded; in Socket Mode
 * the same fields arrive as the envelope's `payload` object.
 */
export interface SlashCommandPayload {
  readonly token: string;
  readonly team_id: string;
  readonly team_domain: string;
  readonly channel_id: string;
  readonly channel_name: string;
  readonly user_id: string;
  readonly user_name: string;
  readonly command: string;
  readonly text: string;
  readonly api_app_id: string;
  readonly is_enterprise_install: 'false';
  readonly response_url: string;
  readonly trigger_id: string;
}

export function buildSlashCommand(
  input: SlashCommandInput,
  context: PayloadContext = defaultPayloadContext(),
): SlashCommandPayload {
  const userId = input.userId ?? WORKSPACE_DEFAULTS.userId;
  const channelId = input.channelId ?? WORKSPACE_DEFAULTS.channelId;
  return {
    token: context.verificationToken,
    team_id: input.teamId ?? context.teamId,
    team_domain: context.teamDomain,
    channel_id: channelId,
    channel_name:
      input.channelName ?? (channelId.startsWith('D') ? 'directmessage' : channelId.toLowerCase()),
    user_id: userId,
    user_name: input.userName ?? userId.toLowerCase(),
    command: input.command,
    text: input.text ?? '',
    api_app_id: context.apiAppId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl ?? context.newResponseUrl(),
    trigger_id: input.triggerId ?? context.ids.triggerId(),
  };
}

export interface BlockActionInput {
  readonly actionId: string;
  readonly value?: string;
  readonly blockId?: string;
  /** The button's label. */
  readonly label?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  /** The `ts` of the message holding the button. */
  readonly messageTs?: string;
  readonly messageText?: string;
  readonly messageBlocks?: readonly unknown[];
  readonly threadTs?: string;
  /** A button on an ephemeral message: the payload then has no `message`, as on Slack. */
  readonly ephemeral?: boolean;
  readonly responseUrl?: string;
  readonly triggerId?: string;
}

export interface ButtonActionPayload {
  readonly type: 'button';
  readonly action_id: string;
  readonly block_id: string;
  readonly text: { readonly type: 'plain_text'; readonly text: string; readonly emoji: boolean };
  readonly value?: string;
  readonly action_ts: string;
}

/** A `block_actions` interaction; over HTTP it is sent as the form field `payload=<json>`. */
export interface BlockActionPayload {
  readonly type: 'block_actions';
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly name: string;
    readonly team_id: string;
  };
  readonly api_app_id: string;
  readonly token: string;
  readonly container: Readonly<Record<string, string | boolean>>;
  readonly trigger_id: string;
  readonly team: { readonly id: string; readonly domain: string };
  readonly enterprise: null;
  readonly is_enterprise_install: false;
  readonly channel: { readonly id: string; readonly name: string };
  readonly message?: Readonly<Record<string, unknown>>;
  readonly state: { readonly values: Readonly<Record<string, unknown>> };
  readonly response_url: string;
  readonly actions: readonly ButtonActionPayload[];
}

export function buildBlockAction(
  input: BlockActionInput,
  context: PayloadContext = defaultPayloadContext(),
): BlockActionPayload {
  const userId = input.userId ?? WORKSPACE_DEFAULTS.userId;
  const userName = input.userName ?? userId.toLowerCase();
  const channelId = input.channelId ?? WORKSPACE_DEFAULTS.channelId;
  const messageTs = input.messageTs ?? context.ids.messageTs();
  const blockId = input.blockId ?? context.ids.slackId('b');
  const ephemeral = input.ephemeral ?? false;
  const thread = input.threadTs === undefined ? {} : { thread_ts: input.threadTs };
  const message = {
    type: 'message',
    user: context.botUserId,
    bot_id: context.botId,
    app_id: context.apiAppId,
    team: context.teamId,
    text: input.messageText ?? '',
    ts: messageTs,
    ...thread,
    blocks: input.messageBlocks ?? [
      {
        type: 'actions',
        block_id: blockId,
        elements: [
          { type: 'button', action_id: input.actionId, text: { type: 'plain_text', text: 'Button' } },
        ],
      },
    ],
  };
  return {
    type: 'block_actions',
    user: { id: userId, username: userName, name: userName, team_id: context.teamId },
    api_app_id: context.apiAppId,
    token: context.verificationToken,
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: ephemeral,
      ...thread,
    },
    trigger_id: input.triggerId ?? context.ids.triggerId(),
    team: { id: context.teamId, domain: context.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: input.channelName ?? channelId.toLowerCase() },
    ...(ephemeral ? {} : { message }),
    state: { values: {} },
    response_url: input.responseUrl ?? context.newResponseUrl(),
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: blockId,
        text: { type: 'plain_text', text: input.label ?? 'Button', emoji: true },
        ...(input.value === undefined ? {} : { value: input.value }),
        action_ts: `${(Date.now() / 1000).toFixed(6)}`,
      },
    ],
  };
}
