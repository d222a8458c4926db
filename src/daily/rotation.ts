import type { Passage } from '../content/article.js';
import { hashString, seededRandom, shuffleWith } from './prng.js';
import { channelKey, type ChannelRef } from './schedule.js';

/** A passage already used by a channel: posted, or possibly posted. */
export interface UsedPassage {
  readonly passageId: string;
  readonly cycle: number;
  readonly localDate: string;
}

/** The passage to post next, and the rotation cycle it belongs to (0 for the first pass). */
export interface RotationPick {
  readonly passage: Passage;
  readonly cycle: number;
}

/**
 * The order a channel walks the pool in during one cycle, article first: one passage of each article in
 * turn (the articles in a shuffled order, each article's passages in a shuffled order of its own),
 * skipping an article once it is used up. So a cycle's first posts come from as many different articles,
 * and a few long speeches do not crowd out a dozen short news stories for weeks, as one flat shuffle of
 * every passage did. An article longer than every other is spread evenly over the cycle after its first
 * turn (`spreadLongest`) rather than left alone at its end, where it was the post of many days running.
 * Seeded by channel and cycle; it depends on nothing else but the content, so every instance walks the
 * same order.
 */
export function rotationOrder(channel: ChannelRef, cycle: number, pool: readonly Passage[]): Passage[] {
  // One seeded sequence shuffles each article's passages in turn, then the articles. A pool of one
  // article draws first from it (and shuffling one article draws nothing), so its order is the very
  // shuffle it had when the rotation was one flat shuffle: a one-article schedule goes on as it did.
  const random = seededRandom(hashString(`${channelKey(channel)}#${cycle}`));
  const articles = passagesByArticle(pool).map((passages) => shuffleWith(passages, random));
  return spreadLongest(shuffleWith(articles, random));
}

/**
 * Turns (`takeTurns`) of the lists, except that a list longer than every other does not take turns after
 * the first: its other items are spread evenly between the other lists' items (themselves ordered so), so
 * they are not left to the end, one list's items in a row (the longest article's leftovers were once
 * posted four days running). The first turn stays one item of each list, in the lists' order. Lists of
 * which two share the greatest length, or a single list, take plain turns: they never leave one list alone
 * at the end.
 */
export function spreadLongest<T>(lists: readonly (readonly T[])[]): T[] {
  const sizes = lists.map((list) => list.length);
  const most = Math.max(0, ...sizes);
  const longest = sizes.indexOf(most);
  if (lists.length < 2 || sizes.filter((size) => size === most).length > 1) return takeTurns(lists);
  const order = lists.flatMap((list) => list.slice(0, 1));
  // The others after their first turn are spread the same way: the next longest is not left alone either.
  const rest = spreadLongest(lists.filter((_, index) => index !== longest).map((list) => list.slice(1)));
  const spread = lists[longest]!.slice(1);
  // The gaps are before each of `rest` and after the last; gap g holds the items up to ⌊(g+1)·k/G⌋, so
  // the counts differ by one at most and the smallest count comes first, after the first turn.
  const gaps = rest.length + 1;
  let placed = 0;
  for (let gap = 0; gap < gaps; gap++) {
    const upTo = Math.floor(((gap + 1) * spread.length) / gaps);
    order.push(...spread.slice(placed, upTo));
    placed = upTo;
    if (gap < rest.length) order.push(rest[gap]!);
  }
  return order;
}

/** The pool's passages grouped by article, the articles in the order the pool first names them. */
function passagesByArticle(pool: readonly Passage[]): Passage[][] {
  const groups = new Map<string, Passage[]>();
  for (const passage of pool) {
    const group = groups.get(passage.slug);
    if (group === undefined) groups.set(passage.slug, [passage]);
    else group.push(passage);
  }
  return [...groups.values()];
}

/**
 * Round-robin: the first item of each list, then the second of each, and so on; a used-up list is skipped.
 */
export function takeTurns<T>(lists: readonly (readonly T[])[]): T[] {
  const order: T[] = [];
  const longest = lists.reduce((most, list) => Math.max(most, list.length), 0);
  for (let turn = 0; turn < longest; turn++)
    for (const list of lists) if (turn < list.length) order.push(list[turn]!);
  return order;
}

/**
 * Picks the next passage for a channel: the first of the current cycle's order (`rotationOrder`) that the
 * cycle has not used yet, so a cycle stored under another order goes on without a repeat. Once every
 * passage of the pool was used, a new cycle starts with a new order; its first post comes from another
 * article than the one posted last when there is one, and is never the passage posted last, so no
 * passage appears twice in a row. Undefined when the pool is empty.
 */
export function nextPassage(
  channel: ChannelRef,
  pool: readonly Passage[],
  used: readonly UsedPassage[],
): RotationPick | undefined {
  if (pool.length === 0) return undefined;
  const cycle = used.reduce((highest, entry) => Math.max(highest, entry.cycle), 0);
  const usedInCycle = new Set(used.filter((entry) => entry.cycle === cycle).map((entry) => entry.passageId));
  const remaining = rotationOrder(channel, cycle, pool).find((passage) => !usedInCycle.has(passage.id));
  if (remaining !== undefined) return { passage: remaining, cycle };
  const order = rotationOrder(channel, cycle + 1, pool);
  const last = [...used].sort((a, b) => a.localDate.localeCompare(b.localDate)).at(-1)?.passageId;
  const lastArticle = pool.find((passage) => passage.id === last)?.slug;
  const first =
    order.find((passage) => passage.slug !== lastArticle) ??
    order.find((passage) => passage.id !== last) ??
    order[0]!;
  return { passage: first, cycle: cycle + 1 };
}

/** How far a channel is through its rotation: the cycle, and how many of the pool it has used in it. */
export function rotationProgress(
  pool: readonly Passage[],
  used: readonly UsedPassage[],
): { cycle: number; used: number; total: number } {
  const cycle = used.reduce((highest, entry) => Math.max(highest, entry.cycle), 0);
  const ids = new Set(pool.map((passage) => passage.id));
  const inCycle = new Set(
    used.filter((entry) => entry.cycle === cycle && ids.has(entry.passageId)).map((entry) => entry.passageId),
  );
  return { cycle, used: inCycle.size, total: pool.length };
}
