import Fuse from 'fuse.js';
import { foldText } from '../text/fold.js';
import type { ScoredPassage } from './score.js';

/**
 * Re-ranks the index's best candidates with fuse.js (token search over their text, the whole query, stop
 * words included), blended with the index's own rank: `rank + weight × (1 − fuse score)`. The index
 * decides what is found and weighs it; fuse.js mostly breaks near-ties, e.g. in favour of the sentence
 * that also has the query's small words ("in the course of"). Measured: fuse.js's order alone is worse.
 */
export function rerankWithFuse(
  query: string,
  scored: readonly ScoredPassage[],
  /** The passage's folded text (`foldText`). */
  textOf: (at: number) => string,
  weight: number,
): ScoredPassage[] {
  if (weight <= 0 || !hasNearTies(scored, weight)) return [...scored];
  const fuse = new Fuse(
    scored.map((item) => textOf(item.at)),
    { includeScore: true, ignoreLocation: true, useTokenSearch: true, threshold: 0.6 },
  );
  const similarity = new Map<number, number>();
  for (const result of fuse.search(foldText(query))) similarity.set(result.refIndex, 1 - (result.score ?? 1));
  return scored
    .map((item, i) => ({ item, blended: item.rank + weight * (similarity.get(i) ?? 0) }))
    .sort((a, b) => b.blended - a.blended || a.item.at - b.item.at)
    .map(({ item }) => item);
}

/** Blending adds at most `weight`: items further apart than that keep their order, and fuse.js is skipped. */
function hasNearTies(scored: readonly ScoredPassage[], weight: number): boolean {
  for (let i = 1; i < scored.length; i++) if (scored[i - 1]!.rank - scored[i]!.rank < weight) return true;
  return false;
}
