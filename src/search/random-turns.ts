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
  return pool.map((_, turn) => quoteOfTurn(pool, turn));
}

/** The quote an article gives on its `turn` (counted from 0) of the walk `strided` makes. */
function quoteOfTurn(pool: readonly Passage[], turn: number): Passage {
  return pool[(turn * strideOf(pool.length)) % pool.length]!;
}

/** The turn on which an article gives the quote at `at` of its pool: the inverse of `quoteOfTurn`. */
function turnOfQuote(count: number, at: number): number {
  const stride = strideOf(count);
  let turn = 0;
  // The turns that give `at` are those where turn × stride ≡ at (mod count): one, stride and count being coprime.
  while ((turn * stride) % count !== at) turn += 1;
  return turn;
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
  return indexOfTurn(sizes, article, Math.min(size - 1, Math.floor((scaled - article) * size)));
}

/**
 * The quote at `index` of `quotesInTurns(pools)`, found from the pools' sizes rather than by building the
 * whole walk (a library of 100,000 sentences would build it for every random quote). Undefined past its end.
 */
export function quoteInTurns(pools: readonly (readonly Passage[])[], index: number): Passage | undefined {
  const used = pools.filter((pool) => pool.length > 0);
  const sizes = used.map((pool) => pool.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (index < 0 || index >= total) return undefined;
  // The last turn whose quotes all come before `index`: each turn has fewer quotes than the one before.
  let low = 0;
  let high = Math.max(...sizes);
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (quotesBefore(sizes, middle) <= index) low = middle;
    else high = middle;
  }
  // The articles that still have a quote on that turn, in library order.
  let left = index - quotesBefore(sizes, low);
  const pool = used.find((each) => each.length > low && left-- === 0)!;
  return quoteOfTurn(pool, low);
}

/** Where `passage` is in `quotesInTurns(pools)`, without building it; undefined when no pool holds it. */
export function indexInTurns(pools: readonly (readonly Passage[])[], passage: Passage): number | undefined {
  const used = pools.filter((pool) => pool.length > 0);
  for (const [article, pool] of used.entries()) {
    const at = pool.findIndex((each) => each.id === passage.id);
    if (at < 0) continue;
    return indexOfTurn(
      used.map((each) => each.length),
      article,
      turnOfQuote(pool.length, at),
    );
  }
  return undefined;
}

/** Where the `turn` of the article at `article` is in the walk: every quote of the turns before, then this turn's. */
function indexOfTurn(sizes: readonly number[], article: number, turn: number): number {
  return quotesBefore(sizes, turn) + sizes.slice(0, article).filter((each) => each > turn).length;
}

/** How many quotes the turns before `turn` give. */
function quotesBefore(sizes: readonly number[], turn: number): number {
  return sizes.reduce((sum, each) => sum + Math.min(each, turn), 0);
}
