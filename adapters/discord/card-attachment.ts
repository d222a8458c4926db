import { AttachmentBuilder, type BaseMessageOptions, type InteractionReplyOptions } from 'discord.js';
import type { CardImage } from '../../src/index.js';
import { NO_MENTIONS } from './discord-message.js';
import { DISCORD_LIMITS, truncate } from './limits.js';

export const CARD_FILE_NAME = 'quote-card.png';

/** A card as a PNG attachment with its alt text (Discord shows `description` to screen readers). */
export function cardAttachment(card: CardImage): AttachmentBuilder {
  return new AttachmentBuilder(Buffer.from(card.png), {
    name: CARD_FILE_NAME,
    description: truncate(card.altText, DISCORD_LIMITS.attachmentDescription),
  });
}

/** An interaction reply that is the card alone (multipart `files`), pinging nobody. */
export function cardInteractionReply(card: CardImage, ephemeral = false): InteractionReplyOptions {
  return {
    files: [cardAttachment(card)],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    ...(ephemeral ? { flags: 64 } : {}),
  };
}

/**
 * A message that is the card alone, pinging nobody: the reply to a mention ("@quotebot quote bees as a
 * card"), and with its text, embeds and buttons cleared the edit of a deferred `/quote … card:true`.
 */
export function cardChannelMessage(card: CardImage): BaseMessageOptions {
  return { files: [cardAttachment(card)], allowedMentions: { ...NO_MENTIONS, parse: [] } };
}
