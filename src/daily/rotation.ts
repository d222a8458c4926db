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
 * every passage did. Seeded by channel and cycle; it depends on nothing else but the content, so every
 * instance walks the same order.
 */
export function rotationOrder(channel: ChannelRef, cycle: number, pool: readonly Passage[]): Passage[] {
  // One seeded sequence shuffles each article's passages in turn, then the articles. A pool of one
  // article draws first from it (and shuffling one article draws nothing), so its order is the very
  // shuffle it had when the rotation was one flat shuffle: a one-article schedule goes on as it did.
  const random = seededRandom(hashString(`${channelKey(channel)}#${cycle}`));
  const articles = passagesByArticle(pool).map((passages) => shuffleWith(passages, random));
  return takeTurns(shuffleWith(articles, random));
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
 * passage of the pool was used, a new cycle starts with a new order; its first passage is never the one
 * posted last, so no passage appears twice in a row. Undefined when the pool is empty.
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
  const first = order[0]!.id === last && order.length > 1 ? order[1]! : order[0]!;
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
