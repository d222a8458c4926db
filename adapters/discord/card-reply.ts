import type { InteractionEditReplyOptions } from 'discord.js';
import { cardRequestForHit, type CommandReply, type QuoteReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { cardAttachment } from './card-attachment.js';
import type { DiscordContext } from './context.js';
import { asUpdate, NO_MENTIONS, type DiscordMessage } from './discord-message.js';

const isCardQuote = (reply: CommandReply): reply is { kind: 'bot'; reply: QuoteReply } =>
  reply.kind === 'bot' && reply.reply.kind === 'quote' && reply.reply.card;

/**
 * The edit of a deferred reply that answers a card request: the quote card as a PNG attachment with its
 * alt text, pinging nobody. When the bot draws no cards, or drawing fails, the text quote with a line
 * saying why; any other reply (no match, an unknown article) as usual.
 */
export async function cardOrTextEdit(
  reply: CommandReply,
  /** The reply as text (`prepareMessage`), sent when there is no card. */
  message: DiscordMessage,
  context: DiscordContext,
): Promise<InteractionEditReplyOptions> {
  const text = (note?: string): InteractionEditReplyOptions =>
    asUpdate(note === undefined ? message : { ...message, content: note });
  if (!isCardQuote(reply)) return text();
  if (!context.cards) return text(en.cardUnavailable);
  try {
    const card = await context.cards.paint(cardRequestForHit(reply.reply.hit));
    return {
      content: '',
      embeds: [],
      components: [],
      files: [cardAttachment(card)],
      allowedMentions: { ...NO_MENTIONS, parse: [] },
    };
  } catch (error) {
    context.logger.error({ err: error }, 'discord quote card failed');
    return text(en.cardFailed);
  }
}
