import type { Message } from 'discord.js';
import { converse } from '../../src/index.js';
import type { CommandOutcome } from '../shared/observer.js';
import type { DiscordContext } from './context.js';
import { en } from '../shared/wording.js';
import { cardOrTextMessage } from './card-reply.js';
import { NO_MENTIONS } from './discord-message.js';
import { prepareMessage } from './slash-commands.js';

/** Whether a message is for the bot: a DM, or a server message that mentions it (or its own role). */
export function isAddressedToBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.system) return false;
  if (!message.inGuild()) return true;
  return (
    message.mentions.users.has(botId) || message.mentions.roles.some((role) => role.tags?.botId === botId)
  );
}

/** The message's text without the mentions of the bot ("<@id> quote election" → "quote election"). */
export function requestText(message: Message, botId: string): string {
  const roleIds = message.mentions.roles.filter((role) => role.tags?.botId === botId).map((role) => role.id);
  const ids = [botId, ...roleIds].join('|');
  return message.content.replace(new RegExp(`<@[!&]?(?:${ids})>`, 'g'), ' ').trim();
}

/**
 * "@quotebot summarize", "@quotebot quote election" or a DM: the core reads the text as a request, in the
 * conversation of this user in this channel ("who said that?" after a quote), and the answer is a reply to
 * the message (a card when it asks for one). Discord delivers the content of such messages without the
 * privileged Message Content intent.
 */
export async function handleMessage(
  message: Message,
  context: DiscordContext,
): Promise<CommandOutcome | undefined> {
  const botId = message.client.user.id;
  if (!isAddressedToBot(message, botId)) return undefined;
  try {
    const conversation = { platform: 'discord', channelId: message.channelId, userId: message.author.id };
    const reply = {
      kind: 'bot',
      reply: converse(context.bot, requestText(message, botId), conversation, Date.now(), {
        botName: message.client.user.username,
      }),
    } as const;
    // "@quotebot quote bees as a card": the card, as `/quote card:true` draws it.
    await message.reply(await cardOrTextMessage(reply, prepareMessage(reply, false, context), context));
    return 'ok';
  } catch (error) {
    context.logger.error(
      { err: error, messageId: message.id, channelId: message.channelId },
      'discord message failed',
    );
    await message
      .reply({ content: en.failure, allowedMentions: NO_MENTIONS })
      .catch((replyError: unknown) =>
        context.logger.warn(
          { err: replyError, messageId: message.id },
          'discord message failure not answered',
        ),
      );
    return 'error';
  }
}
