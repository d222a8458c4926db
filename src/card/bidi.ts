import type { CardToken, TextDirection, TokenPart } from './tokens.js';

/**
 * The visual order of one line's tokens (indices into `tokens`, left to right), by the Unicode bidi rules at
 * token level: right-to-left words run right to left, a left-to-right run inside them keeps its order, and
 * digits and punctuation take the direction around them. Inside a token the renderer shapes the text itself.
 */
export function visualOrder(tokens: readonly CardToken[], paragraph: TextDirection): number[] {
  const base = paragraph === 'rtl' ? 1 : 0;
  const strong = tokens.map((token) => token.direction);
  const texts = tokens.map((token) => token.text);
  const levels = strong.map((direction, index) => {
    const resolved = direction ?? neutralDirection(strong, texts, index, paragraph);
    if (resolved === paragraph) return base;
    return resolved === 'rtl' ? 1 : 2;
  });
  const order = tokens.map((_, index) => index);
  const highest = Math.max(0, ...levels);
  for (let level = highest; level >= 1; level--) {
    let index = 0;
    while (index < order.length) {
      if (levels[order[index]!]! < level) {
        index++;
        continue;
      }
      let end = index;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      order.splice(index, end - index, ...order.slice(index, end).reverse());
      index = end;
    }
  }
  return order;
}

/** A neutral token between two tokens of one direction takes it; otherwise the paragraph's. */
function neutralDirection(
  strong: readonly (TextDirection | null)[],
  texts: readonly string[],
  index: number,
  paragraph: TextDirection,
): TextDirection {
  const before = strong.slice(0, index).findLast((direction) => direction !== null);
  // A number after left-to-right text stays with it (rule W7): "May 17, 2020" keeps its order.
  if (before === 'ltr' && /\p{Nd}/u.test(texts[index] ?? '')) return 'ltr';
  const after = strong.slice(index + 1).find((direction) => direction !== null);
  return before !== undefined && before === after ? before : paragraph;
}

/**
 * Punctuation at the edges of a word: neutral in the bidi rules. Brackets are left out: moved, they would
 * also have to be mirrored (rule L4), and drawn as they are they already face the word.
 */
const LEADING_NEUTRALS = /^[^\p{L}\p{N}\p{M}()[\]{}<>«»‹›]+/u;
const TRAILING_NEUTRALS = /[^\p{L}\p{N}\p{M}()[\]{}<>«»‹›]+$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A token's parts as they are drawn, left to right. A right-to-left word is shaped by the renderer as a
 * whole, but punctuation at its edges is neutral: by rules W1–N2 a trailing comma after "الحسيني" in a
 * right-to-left line belongs to the right-to-left run and so stands at the word's left, where the renderer
 * (which lays a token out left to right) would put it on the right. Such edge punctuation is moved to the
 * side the bidi rules give it: a neutral next to the word takes the word's direction when the paragraph
 * or the next strong text on that side is right to left.
 */
export function drawnParts(
  tokens: readonly CardToken[],
  index: number,
  paragraph: TextDirection,
): readonly TokenPart[] {
  const token = tokens[index]!;
  if (token.direction !== 'rtl') return token.parts;
  const strongAfter = tokens.slice(index + 1).find((t) => t.direction !== null)?.direction ?? paragraph;
  const strongBefore = tokens.slice(0, index).findLast((t) => t.direction !== null)?.direction ?? paragraph;
  const lead = LEADING_NEUTRALS.exec(token.text)?.[0].length ?? 0;
  const trail = TRAILING_NEUTRALS.exec(token.text)?.[0].length ?? 0;
  const end = token.text.length;
  const moveTrail = trail > 0 && (paragraph === 'rtl' || strongAfter === 'rtl');
  const moveLead = lead > 0 && lead + trail < end && (paragraph === 'rtl' || strongBefore === 'rtl');
  if (!moveTrail && !moveLead) return token.parts;
  const middleFrom = moveLead ? lead : 0;
  const middleTo = moveTrail ? end - trail : end;
  return [
    ...(moveTrail ? reversed(sliceParts(token.parts, middleTo, end)) : []),
    ...sliceParts(token.parts, middleFrom, middleTo),
    ...(moveLead ? reversed(sliceParts(token.parts, 0, lead)) : []),
  ];
}

/** The parts covering [from, to) of the text the parts spell. */
function sliceParts(parts: readonly TokenPart[], from: number, to: number): TokenPart[] {
  const out: TokenPart[] = [];
  let at = 0;
  for (const part of parts) {
    const start = Math.max(from, at);
    const stop = Math.min(to, at + part.text.length);
    if (start < stop) out.push({ ...part, text: part.text.slice(start - at, stop - at) });
    at += part.text.length;
  }
  return out;
}

/** Right-to-left punctuation runs are read from the right: their characters are drawn in reverse. */
function reversed(parts: TokenPart[]): TokenPart[] {
  return parts.reverse().map((part) => ({
    ...part,
    text: [...graphemes.segment(part.text)]
      .map(({ segment }) => segment)
      .reverse()
      .join(''),
  }));
}
