import { CARD_SIZE } from './card.js';

/**
 * Where things go on a card, in pixels of the 1200×630 image. One defaults object; see DEFAULT_CARD_LAYOUT.
 */
export interface CardLayoutOptions {
  readonly paddingX: number;
  readonly paddingTop: number;
  readonly paddingBottom: number;
  /** Font sizes the quote may take, largest first: the largest at which it fits is used. */
  readonly quoteSizes: readonly number[];
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  readonly authorSize: number;
  readonly sourceSize: number;
  /** Space between the quote and the attribution. */
  readonly gap: number;
  /**
   * With the quote cut, keep at least this share of what fits when ending at a sentence rather than a word.
   */
  readonly minSentenceShare: number;
  /** Words shown before the first highlight when the start of a long quote has to go. */
  readonly leadWords: number;
}

export const DEFAULT_CARD_LAYOUT: CardLayoutOptions = {
  paddingX: 88,
  paddingTop: 84,
  paddingBottom: 56,
  quoteSizes: [64, 60, 56, 52, 48, 45, 42, 39, 36, 34, 32, 30],
  lineHeight: 1.32,
  authorSize: 30,
  sourceSize: 24,
  gap: 28,
  minSentenceShare: 0.6,
  leadWords: 6,
};

/** The width available to text on a card. */
export function textWidth(options: CardLayoutOptions): number {
  return CARD_SIZE.width - 2 * options.paddingX;
}

/** The height left for the quote once the attribution has its two lines. */
export function quoteHeight(options: CardLayoutOptions): number {
  const attribution = options.lineHeight * (options.authorSize + options.sourceSize);
  return CARD_SIZE.height - options.paddingTop - options.paddingBottom - options.gap - attribution;
}
