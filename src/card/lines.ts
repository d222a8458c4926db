import type { CardToken } from './tokens.js';

/** Token widths in ems, measured once and reused at every font size. */
export interface MeasuredTokens {
  readonly tokens: readonly CardToken[];
  readonly widths: readonly number[];
  readonly space: number;
}

/**
 * Greedy line breaking: each line takes tokens while they fit in `maxWidth` ems. Returns the token count of
 * each line, or null when a single token is wider than a line.
 */
export function breakLines(measured: MeasuredTokens, maxWidth: number): number[] | null {
  const counts: number[] = [];
  let width = 0;
  let count = 0;
  measured.tokens.forEach((token, index) => {
    const own = measured.widths[index]!;
    const gap = token.spaceBefore ? measured.space : 0;
    if (count > 0 && width + gap + own > maxWidth) {
      counts.push(count);
      width = own;
      count = 1;
    } else {
      width += count > 0 ? gap + own : own;
      count++;
    }
  });
  if (count > 0) counts.push(count);
  const tooWide = measured.widths.some((width) => width > maxWidth);
  return tooWide ? null : counts;
}

/** Where a sentence ends: after . ! ? or their CJK forms, with any closing quote or bracket. */
export function endsSentence(token: CardToken): boolean {
  return /[.!?。！？…؟][\p{Pe}\p{Pf}"'’”»]*$/u.test(token.text);
}
