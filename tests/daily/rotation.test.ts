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
import { seededShuffle } from '../../src/daily/prng.js';
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

/** An article of `count` postable sentences, each naming its article and number. */
function articleOf(slug: string, count: number) {
  const sentences = Array.from(
    { length: count },
    (_, n) => `Harbour note ${n + 1} from the ${slug} desk describes the tide at dawn.`,
  );
  return smallArticle(slug, `The ${slug} desk`, sentences);
}

/** The library's pool of articles of these sizes (slug: number of passages). */
function libraryPool(sizes: Record<string, number>) {
  const library = Library.create(Object.entries(sizes).map(([slug, count]) => articleOf(slug, count)));
  const pool = dailyPool(library, null, 8);
  expect(pool).toHaveLength(Object.values(sizes).reduce((sum, count) => sum + count, 0));
  return pool;
}

const slugOf = (passageId: string) => passageId.split('#')[0]!;

/** The most days in a row one article was posted. */
function longestRun(slugs: readonly string[]): number {
  let longest = 0;
  let run = 0;
  slugs.forEach((slug, day) => {
    run = day > 0 && slugs[day - 1] === slug ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
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

  it('given sentences that point at what follows ("…in the table below.", "…as follows:") then the pool leaves them out', () => {
    const library = Library.create([
      smallArticle('lab', 'Year three of the stream study', [
        'Fieldwork took place at twelve streams along a gradient from the valley to the high mountains.',
        'The results of the three site groups are summarised in the table below.',
        'The steps we took to calibrate the loggers each spring are as follows:',
        'Lowland populations tolerated warmer water than the upland populations did.',
      ]),
    ]);
    expect(dailyPool(library, 'lab', 8).map((passage) => passage.text)).toEqual([
      'Fieldwork took place at twelve streams along a gradient from the valley to the high mountains.',
      'Lowland populations tolerated warmer water than the upland populations did.',
    ]);
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

  it('given a plural pronoun further in that nothing in its sentence stands for ("…about them.") then the pool leaves it out, as a random quote does', () => {
    const library = Library.create([
      smallArticle('armistice', 'An address on the armistice', [
        'The armistice was signed in November and the guns fell silent at last.',
        'Some members have proposed new duties on goods from the defeated nations.',
        'There is nothing affirmative or helpful about them.',
        'Farmers asked the banks for credit in the spring and the banks lent them money.',
      ]),
    ]);
    const texts = dailyPool(library, 'armistice', 8).map((passage) => passage.text);
    expect(texts).toEqual([
      'The armistice was signed in November and the guns fell silent at last.',
      'Some members have proposed new duties on goods from the defeated nations.',
      'Farmers asked the banks for credit in the spring and the banks lent them money.',
    ]);
    expect(texts).toEqual(randomQuotable(library.article('armistice')!).map((passage) => passage.text));
  });

  it('given sentences that open on a demonstrative pointing back ("By that process…", "That is why…", "These…") then the pool leaves them out, as a random quote does', () => {
    const library = Library.create([
      smallArticle('freedom', 'A message on freedom', [
        'The government grows a little larger with every new law passed in haste.',
        'By that process freedom will step by step disappear from the land.',
        'That is why every citizen must watch the laws that are passed.',
        'These are the duties of a people who mean to remain free.',
        'A free press keeps the public informed of what is done in its name.',
      ]),
    ]);
    const texts = dailyPool(library, 'freedom', 8).map((passage) => passage.text);
    expect(texts).toEqual([
      'The government grows a little larger with every new law passed in haste.',
      'A free press keeps the public informed of what is done in its name.',
    ]);
    expect(texts).toEqual(randomQuotable(library.article('freedom')!).map((passage) => passage.text));
  });

  it('given a speech of thanks, set-ups and sentences that lean further in then the pool keeps what reads alone, as a random quote does', () => {
    const library = Library.create([
      smallArticle('opening', 'Remarks at the opening of the harbour baths', [
        'Thank you all for coming, and thank you for your patience with the weather.',
        'I want to start by thanking the people who made it happen.',
        'The new baths will open every morning of the year at six o’clock.',
        'Let me be honest about what comes next for the old pier.',
        'The fishermen on the quay were much less pleased.',
        'I have been swimming in that cold harbour every winter ever since.',
        'The new baths also ask something of their swimmers.',
        'Consider what a public bath asks of the town that builds it.',
        'A town that swims together is a town that stays together.',
        'Thank you, and welcome to your new baths.',
      ]),
    ]);
    const texts = dailyPool(library, 'opening', 8).map((passage) => passage.text);
    expect(texts).toEqual([
      'The new baths will open every morning of the year at six o’clock.',
      'A town that swims together is a town that stays together.',
    ]);
    expect(texts).toEqual(randomQuotable(library.article('opening')!).map((passage) => passage.text));
  });

  it('given a long quotation credited only to "she said" then it is never posted: the channel could not tell who "she" is', () => {
    const library = Library.create([
      smallArticle('chess', 'Chess club wins the league', [
        'Fifteen-year-old Maya Lin, the youngest player in the team, won the decisive game on board six.',
        '"I saw the combination about ten moves before, but I had to check it three times because I was shaking," she said afterwards.',
      ]),
    ]);
    expect(dailyPool(library, 'chess', 8).map((passage) => passage.text)).toEqual([
      'Fifteen-year-old Maya Lin, the youngest player in the team, won the decisive game on board six.',
    ]);
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

describe('article-first rotation of a library', () => {
  it('given articles of 1, 2 and 10 passages then each cycle opens with one post of each article and posts every passage once', () => {
    const pool = libraryPool({ single: 1, pair: 2, long: 10 });
    const used = walk(pool, pool.length * 2);
    for (const cycle of [0, 1]) {
      const posts = used.filter((entry) => entry.cycle === cycle).map((entry) => entry.passageId);
      expect(posts).toHaveLength(pool.length);
      expect(new Set(posts).size).toBe(pool.length);
      expect(new Set(posts.slice(0, 3).map(slugOf))).toEqual(new Set(['single', 'pair', 'long']));
    }
    for (let i = 1; i < used.length; i++) expect(used[i]!.passageId).not.toBe(used[i - 1]!.passageId);
  });

  it('given four long speeches and twelve short news articles then the first sixteen posts come from sixteen articles, and every news passage is out within three turns (48 posts)', () => {
    const sizes: Record<string, number> = {};
    for (const speech of ['speech-a', 'speech-b', 'speech-c', 'speech-d']) sizes[speech] = 40;
    for (let n = 1; n <= 12; n++) sizes[`news-${n}`] = 3;
    const pool = libraryPool(sizes);
    for (const ref of [channel, { platform: 'slack', channelId: 'C9' } as const]) {
      const posts = walk(pool, pool.length, ref).map((entry) => slugOf(entry.passageId));
      expect(new Set(posts.slice(0, 16)).size).toBe(16);
      // Three turns of sixteen articles: every news passage is out within the first 48 posts.
      expect(posts.slice(48).every((slug) => slug.startsWith('speech-'))).toBe(true);
    }
  });

  it('given one article with most of the passages (22 of 36) then over two cycles it never runs more than two days, and a cycle never opens with the article that closed the last', () => {
    const pool = libraryPool({ letters: 22, buslane: 6, heatwave: 5, speech: 3 });
    for (const ref of [channel, { platform: 'console', channelId: 'C1' } as const]) {
      const used = walk(pool, pool.length * 3, ref);
      const slugs = used.map((entry) => slugOf(entry.passageId));
      expect(longestRun(slugs), `${ref.channelId}: ${slugs.join(' ')}`).toBeLessThanOrEqual(2);
      for (const cycle of [0, 1, 2]) {
        const posts = used.filter((entry) => entry.cycle === cycle).map((entry) => entry.passageId);
        expect(new Set(posts).size).toBe(pool.length);
        expect(new Set(posts.slice(0, 4).map(slugOf)).size).toBe(4);
      }
      for (const start of [pool.length, pool.length * 2]) expect(slugs[start]).not.toBe(slugs[start - 1]);
    }
  });

  it('given two long articles (10 and 9 passages) among shorter ones (5 and 5) then over two cycles no article is posted two days running: the second longest is spread too', () => {
    const pool = libraryPool({ long: 10, mid: 9, news: 5, note: 5 });
    for (const channelId of ['111', '222', '333', 'C9']) {
      const slugs = walk(pool, pool.length * 2, { platform: 'slack', channelId }).map((entry) =>
        slugOf(entry.passageId),
      );
      expect(longestRun(slugs), slugs.join(' ')).toBe(1);
    }
  });

  it('given articles of 1, 2 and 10 passages then after the first turn the long one is split by the other post, not left at the end (at most five days running, not eight)', () => {
    const pool = libraryPool({ single: 1, pair: 2, long: 10 });
    for (const ref of [channel, { platform: 'slack', channelId: 'C9' } as const]) {
      const slugs = walk(pool, pool.length * 2, ref).map((entry) => slugOf(entry.passageId));
      expect(longestRun(slugs), slugs.join(' ')).toBeLessThanOrEqual(5);
    }
  });

  it('given a cycle stored under the flat shuffle of every passage then it carries on without a repeat until the library is used up', () => {
    const pool = libraryPool({ single: 1, pair: 2, long: 10 });
    const flat = seededShuffle(pool, 'discord:111#0');
    // Five days posted in the old order, which is not how the new one opens.
    expect(flat.slice(0, 5)).not.toEqual(rotationOrder(channel, 0, pool).slice(0, 5));
    const used: UsedPassage[] = flat
      .slice(0, 5)
      .map((passage, day) => ({ passageId: passage.id, cycle: 0, localDate: `2025-12-0${day + 1}` }));
    expect(rotationProgress(pool, used)).toEqual({ cycle: 0, used: 5, total: pool.length });
    for (let day = 0; day < pool.length - 5; day++) {
      const pick = nextPassage(channel, pool, used)!;
      expect(pick.cycle).toBe(0);
      used.push({
        passageId: pick.passage.id,
        cycle: 0,
        localDate: `2026-01-${String(day + 1).padStart(2, '0')}`,
      });
    }
    expect(new Set(used.map((entry) => entry.passageId)).size).toBe(pool.length);
    expect(rotationProgress(pool, used)).toEqual({ cycle: 0, used: pool.length, total: pool.length });
    const next = nextPassage(channel, pool, used)!;
    expect(next.cycle).toBe(1);
    expect(next.passage.id).not.toBe(used.at(-1)!.passageId);
  });

  it('given a schedule of one article then its order is the shuffle it had before, by channel and cycle', () => {
    const pool = dailyPool(seedLibrary(), seedArticle().slug, 8);
    for (const cycle of [0, 1, 2])
      expect(rotationOrder(channel, cycle, pool)).toEqual(seededShuffle(pool, `discord:111#${cycle}`));
  });

  it('given the same articles loaded in another order (another instance) then the order is the same', () => {
    const articles = [articleOf('single', 1), articleOf('pair', 2), articleOf('long', 10)];
    const ids = (library: Library, cycle: number) =>
      rotationOrder(channel, cycle, dailyPool(library, null, 8)).map((passage) => passage.id);
    const here = Library.create(articles);
    const there = Library.create([...articles].reverse());
    for (const cycle of [0, 1]) expect(ids(there, cycle)).toEqual(ids(here, cycle));
    expect(ids(here, 1)).not.toEqual(ids(here, 0));
  });
});
