import type { webApi } from '@slack/bolt';
import { cardRequestForHit, type BotReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { contextOfText, type SlackMessage } from './blocks.js';
import { uploadCard, type CardDestination } from './card-upload.js';
import type { SlackDeps } from './deps.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderReply, type Visibility } from './render-reply.js';

/** A message with a line above it saying why it is not what was asked (a card), when there is room. */
function withNote(message: SlackMessage, note: string): SlackMessage {
  if (message.blocks.length >= SLACK_LIMITS.blocks) return message;
  return { ...message, blocks: [contextOfText(escapeMrkdwn(note)), ...message.blocks] };
}

/** What a card request answered: the card was uploaded, or a message to send instead. */
export type CardAnswer =
  | { readonly kind: 'uploaded' }
  | { readonly kind: 'message'; readonly message: SlackMessage; readonly visibility: Visibility };

/**
 * Answers a reply to a card request. A quote is drawn and uploaded into the channel (or thread) with its
 * alt text; files cannot be ephemeral, so a private quote, a bot without cards, or a card that failed is
 * answered with the text quote and a line saying why. Anything else (no match, …) is rendered as usual.
 */
export async function answerCardRequest(
  deps: SlackDeps,
  client: webApi.WebClient,
  reply: BotReply,
  destination: CardDestination,
  visibility: Visibility,
): Promise<CardAnswer> {
  const text = (note?: string, as: Visibility = visibility): CardAnswer => {
    const message = renderReply(reply, deps.names, as);
    return {
      kind: 'message',
      message: note === undefined ? message : withNote(message, note),
      visibility: as,
    };
  };
  if (reply.kind !== 'quote' || !reply.card)
    return text(undefined, reply.kind === 'quote' ? visibility : 'private');
  if (visibility === 'private') return text(en.cardNotPrivate);
  if (!deps.cards) return text(en.cardUnavailable);
  try {
    const card = await deps.cards.paint(cardRequestForHit(reply.hit, undefined, reply.speaker));
    await uploadCard(client, card, destination);
    return { kind: 'uploaded' };
  } catch (error) {
    deps.logger.error({ err: error }, 'slack quote card failed');
    return text(en.cardFailed);
  }
}
