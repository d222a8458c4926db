import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageReplyOptions,
} from 'discord.js';

/** A rendered reply, before it is sent as an interaction reply, an update or a message reply. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIButtonComponent>[];
  /** Only the asker should see it (an ephemeral reply); message replies cannot be private. */
  readonly private: boolean;
}

/** Nobody is pinged by anything the bot sends: not @everyone/@here, roles, users or the replied user. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

const body = (message: DiscordMessage) => ({
  content: message.content ?? '',
  embeds: [...message.embeds],
  components: [...message.components],
  allowedMentions: { ...NO_MENTIONS, parse: [] },
});

export function asInteractionReply(message: DiscordMessage): InteractionReplyOptions {
  const { content, ...rest } = body(message);
  return {
    ...rest,
    ...(content ? { content } : {}),
    ...(message.private ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Replaces a message in place (a button click, a deferred reply): content, embeds and buttons. */
export function asUpdate(message: DiscordMessage): InteractionUpdateOptions & InteractionEditReplyOptions {
  return body(message);
}

export function asMessageReply(message: DiscordMessage): MessageReplyOptions {
  const { content, ...rest } = body(message);
  return { ...rest, ...(content ? { content } : {}) };
}

/** A short text reply. */
export function textMessage(content: string, isPrivate: boolean): DiscordMessage {
  return { content, embeds: [], components: [], private: isPrivate };
}
