import type { BaseMessageOptions, InteractionEditReplyOptions, MessageReplyOptions } from 'discord.js';
import { cardRequestForHit, type CommandReply, type QuoteReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { cardChannelMessage } from './card-attachment.js';
import type { DiscordContext } from './context.js';
import { asMessageReply, asUpdate, type DiscordMessage } from './discord-message.js';

const isCardQuote = (reply: CommandReply): reply is { kind: 'bot'; reply: QuoteReply } =>
  reply.kind === 'bot' && reply.reply.kind === 'quote' && reply.reply.card;

/**
 * A card quote's card, as a message that is the card alone; or, when the bot draws no cards or drawing
 * fails, the line to send with the text quote instead, saying why.
 */
async function cardOf(
  reply: QuoteReply,
  context: DiscordContext,
): Promise<{ readonly message: BaseMessageOptions } | { readonly note: string }> {
  if (!context.cards) return { note: en.cardUnavailable };
  try {
    return {
      message: cardChannelMessage(
        await context.cards.paint(cardRequestForHit(reply.hit, undefined, reply.speaker)),
      ),
    };
  } catch (error) {
    context.logger.error({ err: error }, 'discord quote card failed');
    return { note: en.cardFailed };
  }
}

/**
 * The edit of a deferred reply that answers a card request: the quote card, pinging nobody. When there is no
 * card, the text quote with a line saying why; any other reply (no match, an unknown article) as usual.
 */
export async function cardOrTextEdit(
  reply: CommandReply,
  /** The reply as text (`prepareMessage`), sent when there is no card. */
  message: DiscordMessage,
  context: DiscordContext,
): Promise<InteractionEditReplyOptions> {
  if (!isCardQuote(reply)) return asUpdate(message);
  const card = await cardOf(reply.reply, context);
  if ('note' in card) return asUpdate({ ...message, content: card.note });
  return { content: '', embeds: [], components: [], ...card.message };
}

/** The same as the reply to a message ("@quotebot quote bees as a card"): the card, or the text quote. */
export async function cardOrTextMessage(
  reply: CommandReply,
  message: DiscordMessage,
  context: DiscordContext,
): Promise<MessageReplyOptions> {
  if (!isCardQuote(reply)) return asMessageReply(message);
  const card = await cardOf(reply.reply, context);
  if ('note' in card) return asMessageReply({ ...message, content: card.note });
  return card.message;
}
