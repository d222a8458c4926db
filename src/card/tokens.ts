import type { Highlight } from '../search/result.js';

/** A piece of a token, highlighted or not (a matched word can carry unmatched punctuation). */
export interface TokenPart {
  readonly text: string;
  readonly highlighted: boolean;
}

export type TextDirection = 'ltr' | 'rtl';

/**
 * The unit a line may break before: a word, or one character of Chinese or Japanese, which break between
 * characters. `spaceBefore` is false when it follows the previous token without a space.
 */
export interface CardToken {
  readonly text: string;
  readonly start: number;
  readonly spaceBefore: boolean;
  readonly parts: readonly TokenPart[];
  /** The direction of its first strong letter, or null for digits and punctuation. */
  readonly direction: TextDirection | null;
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
/** Scripts written without spaces, where a line may break between any two characters. */
const BREAK_ANYWHERE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Characters that must not start a line (closing punctuation, small kana, the prolonged sound mark). */
const NO_LINE_START = /^[\p{Pe}\p{Pf}\p{Po}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々]/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The direction a piece of text starts in: that of its first letter (digits and marks are neutral). */
export function directionOf(text: string): TextDirection | null {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return null;
}

/** Splits `text` into breakable tokens, each with its highlighted parts. */
export function tokenize(text: string, highlights: readonly Highlight[] = []): CardToken[] {
  const tokens: CardToken[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    let spaceBefore = tokens.length > 0;
    for (const [start, end] of breakUnits(word[0], word.index)) {
      const piece = text.slice(start, end);
      tokens.push({
        text: piece,
        start,
        spaceBefore,
        parts: highlightParts(text, start, end, highlights),
        direction: directionOf(piece),
      });
      spaceBefore = false;
    }
  }
  return tokens;
}

/** [start, end) ranges of a space-free word: the whole word, or one per character in CJK runs. */
function breakUnits(word: string, offset: number): [number, number][] {
  const units: [number, number][] = [];
  let previousBreaksAnywhere = false;
  for (const { segment, index } of graphemes.segment(word)) {
    const start = offset + index;
    const end = start + segment.length;
    const last = units.at(-1);
    const breaksAnywhere = BREAK_ANYWHERE.test(segment);
    const joinsPrevious =
      last !== undefined && (NO_LINE_START.test(segment) || (!breaksAnywhere && !previousBreaksAnywhere));
    if (last && joinsPrevious) last[1] = end;
    else units.push([start, end]);
    if (!NO_LINE_START.test(segment)) previousBreaksAnywhere = breaksAnywhere;
  }
  return units;
}

/** A letter or a digit: what a highlight box is drawn around. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The parts of a token, each highlighted where a highlight covers it and it has a letter or a digit: the
 * search merges two matched words across the dash between them ("fun - fun"), which the chat emboldens as
 * one, but a card paints each highlighted token in its own box, and a box around " - " alone marks no word.
 */
function highlightParts(
  text: string,
  start: number,
  end: number,
  highlights: readonly Highlight[],
): TokenPart[] {
  const parts: TokenPart[] = [];
  let at = start;
  for (const [from, to] of highlights) {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a >= b) continue;
    if (a > at) parts.push({ text: text.slice(at, a), highlighted: false });
    parts.push({ text: text.slice(a, b), highlighted: WORDLIKE.test(text.slice(a, b)) });
    at = b;
  }
  if (at < end) parts.push({ text: text.slice(at, end), highlighted: false });
  return parts;
}

/** A token made of new text, such as the ellipsis added where a quote is cut. */
export function syntheticToken(text: string, spaceBefore: boolean): CardToken {
  return { text, start: -1, spaceBefore, parts: [{ text, highlighted: false }], direction: null };
}
