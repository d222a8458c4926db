import { cardRequestForPassage } from '../../src/card/request.js';
import type { CardImage, CardPainter, DailyPostRequest } from '../../src/index.js';

/** What a daily poster needs to post cards: the painter, and where to say that a card failed. */
export interface DailyCardOptions {
  /** Draws the cards (the runtime's worker); without it, card schedules are posted as text. */
  readonly cards?: CardPainter | undefined;
  /** Told when a card could not be drawn (the post then goes out as text). */
  readonly onCardFailed?: ((error: unknown, request: DailyPostRequest) => void) | undefined;
}

/**
 * The card of a daily post whose schedule asks for one, or undefined to post it as text: the schedule
 * posts text, this process draws no cards, or drawing failed. Drawing happens before anything is sent,
 * so a failed card never costs a second post.
 */
export async function dailyCard(
  request: DailyPostRequest,
  options: DailyCardOptions,
): Promise<CardImage | undefined> {
  if (request.schedule.card !== true || options.cards === undefined) return undefined;
  try {
    return await options.cards.paint(cardRequestForPassage(request.passage, request.article));
  } catch (error) {
    options.onCardFailed?.(error, request);
    return undefined;
  }
}
