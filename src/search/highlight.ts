import type { Highlight } from './result.js';
import type { Token } from '../text/tokenize.js';
import type { Alternative, QueryTerm } from './query.js';

/** The best match of an alternative among a passage's tokens, and the tokens that carry it. */
function matchAlternative(
  tokens: readonly Token[],
  alternative: Alternative,
): { quality: number; tokens: Token[] } {
  const [first, ...rest] = alternative.units;
  if (!first) return { quality: 0, tokens: [] };
  let best = 0;
  let bestTokens: Token[] = [];
  for (const token of tokens) {
    const q0 = first.get(token.term);
    if (q0 === undefined) continue;
    let quality = q0;
    const run = [token];
    for (const [i, unit] of rest.entries()) {
      const next = tokens.find((t) => t.position === token.position + i + 1 && unit.has(t.term));
      if (!next) {
        quality = 0;
        break;
      }
      quality = Math.min(quality, unit.get(next.term)!);
      run.push(next);
    }
    if (quality > best) {
      best = quality;
      bestTokens = run;
    }
  }
  return { quality: best, tokens: bestTokens };
}

/** The quality with which `term` is found among a passage's tokens, and the tokens that carry it. */
export function matchTerm(tokens: readonly Token[], term: QueryTerm): { quality: number; tokens: Token[] } {
  let best: { quality: number; tokens: Token[] } = { quality: 0, tokens: [] };
  for (const alternative of term.alternatives) {
    const found = matchAlternative(tokens, alternative);
    if (found.quality > best.quality) best = found;
  }
  return best;
}

/** Sorted, disjoint ranges; words matched side by side ("red line") become one range. */
export function mergeRanges(text: string, ranges: Highlight[]): Highlight[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || /^[ \t\-‐‑]+$/.test(text.slice(last[1], start))))
      last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
