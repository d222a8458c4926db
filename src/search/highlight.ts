import type { Highlight } from './result.js';
import type { Token } from '../text/tokenize.js';
import type { Alternative, QueryTerm, QueryUnit } from './query.js';

/** The token at `position` whose term the unit has (the first such), if any. */
function tokenAt(tokens: readonly Token[], position: number, unit: QueryUnit): Token | undefined {
  return tokens.find((t) => t.position === position && unit.has(t.term));
}

/** The best match of an alternative among a passage's tokens, and the tokens that carry it. */
function matchAlternative(
  tokens: readonly Token[],
  alternative: Alternative,
): { quality: number; tokens: Token[] } {
  const units = alternative.units;
  const first = units[0];
  if (!first) return { quality: 0, tokens: [] };
  let best = 0;
  let bestToken: Token | undefined;
  for (const token of tokens) {
    const q0 = first.get(token.term);
    if (q0 === undefined) continue;
    let quality = q0;
    for (let u = 1; u < units.length; u++) {
      const next = tokenAt(tokens, token.position + u, units[u]!);
      if (!next) {
        quality = 0;
        break;
      }
      quality = Math.min(quality, units[u]!.get(next.term)!);
    }
    if (quality > best) {
      best = quality;
      bestToken = token;
    }
  }
  if (!bestToken) return { quality: 0, tokens: [] };
  // The run is read again for the best token only: most tokens that start a match are not the best.
  const run = [bestToken];
  for (let u = 1; u < units.length; u++) run.push(tokenAt(tokens, bestToken.position + u, units[u]!)!);
  return { quality: best, tokens: run };
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
