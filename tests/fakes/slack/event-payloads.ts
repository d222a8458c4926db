import { channelTypeOf, defaultPayloadContext, type PayloadContext } from './payload-context.js';
import { WORKSPACE_DEFAULTS } from './workspace.js';

/** An inner Events API event (`app_mention`, `message`, …): what Bolt hands a listener as `event`. */
export interface SlackEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface MessageInput {
  readonly text: string;
  readonly userId?: string;
  readonly channelId?: string;
  /** Defaults to a fresh, increasing ts. */
  readonly ts?: string;
  /** Set for a reply inside a thread. */
  readonly threadTs?: string;
}

function messageFields(input: MessageInput, context: PayloadContext, channelId: string) {
  const ts = input.ts ?? context.ids.messageTs();
  return {
    user: input.userId ?? WORKSPACE_DEFAULTS.userId,
    text: input.text,
    ts,
    event_ts: ts,
    channel: channelId,
    team: context.teamId,
    client_msg_id: context.ids.uuid(),
    ...(input.threadTs === undefined ? {} : { thread_ts: input.threadTs }),
  };
}

/** `app_mention`; the text should contain `<@BOT_USER_ID>` as Slack writes it. */
export function buildAppMention(
  input: MessageInput,
  context: PayloadContext = defaultPayloadContext(),
): SlackEvent {
  return {
    type: 'app_mention',
    ...messageFields(input, context, input.channelId ?? WORKSPACE_DEFAULTS.channelId),
  };
}

/** A user's `message` in a DM with the bot (`channel_type: 'im'`, channel `D…`). */
export function buildDirectMessage(
  input: MessageInput,
  context: PayloadContext = defaultPayloadContext(),
): SlackEvent {
  const channelId = input.channelId ?? WORKSPACE_DEFAULTS.dmChannelId;
  return { type: 'message', channel_type: 'im', ...messageFields(input, context, channelId) };
}

export interface BotMessageInput {
  readonly text: string;
  readonly channelId?: string;
  /** Defaults to the fake's own bot, i.e. the event Slack sends back for the bot's own post. */
  readonly botId?: string;
  readonly botUserId?: string;
  /** `true` for a legacy integration post: `subtype: 'bot_message'` and no `user`. */
  readonly legacy?: boolean;
  readonly ts?: string;
  readonly threadTs?: string;
}

/** A `message` posted by a bot (it carries `bot_id`), for testing that the bot ignores bots. */
export function buildBotMessage(
  input: BotMessageInput,
  context: PayloadContext = defaultPayloadContext(),
): SlackEvent {
  const channelId = input.channelId ?? WORKSPACE_DEFAULTS.channelId;
  const ts = input.ts ?? context.ids.messageTs();
  const botId = input.botId ?? context.botId;
  const author =
    input.legacy === true
      ? { subtype: 'bot_message', username: 'integration' }
      : { user: input.botUserId ?? (botId === context.botId ? context.botUserId : context.ids.slackId('U')) };
  return {
    type: 'message',
    ...author,
    bot_id: botId,
    bot_profile: {
      id: botId,
      app_id: context.apiAppId,
      name: 'bot',
      deleted: false,
      team_id: context.teamId,
    },
    text: input.text,
    ts,
    event_ts: ts,
    channel: channelId,
    channel_type: channelTypeOf(channelId),
    team: context.teamId,
    ...(input.threadTs === undefined ? {} : { thread_ts: input.threadTs }),
  };
}

/** The `event_callback` body around an event: over HTTP the JSON body, in Socket Mode the envelope payload. */
export interface EventCallbackBody {
  readonly token: string;
  readonly team_id: string;
  readonly context_team_id: string;
  readonly context_enterprise_id: null;
  readonly api_app_id: string;
  readonly event: SlackEvent;
  readonly type: 'event_callback';
  readonly event_id: string;
  readonly event_time: number;
  readonly authorizations: readonly {
    readonly enterprise_id: null;
    readonly team_id: string;
    readonly user_id: string;
    readonly is_bot: boolean;
    readonly is_enterprise_install: boolean;
  }[];
  readonly is_ext_shared_channel: boolean;
  readonly event_context: string;
}

export interface EventCallbackOptions {
  /** Reuse an earlier `event_id` to model Slack's redelivery of the same event. */
  readonly eventId?: string;
  readonly eventTime?: number;
}

export function buildEventCallback(
  event: SlackEvent,
  context: PayloadContext = defaultPayloadContext(),
  options: EventCallbackOptions = {},
): EventCallbackBody {
  return {
    token: context.verificationToken,
    team_id: context.teamId,
    context_team_id: context.teamId,
    context_enterprise_id: null,
    api_app_id: context.apiAppId,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? context.ids.slackId('Ev'),
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: context.teamId,
        user_id: context.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${context.ids.uuid()}`,
  };
}

export function isEventCallback(value: SlackEvent | EventCallbackBody): value is EventCallbackBody {
  return value.type === 'event_callback' && 'event' in value;
}
