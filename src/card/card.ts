import type { Highlight } from '../search/result.js';

/** The size of a card: the 1.91:1 image that link previews use. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const CardTheme = { Light: 'light', Dark: 'dark' } as const;
export type CardTheme = (typeof CardTheme)[keyof typeof CardTheme];
export const CARD_THEMES: readonly CardTheme[] = Object.values(CardTheme);

/** Who said it and where: the card's footer. */
export interface CardAttribution {
  readonly author: string;
  readonly title: string;
  readonly publication: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
}

/** Everything a card shows. Two equal requests give the same image, so this is also its cache key. */
export interface CardRequest {
  readonly text: string;
  /** Ranges of `text` to highlight, [start, end), sorted and disjoint. */
  readonly highlights: readonly Highlight[];
  /**
   * The marks the alt text puts around `text`, as the chat puts them around its passage (`quoteMarksFor` of
   * the passage, none when `text` had a mark added to balance it); when absent, `quoteMarksFor(text)`.
   */
  readonly marks?: readonly [open: string, close: string];
  readonly attribution: CardAttribution;
  readonly theme: CardTheme;
}

/**
 * A rendered card. `missingGlyphs` lists text the fonts could not draw (empty when every glyph was found).
 */
export interface CardImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** A plain-text description for screen readers: the quote and who said it. */
  readonly altText: string;
  readonly missingGlyphs: readonly string[];
}

/**
 * Port: whatever turns a card request into an image. The runtime's renderer draws it off the event loop and
 * caches it; the core only decides what the card says.
 */
export interface CardPainter {
  paint(request: CardRequest): Promise<CardImage>;
}

/**
 * Port: the width of a piece of text at a font size of 1 (so in ems), as the renderer's fonts will draw it.
 * `face` says which of the card's faces sets it.
 */
export type TextMeasure = (text: string, face: CardFace) => number;

export const CardFace = { Quote: 'quote', Caption: 'caption', CaptionBold: 'caption-bold' } as const;
export type CardFace = (typeof CardFace)[keyof typeof CardFace];
