import {
  buildAppMention,
  buildBotMessage,
  buildDirectMessage,
  buildEventCallback,
  isEventCallback,
  type BotMessageInput,
  type EventCallbackBody,
  type EventCallbackOptions,
  type MessageInput,
  type SlackEvent,
} from './event-payloads.js';
import {
  buildBlockAction,
  buildSlashCommand,
  type BlockActionInput,
  type BlockActionPayload,
  type SlashCommandInput,
  type SlashCommandPayload,
} from './interactive-payloads.js';
import type { PayloadContext } from './payload-context.js';

export * from './event-payloads.js';
export * from './interactive-payloads.js';
export { defaultPayloadContext, type PayloadContext } from './payload-context.js';

/** The payload builders with one fake's identity and `response_url` filled in. */
export interface BoundBuilders {
  slashCommand(input: SlashCommandInput): SlashCommandPayload;
  blockAction(input: BlockActionInput): BlockActionPayload;
  appMention(input: MessageInput): SlackEvent;
  directMessage(input: MessageInput): SlackEvent;
  botMessage(input: BotMessageInput): SlackEvent;
  eventCallback(event: SlackEvent, options?: EventCallbackOptions): EventCallbackBody;
}

export function bindBuilders(context: PayloadContext): BoundBuilders {
  return {
    slashCommand: (input) => buildSlashCommand(input, context),
    blockAction: (input) => buildBlockAction(input, context),
    appMention: (input) => buildAppMention(input, context),
    directMessage: (input) => buildDirectMessage(input, context),
    botMessage: (input) => buildBotMessage(input, context),
    eventCallback: (event, options) => buildEventCallback(event, context, options),
  };
}

/** Injectors take either a builder input or a payload that is already built (then sent unchanged). */
export function asSlashCommand(
  value: SlashCommandInput | SlashCommandPayload,
  context: PayloadContext,
): SlashCommandPayload {
  return 'user_id' in value ? value : buildSlashCommand(value, context);
}

export function asBlockAction(
  value: BlockActionInput | BlockActionPayload,
  context: PayloadContext,
): BlockActionPayload {
  return 'actions' in value ? value : buildBlockAction(value, context);
}

export function asEventCallback(
  value: SlackEvent | EventCallbackBody,
  context: PayloadContext,
  options: EventCallbackOptions = {},
): EventCallbackBody {
  return isEventCallback(value) ? value : buildEventCallback(value, context, options);
}
