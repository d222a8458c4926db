import type { Passage } from '../content/article.js';
import { seededShuffle } from './prng.js';
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

/** The order a channel walks the pool in during one cycle: a shuffle seeded by channel and cycle. */
export function rotationOrder(channel: ChannelRef, cycle: number, pool: readonly Passage[]): Passage[] {
  return seededShuffle(pool, `${channelKey(channel)}#${cycle}`);
}

/**
 * Picks the next passage for a channel: the first of the current cycle's shuffled order that the cycle
 * has not used yet. Once every passage of the pool was used, a new cycle starts with a new shuffle; its
 * first passage is never the one posted last, so no passage appears twice in a row. Undefined when the
 * pool is empty.
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
