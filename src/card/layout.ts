import { byline, otherPublication } from '../content/article.js';
import { drawnParts, visualOrder } from './bidi.js';
import { CardFace, type CardRequest, type TextMeasure } from './card.js';
import { breakLines, endsSentence, type MeasuredTokens } from './lines.js';
import { DEFAULT_CARD_LAYOUT, quoteHeight, textWidth, type CardLayoutOptions } from './options.js';
import {
  directionOf,
  syntheticToken,
  tokenize,
  type CardToken,
  type TextDirection,
  type TokenPart,
} from './tokens.js';
import { formatCardDate } from './date.js';

/** One token as drawn: its parts, and the space to its left in pixels. */
export interface CardItem {
  readonly parts: readonly TokenPart[];
  readonly gapBefore: number;
}

/** A line in visual order (left to right). */
export interface CardLine {
  readonly items: readonly CardItem[];
}

export interface CardTextBlock {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly direction: TextDirection;
  readonly lines: readonly CardLine[];
}

/** What a card shows and where: computed by the core, drawn by the runtime's renderer. */
export interface CardLayout {
  readonly quote: CardTextBlock;
  readonly author: CardTextBlock;
  readonly source: CardTextBlock;
  /** True when the quote was cut and ends (or starts) with an ellipsis. */
  readonly truncated: boolean;
  readonly options: CardLayoutOptions;
}

const ELLIPSIS = '…';

/**
 * Lays a card out: the largest quote size at which the whole quote fits; failing that, the smallest size
 * with the quote cut at a sentence end (or else a word) and an ellipsis, keeping the first highlight in view.
 */
export function layoutCard(
  request: CardRequest,
  measure: TextMeasure,
  options: CardLayoutOptions = DEFAULT_CARD_LAYOUT,
): CardLayout {
  const width = textWidth(options);
  const tokens = tokenize(request.text, request.highlights);
  const direction = directionOf(request.text) ?? 'ltr';
  const quote = fitQuote(tokens, measure, options, width);
  const { attribution } = request;
  // A credit too long for one line with its publication ("— Dr Helen Okoro, quoted by Priya Natarajan,
  // Harbourside Chronicle") gives the publication to the source line: the title is then what is cut, never
  // who published the words.
  const publication = otherPublication(attribution);
  const credit = `— ${byline(attribution)}`;
  const moved =
    publication !== undefined && measure(credit, CardFace.CaptionBold) > width / options.authorSize;
  return {
    quote: { ...quote.block, direction },
    author: oneLine(moved ? `— ${attribution.author}` : credit, CardFace.CaptionBold, options.authorSize),
    source: oneLine(
      attribution.title,
      CardFace.Caption,
      options.sourceSize,
      `${moved ? ` · ${publication}` : ''} · ${formatCardDate(attribution.date)}`,
    ),
    truncated: quote.truncated,
    options,
  };

  /** One line of text, cut with an ellipsis to leave room for a `suffix` that is always shown. */
  function oneLine(text: string, face: CardFace, fontSize: number, suffix = ''): CardTextBlock {
    const measured = measureTokens(tokenize(text), measure, face);
    const lineDirection = directionOf(text) ?? 'ltr';
    const maxWidth = width / fontSize - (suffix ? measure(suffix, face) : 0);
    const pieces = splitWideTokens(measured, measure, face, maxWidth);
    const cut = fitLines(pieces, maxWidth, 1, measure(ELLIPSIS, face), options);
    const tail = tokenize(suffix).map((token, index) =>
      index === 0 ? { ...token, spaceBefore: true } : token,
    );
    const fitted = { ...cut, tokens: [...cut.tokens, ...tail], counts: [cut.tokens.length + tail.length] };
    return {
      fontSize,
      lineHeight: options.lineHeight * fontSize,
      direction: lineDirection,
      lines: toLines(fitted, lineDirection, fontSize),
    };
  }

  function toLines(
    fitted: { tokens: readonly CardToken[]; counts: readonly number[]; space: number },
    lineDirection: TextDirection,
    fontSize: number,
  ): CardLine[] {
    let at = 0;
    return fitted.counts.map((count) => {
      const line = fitted.tokens.slice(at, at + count);
      at += count;
      return { items: placeItems(line, lineDirection, fitted.space * fontSize) };
    });
  }

  function fitQuote(
    all: CardToken[],
    measureText: TextMeasure,
    layout: CardLayoutOptions,
    maxWidth: number,
  ): { block: Omit<CardTextBlock, 'direction'>; truncated: boolean } {
    const measured = measureTokens(all, measureText, CardFace.Quote);
    const height = quoteHeight(layout);
    for (const size of layout.quoteSizes) {
      const counts = breakLines(measured, maxWidth / size);
      if (counts && counts.length * layout.lineHeight * size <= height) {
        const block = { tokens: measured.tokens, counts, space: measured.space };
        return { block: blockAt(block, size), truncated: false };
      }
    }
    const size = layout.quoteSizes.at(-1) ?? 32;
    const maxLines = Math.max(1, Math.floor(height / (layout.lineHeight * size)));
    const fitted = fitLines(
      splitWideTokens(measured, measureText, CardFace.Quote, maxWidth / size),
      maxWidth / size,
      maxLines,
      measureText(ELLIPSIS, CardFace.Quote),
      layout,
    );
    return { block: blockAt(fitted, size), truncated: fitted.truncated };

    function blockAt(
      fittedBlock: { tokens: readonly CardToken[]; counts: readonly number[]; space: number },
      fontSize: number,
    ): Omit<CardTextBlock, 'direction'> {
      return {
        fontSize,
        lineHeight: layout.lineHeight * fontSize,
        lines: toLines(fittedBlock, direction, fontSize),
      };
    }
  }

  function measureTokens(
    list: readonly CardToken[],
    measureText: TextMeasure,
    face: CardFace,
  ): MeasuredTokens {
    return {
      tokens: list,
      widths: list.map((token) => measureText(token.text, face)),
      space: measureText(' ', face),
    };
  }
}

/** Keeps as many tokens as fit in `maxLines`, cut with an ellipsis if they do not all fit. */
function fitLines(
  measured: MeasuredTokens,
  maxWidth: number,
  maxLines: number,
  ellipsisWidth: number,
  layout: CardLayoutOptions,
): { tokens: CardToken[]; counts: number[]; space: number; truncated: boolean } {
  const whole = breakLines(measured, maxWidth);
  if (whole && whole.length <= maxLines) {
    return { tokens: [...measured.tokens], counts: whole, space: measured.space, truncated: false };
  }
  const firstHighlight = measured.tokens.findIndex((token) => token.parts.some((p) => p.highlighted));
  const attempt = (start: number) => cut(measured, start, maxWidth, maxLines, ellipsisWidth, layout);
  const fromStart = attempt(0);
  if (firstHighlight < 0 || firstHighlight < fromStart.kept) return fromStart;
  return attempt(leadStart(measured.tokens, firstHighlight, layout.leadWords));
}

/** Where to start a quote whose first highlight would be cut off: its sentence, or a few words before it. */
function leadStart(tokens: readonly CardToken[], highlight: number, leadWords: number): number {
  let start = highlight;
  while (start > 0 && highlight - start < leadWords && !endsSentence(tokens[start - 1]!)) start--;
  return start;
}

function cut(
  measured: MeasuredTokens,
  start: number,
  maxWidth: number,
  maxLines: number,
  ellipsisWidth: number,
  layout: CardLayoutOptions,
): { tokens: CardToken[]; counts: number[]; space: number; truncated: boolean; kept: number } {
  const lead = start > 0 ? [syntheticToken(ELLIPSIS, false)] : [];
  const leadWidths = start > 0 ? [ellipsisWidth] : [];
  const rest = measured.tokens.slice(start);
  const restWidths = measured.widths.slice(start);
  const build = (count: number, atSentence: boolean) => {
    const kept = rest
      .slice(0, count)
      .map((token, index) => (index === 0 && start > 0 ? { ...token, spaceBefore: true } : token));
    const last = kept.at(-1);
    const tail = count < rest.length ? [syntheticToken(ELLIPSIS, atSentence)] : [];
    if (last && tail.length > 0 && !atSentence) kept[kept.length - 1] = trimTrailingPunctuation(last);
    const list = [...lead, ...kept, ...tail];
    const widths = [
      ...leadWidths,
      ...restWidths.slice(0, count),
      ...(tail.length > 0 ? [ellipsisWidth] : []),
    ];
    return { tokens: list, widths, space: measured.space };
  };
  const fits = (count: number, atSentence: boolean) => {
    const counts = breakLines(build(count, atSentence), maxWidth);
    return counts !== null && counts.length <= maxLines ? counts : null;
  };
  const lines = breakLines({ tokens: rest, widths: restWidths, space: measured.space }, maxWidth);
  let count = lines
    ? Math.min(
        rest.length,
        lines.slice(0, maxLines).reduce((a, b) => a + b, 0),
      )
    : 1;
  while (count > 1 && !fits(count, false)) count--;
  let atSentence = false;
  for (let k = count; k >= Math.ceil(count * layout.minSentenceShare) && k > 0; k--) {
    if (endsSentence(rest[k - 1]!) && fits(k, true)) {
      count = k;
      atSentence = k < rest.length;
      break;
    }
  }
  const built = build(count, atSentence);
  const counts = fits(count, atSentence) ?? [built.tokens.length];
  const truncated = start > 0 || count < rest.length;
  return { ...built, counts, truncated, kept: start + count };
}

/** A token ending in a comma, colon or dash reads badly before an ellipsis: drop that character. */
function trimTrailingPunctuation(token: CardToken): CardToken {
  const trimmed = token.text.replace(/[,;:\u2013\u2014-]+$/u, '');
  if (trimmed === token.text || trimmed.length === 0) return token;
  let remaining = trimmed.length;
  const parts: TokenPart[] = [];
  for (const part of token.parts) {
    if (remaining <= 0) break;
    parts.push({ ...part, text: part.text.slice(0, remaining) });
    remaining -= part.text.length;
  }
  return { ...token, text: trimmed, parts };
}

/** At the smallest size a token wider than a line (a long URL) is split between characters. */
function splitWideTokens(
  measured: MeasuredTokens,
  measure: TextMeasure,
  face: CardFace,
  maxWidth: number,
): MeasuredTokens {
  const tokens: CardToken[] = [];
  const widths: number[] = [];
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  measured.tokens.forEach((token, index) => {
    const width = measured.widths[index]!;
    if (width <= maxWidth) {
      tokens.push(token);
      widths.push(width);
      return;
    }
    let piece = '';
    let first = true;
    const flush = () => {
      const part = { text: piece, highlighted: token.parts.some((p) => p.highlighted) };
      tokens.push({ ...token, text: piece, spaceBefore: first && token.spaceBefore, parts: [part] });
      widths.push(measure(piece, face));
      first = false;
      piece = '';
    };
    for (const { segment } of graphemes.segment(token.text)) {
      if (piece && measure(piece + segment, face) > maxWidth) flush();
      piece += segment;
    }
    if (piece) flush();
  });
  return { tokens, widths, space: measured.space };
}

/** Orders a line's tokens for display and turns their spaces into pixel gaps. */
function placeItems(line: readonly CardToken[], direction: TextDirection, space: number): CardItem[] {
  const order = visualOrder(line, direction);
  return order.map((index, position) => {
    const left = order[position - 1];
    const gapBefore =
      left === undefined
        ? 0
        : Math.abs(left - index) === 1
          ? line[Math.max(left, index)]!.spaceBefore
            ? space
            : 0
          : space;
    return { parts: drawnParts(line, index, direction), gapBefore };
  });
}
