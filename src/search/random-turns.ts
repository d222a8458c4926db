import type { Passage } from '../content/article.js';
import { takeTurns } from '../daily/rotation.js';

/**
 * The step from one of an article's `count` quotes to its next: about 0.618 of them (the golden ratio's part,
 * which spreads the walk over the whole article), made coprime with `count` so that the walk meets every
 * quote once before any comes again.
 */
function strideOf(count: number): number {
  let stride = Math.max(1, Math.round(count * 0.618));
  while (greatestCommonDivisor(stride, count) !== 1) stride += 1;
  return stride;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** An article's quotes a stride apart (`strideOf`): its next quote is from elsewhere in it, not the sentence after. */
function strided(pool: readonly Passage[]): Passage[] {
  const stride = strideOf(pool.length);
  return pool.map((_, turn) => pool[(turn * stride) % pool.length]!);
}

/**
 * The random quotes of several articles (each article's pool) in the order "Another quote" walks them: the
 * articles take turns, as in the daily rotation (a quote of each, then a second of each, skipping an article
 * once it is used up), so that the next quote comes from another article and one long file does not fill the
 * walk; every quote comes once before any comes twice.
 */
export function quotesInTurns(pools: readonly (readonly Passage[])[]): Passage[] {
  return takeTurns(pools.filter((pool) => pool.length > 0).map(strided));
}

/**
 * Where a random quote is in `quotesInTurns(pools)`, for a number in [0, 1): an article first, each with an
 * equal chance, then one of its quotes. Not by their number of quotes, which let one big file (90 speeches
 * pasted together) give 9 random quotes of 10; nor by its square root, which would still give that file 4 of
 * 10 beside a dozen news stories: every article gets its turn, as in the daily rotation, whatever its length.
 */
export function randomTurn(pools: readonly (readonly Passage[])[], random: number): number {
  const sizes = pools.map((pool) => pool.length).filter((size) => size > 0);
  if (sizes.length === 0) return 0;
  const scaled = Math.min(Math.max(0, random), 1 - Number.EPSILON) * sizes.length;
  const article = Math.floor(scaled);
  const size = sizes[article]!;
  // The rest of the number picks the quote: which turn of its article it comes in.
  const turn = Math.min(size - 1, Math.floor((scaled - article) * size));
  // Every article's quotes of the turns before, then those of this turn before it.
  const before = sizes.reduce((sum, each) => sum + Math.min(each, turn), 0);
  return before + sizes.slice(0, article).filter((each) => each > turn).length;
}
