import { describe, expect, it } from 'vitest';
import {
  dailyPool,
  nextPassage,
  rotationOrder,
  rotationProgress,
  type ChannelRef,
  type UsedPassage,
} from '../../src/index.js';
import { randomQuotable } from '../../src/library.js';
import { Library } from '../../src/index.js';
import { seedArticle, seedLibrary, smallArticle } from '../helpers/content.js';
import { BEES_SLUG, fixtureLibrary, TIDES_SLUG } from './fixture-library.js';

const channel: ChannelRef = { platform: 'discord', channelId: '111' };

/** Posts `days` times, as the service would: each pick recorded as used. */
function walk(pool: ReturnType<typeof dailyPool>, days: number, ref: ChannelRef = channel): UsedPassage[] {
  const used: UsedPassage[] = [];
  for (let day = 0; day < days; day++) {
    const pick = nextPassage(ref, pool, used)!;
    used.push({
      passageId: pick.passage.id,
      cycle: pick.cycle,
      localDate: `2026-01-${String(day + 1).padStart(2, '0')}`,
    });
  }
  return used;
}

describe('the pool of postable passages', () => {
  it('given an article with a fragment, a repeated sentence and a copy of its deck then none of them is in the pool', () => {
    const library = fixtureLibrary();
    const pool = dailyPool(library, TIDES_SLUG, 8);
    const texts = pool.map((passage) => passage.text);
    expect(pool).toHaveLength(5);
    expect(texts).not.toContain('Too short to post.');
    expect(texts.filter((text) => text.startsWith('The gravity of the moon'))).toHaveLength(1);
    expect(texts.some((text) => text.startsWith('The moon pulls the oceans'))).toBe(false);
  });

  it('given the seed article then its closing copy of the deck (#14, #15) is never posted, nor a sentence that points back (#3 "For instance, …", #10 "That is, …")', () => {
    const pool = dailyPool(seedLibrary(), seedArticle().slug, 8).map((passage) => passage.index);
    expect(pool).toHaveLength(10);
    expect(pool).not.toContain(14);
    expect(pool).not.toContain(15);
    for (const pointsBack of [3, 8, 10, 11]) expect(pool).not.toContain(pointsBack);
  });

  it('given sentences that lean on the one before ("But …", "They …") then the pool leaves them out, as a random quote does', () => {
    const library = Library.create([
      smallArticle('schools', 'Schools change course', [
        'The city council voted on Tuesday to rewrite the curriculum of every primary school.',
        'But you do not have to take their word for it at all.',
        'They are putting more emphasis on math and science this year.',
        'Parents in the north of the city had asked for the change for a decade.',
      ]),
    ]);
    const texts = dailyPool(library, 'schools', 8).map((passage) => passage.text);
    expect(texts).toEqual([
      'The city council voted on Tuesday to rewrite the curriculum of every primary school.',
      'Parents in the north of the city had asked for the change for a decade.',
    ]);
    expect(texts).toEqual(randomQuotable(library.article('schools')!).map((passage) => passage.text));
  });

  it('given an article whose every sentence leans on the one before then those are posted, rather than nothing', () => {
    const library = Library.create([
      smallArticle('leaning', 'Leaning', [
        'But the committee never met again after the long winter.',
        'They said the hall was far too cold for any meeting.',
      ]),
    ]);
    expect(dailyPool(library, 'leaning', 8)).toHaveLength(2);
  });

  it('given two articles that share a sentence word for word then the library pool has it once', () => {
    const wire = 'The judges said the novel was a joy to read from start to finish.';
    const library = Library.create([
      smallArticle('first-story', 'Prize shortlist', [wire, 'The shortlist has six novels by new writers.']),
      smallArticle('second-story', 'Prize winner', ['The winner was named at a dinner on Tuesday.', wire]),
    ]);
    const texts = dailyPool(library, null, 8).map((passage) => passage.text);
    expect(texts.filter((text) => text === wire)).toHaveLength(1);
    expect(texts).toHaveLength(3);
    // One article's pool keeps it: that article has it once.
    expect(dailyPool(library, 'second-story', 8).map((passage) => passage.text)).toContain(wire);
  });

  it('given no article then the pool is the whole library, and an unknown article gives an empty pool', () => {
    expect(dailyPool(fixtureLibrary(), null, 8)).toHaveLength(8);
    expect(dailyPool(fixtureLibrary(), 'nope', 8)).toHaveLength(0);
  });
});

describe('rotation', () => {
  it('given two full cycles then each passage is posted once per cycle and none twice in a row', () => {
    const pool = dailyPool(fixtureLibrary(), null, 8);
    const used = walk(pool, pool.length * 2);
    const first = used.slice(0, pool.length).map((entry) => entry.passageId);
    const second = used.slice(pool.length).map((entry) => entry.passageId);
    expect(new Set(first).size).toBe(pool.length);
    expect(new Set(second).size).toBe(pool.length);
    expect(used.slice(0, pool.length).every((entry) => entry.cycle === 0)).toBe(true);
    expect(used.slice(pool.length).every((entry) => entry.cycle === 1)).toBe(true);
    for (let i = 1; i < used.length; i++) expect(used[i]!.passageId).not.toBe(used[i - 1]!.passageId);
    expect(second).not.toEqual(first);
  });

  it('given the seed article over two cycles then there are no repeats inside a cycle either', () => {
    const pool = dailyPool(seedLibrary(), null, 8);
    const used = walk(pool, pool.length * 2);
    expect(new Set(used.slice(0, pool.length).map((e) => e.passageId)).size).toBe(pool.length);
    expect(new Set(used.slice(pool.length).map((e) => e.passageId)).size).toBe(pool.length);
  });

  it('given a rotation stored when a passage that points back still counted, then it goes on: no repeat in the cycle, and that passage is not posted again', () => {
    const library = seedLibrary();
    const pool = dailyPool(library, null, 8);
    const slug = seedArticle().slug;
    // Stored before: "For instance, …" (#3) posted on day one of cycle 0, then three of today's pool.
    const used: UsedPassage[] = [{ passageId: `${slug}#3`, cycle: 0, localDate: '2025-12-31' }];
    for (const [day, passage] of pool.slice(0, 3).entries())
      used.push({ passageId: passage.id, cycle: 0, localDate: `2026-01-0${day + 1}` });
    expect(rotationProgress(pool, used)).toEqual({ cycle: 0, used: 3, total: pool.length });
    const picks: string[] = [];
    for (let day = 0; day < pool.length - 3; day++) {
      const pick = nextPassage(channel, pool, used)!;
      expect(pick.cycle).toBe(0);
      picks.push(pick.passage.id);
      used.push({
        passageId: pick.passage.id,
        cycle: 0,
        localDate: `2026-02-${String(day + 1).padStart(2, '0')}`,
      });
    }
    expect(new Set([...pool.slice(0, 3).map((p) => p.id), ...picks]).size).toBe(pool.length);
    expect(picks).not.toContain(`${slug}#3`);
    expect(nextPassage(channel, pool, used)!.cycle).toBe(1);
  });

  it('given the same channel then the order is the same; another channel gets another order', () => {
    const pool = dailyPool(seedLibrary(), null, 8);
    const ids = (ref: ChannelRef) => rotationOrder(ref, 0, pool).map((passage) => passage.id);
    expect(ids(channel)).toEqual(ids({ ...channel }));
    expect(ids({ platform: 'discord', channelId: '222' })).not.toEqual(ids(channel));
    expect(ids({ platform: 'slack', channelId: '111' })).not.toEqual(ids(channel));
  });

  it('given an article added mid-cycle then its passages join the cycle, and nothing posted repeats', () => {
    const library = fixtureLibrary();
    const tides = dailyPool(library, TIDES_SLUG, 8);
    const used = walk(tides, 3);
    const all = dailyPool(library, null, 8);
    for (let day = 0; day < all.length - 3; day++) {
      const pick = nextPassage(channel, all, used)!;
      expect(pick.cycle).toBe(0);
      used.push({
        passageId: pick.passage.id,
        cycle: 0,
        localDate: `2026-02-${String(day + 1).padStart(2, '0')}`,
      });
    }
    expect(new Set(used.map((e) => e.passageId)).size).toBe(all.length);
    expect(dailyPool(library, BEES_SLUG, 8).every((p) => used.some((e) => e.passageId === p.id))).toBe(true);
  });

  it('given an empty pool then there is nothing to pick', () => {
    expect(nextPassage(channel, [], [])).toBeUndefined();
  });
});
