import type { Token } from '../text/tokenize.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryTerm } from './query.js';
import type { IndexedPassage, SentenceIndex } from './sentence-index.js';

/** A passage that matched, before it is turned into a hit. */
export interface ScoredPassage {
  readonly at: number;
  readonly score: number;
  readonly rank: number;
}

/** Start positions of an alternative's matches in a passage, with the match quality. */
function matchAlternative(
  entry: IndexedPassage,
  alternative: Alternative,
): { quality: number; tokens: Token[] } {
  const [first, ...rest] = alternative.units;
  if (!first) return { quality: 0, tokens: [] };
  let best = 0;
  let bestTokens: Token[] = [];
  for (const token of entry.tokens) {
    const q0 = first.get(token.term);
    if (q0 === undefined) continue;
    let quality = q0;
    const run = [token];
    for (const [i, unit] of rest.entries()) {
      const next = entry.tokens.find((t) => t.position === token.position + i + 1 && unit.has(t.term));
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

/** The quality with which `term` is found in a passage, and the tokens that carry it. */
export function matchTerm(entry: IndexedPassage, term: QueryTerm): { quality: number; tokens: Token[] } {
  let best: { quality: number; tokens: Token[] } = { quality: 0, tokens: [] };
  for (const alternative of term.alternatives) {
    const found = matchAlternative(entry, alternative);
    if (found.quality > best.quality) best = found;
  }
  return best;
}

function candidatesOf(index: SentenceIndex, terms: readonly QueryTerm[]): Set<number> {
  const candidates = new Set<number>();
  for (const term of terms) {
    for (const alternative of term.alternatives) {
      for (const word of alternative.units[0]?.keys() ?? []) {
        for (const at of index.postings.get(word) ?? []) candidates.add(at);
      }
    }
  }
  return candidates;
}

/**
 * Words a sentence must match: all of a query of up to three words (a short query is specific: "South Korea"
 * is not "Korea"), else a share of it, never fewer than three.
 */
export function requiredMatches(termCount: number, minCoverage: number): number {
  return termCount <= 3 ? termCount : Math.max(3, Math.ceil(minCoverage * termCount));
}

/**
 * Scores passages against query terms. `score` (0–1) is the share of the query found, each word weighted
 * by its rarity and by how it was found (exact, inflection, synonym, typo), times a bonus for query words
 * found side by side. `rank` adds a small preference for shorter sentences, as BM25's length norm does.
 */
export function scorePassages(
  index: SentenceIndex,
  terms: readonly QueryTerm[],
  options: SearchOptions,
  accept: (entry: IndexedPassage) => boolean,
): ScoredPassage[] {
  if (terms.length === 0) return [];
  const candidates = [...candidatesOf(index, terms)].filter((at) => accept(index.passages[at]!));
  const matches = candidates.map((at) => terms.map((term) => matchTerm(index.passages[at]!, term)));
  const total = index.passages.length;
  const weights = terms.map((_, i) => {
    const df = matches.filter((row) => row[i]!.quality > 0).length;
    return 1 + Math.log(1 + total / (1 + df));
  });
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const required = requiredMatches(terms.length, options.minCoverage);
  const scored: ScoredPassage[] = [];
  for (const [c, at] of candidates.entries()) {
    const row = matches[c]!;
    const found = row.filter((match) => match.quality > 0).length;
    if (found < required || terms.some((term, i) => term.required && row[i]!.quality === 0)) continue;
    const coverage = row.reduce((sum, match, i) => sum + match.quality * weights[i]!, 0) / weightSum;
    let adjacent = 0;
    for (let i = 0; i + 1 < row.length; i++) {
      const left = row[i]!.tokens.at(-1);
      const right = row[i + 1]!.tokens[0];
      if (left && right && right.position === left.position + 1) adjacent += 1;
    }
    const adjacency = row.length === 1 ? 1 : adjacent / (row.length - 1);
    const score = coverage * (0.9 + 0.1 * adjacency);
    if (score < options.minScore) continue;
    const entry = index.passages[at]!;
    const lengthNorm = 1 / (0.5 + (0.5 * entry.length) / index.averageLength);
    scored.push({ at, score, rank: score + 0.03 * Math.min(lengthNorm, 2) });
  }
  return scored.sort((a, b) => b.rank - a.rank || a.at - b.at);
}
