import type { APIMessage } from 'discord-api-types/v10';
import { CHANNEL_TYPE, INTENTS } from './constants.js';
import type { StoredMessage } from './messages.js';
import type { World } from './world.js';

/**
 * MESSAGE_CREATE / MESSAGE_UPDATE data for a session with these intents, or undefined when the session does
 * not get the event: guild messages need GuildMessages, DMs need DirectMessages. Without MessageContent,
 * Discord empties content, embeds, attachments, components and poll, except in DMs, in messages that mention
 * the bot and in the bot's own messages.
 */
export function messageEventData(world: World, stored: StoredMessage, intents: number): object | undefined {
  const { message, guildId } = stored;
  const needed = guildId === undefined ? INTENTS.directMessages : INTENTS.guildMessages;
  if ((intents & needed) !== needed) return undefined;
  const readable =
    (intents & INTENTS.messageContent) !== 0 ||
    guildId === undefined ||
    message.author.id === world.botUser.id ||
    message.mentions.some((user) => user.id === world.botUser.id);
  const { user: _user, ...member } =
    (guildId === undefined ? undefined : world.member(guildId, message.author.id)) ?? {};
  const visible: APIMessage = readable
    ? message
    : { ...message, content: '', embeds: [], attachments: [], components: [] };
  if (!readable) delete visible.poll;
  return {
    ...visible,
    channel_type: guildId === undefined ? CHANNEL_TYPE.dm : CHANNEL_TYPE.guildText,
    ...(guildId === undefined ? {} : { guild_id: guildId }),
    ...(_user === undefined ? {} : { member }),
  };
}
