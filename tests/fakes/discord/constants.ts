/** Gateway intent bits the fake acts on (the rest are accepted and ignored). */
export const INTENTS = {
  guilds: 1 << 0,
  guildMessages: 1 << 9,
  directMessages: 1 << 12,
  messageContent: 1 << 15,
} as const;

function bits(...positions: readonly number[]): string {
  return positions.reduce((all, position) => all | (1n << BigInt(position)), 0n).toString();
}

/** Permission bitfields as Discord sends them (decimal strings). */
export const PERMISSIONS = {
  /** @everyone in a fresh server: view, send, embed, attach, history, reactions, external emojis, app commands. */
  member: bits(6, 10, 11, 14, 15, 16, 18, 26, 31, 35, 38),
  /** What Discord sends for an Administrator: every permission bit. */
  administrator: '8866461766385663',
  /** The bot's own permissions in the fake guild (`app_permissions`). */
  bot: bits(6, 10, 11, 14, 15, 16, 18, 31, 38),
  /** Manage Server (`ManageGuild`) on top of `member`, a typical moderator. */
  manageGuild: bits(5, 6, 10, 11, 14, 15, 16, 18, 26, 31, 35, 38),
} as const;

export const CHANNEL_TYPE = { guildText: 0, dm: 1 } as const;

export const INTERACTION_TYPE = {
  ping: 1,
  applicationCommand: 2,
  messageComponent: 3,
  autocomplete: 4,
  modalSubmit: 5,
} as const;

export const CALLBACK_TYPE = {
  pong: 1,
  channelMessage: 4,
  deferredChannelMessage: 5,
  deferredUpdateMessage: 6,
  updateMessage: 7,
  autocompleteResult: 8,
  modal: 9,
} as const;

export const MESSAGE_FLAGS = { ephemeral: 1 << 6, loading: 1 << 7 } as const;

export const MESSAGE_TYPE = { default: 0, reply: 19, chatInputCommand: 20 } as const;

export const API_VERSION = 10;

/** Discord sends `0` for "no flags", a value the bit-flag enums of discord-api-types do not name. */
export const NO_FLAGS = 0 as never;
