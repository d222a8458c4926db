import type { CardToken, TextDirection } from './tokens.js';

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
