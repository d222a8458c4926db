import type { Highlight } from './result.js';
import type { Token } from '../text/tokenize.js';
import type { Alternative, QueryTerm, QueryUnit } from './query.js';

/** The token at `position` whose term the unit has (the first such), if any. */
function tokenAt(tokens: readonly Token[], position: number, unit: QueryUnit): Token | undefined {
  return tokens.find((t) => t.position === position && unit.has(t.term));
}

/**
 * The best match of an alternative among a passage's tokens, and the tokens that carry it: every run at that
 * quality, so that a word the passage says twice is shown twice ("forces … tactical air forces").
 */
function matchAlternative(
  tokens: readonly Token[],
  alternative: Alternative,
): { quality: number; tokens: Token[] } {
  const units = alternative.units;
  const first = units[0];
  if (!first) return { quality: 0, tokens: [] };
  let best = 0;
  let starts: Token[] = [];
  for (const token of tokens) {
    const q0 = first.get(token.term);
    if (q0 === undefined || q0 < best) continue;
    let quality = q0;
    for (let u = 1; u < units.length && quality >= best; u++) {
      const next = tokenAt(tokens, token.position + u, units[u]!);
      quality = next ? Math.min(quality, units[u]!.get(next.term)!) : 0;
    }
    if (quality <= 0 || quality < best) continue;
    if (quality > best) {
      best = quality;
      starts = [];
    }
    starts.push(token);
  }
  // The runs are read again for the best tokens only: most tokens that start a match are not the best.
  const run: Token[] = [];
  for (const start of starts) {
    run.push(start);
    for (let u = 1; u < units.length; u++) run.push(tokenAt(tokens, start.position + u, units[u]!)!);
  }
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

/** A term for a figure: "40", "6.2", "1,150". */
const FIGURE = /^\p{N}/u;

/**
 * The tokens each term marks in a passage (`matchTerm`), where a unit the query writes after or on a figure
 * ("%" of "40%", "C" of "6.2 °C") marks only what goes with that figure: the "%" of "10%" and the "C" of
 * "2.1 °C" are no match of "40%" or "6.2 °C". The unit written alone ("percent") marks every one.
 */
export function markedTokens(tokens: readonly Token[], terms: readonly QueryTerm[]): Token[] {
  const marked = terms.map((term) => matchTerm(tokens, term).tokens);
  const figures = new Set(
    tokens.filter((token) => !token.alias && FIGURE.test(token.term)).map((token) => token.position),
  );
  return marked.flatMap((found, i) => {
    if (i === 0 || !FIGURE.test(terms[i - 1]!.label)) return found;
    const withFigure = new Set(marked[i - 1]!.flatMap((token) => [token.position, token.position + 1]));
    // A unit on a figure (an alias of "10%") or after one ("2.1 °C") goes with that figure.
    const onFigure = (token: Token): boolean =>
      (token.alias && figures.has(token.position)) || figures.has(token.position - 1);
    return found.filter((token) => !onFigure(token) || withFigure.has(token.position));
  });
}

/** An identifier of words joined by underscores, as code and config write them: `server_lifetime`, `dns_max_ttl`. */
const JOINED_BY_UNDERSCORES = /[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+/gu;

/**
 * A range widened to the identifier of words joined by underscores it falls in (`server_lifetime` for a match of
 * "lifetime" in it): the identifier is one word to its reader, highlighted whole, never piece by piece.
 */
function widenedToIdentifier(text: string, [start, end]: Highlight): Highlight {
  for (const found of text.matchAll(JOINED_BY_UNDERSCORES)) {
    const from = found.index;
    const to = from + found[0].length;
    if (from > end) break;
    if (start >= from && end <= to) return [from, to];
  }
  return [start, end];
}

/**
 * Sorted, disjoint ranges; words matched side by side ("red line") become one range, and so does an identifier
 * of words joined by underscores any of whose words is matched (`server_lifetime`).
 */
export function mergeRanges(text: string, ranges: Highlight[]): Highlight[] {
  const widened = text.includes('_') ? ranges.map((range) => widenedToIdentifier(text, range)) : ranges;
  const sorted = widened.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || /^[ \t\-‐‑]+$/.test(text.slice(last[1], start))))
      last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
