import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/index.js';
import { DEFAULT_WARM_UP, warmUpQueries, warmUpSearch } from '../../runtime/search-warm-up.js';
import { seedArticle } from '../helpers/content.js';

const library = (): Library => Library.create([seedArticle()]);
const take = (queries: Iterator<string>, count: number): string[] =>
  Array.from({ length: count }, () => queries.next().value as string);

describe('warming search up after start-up', () => {
  it('given the seed article then the queries are made of its words, of every kind, the same for a seed', () => {
    const queries = take(warmUpQueries(library()), 500);
    expect(new Set(queries).size).toBeGreaterThan(450);
    // One kind in six is a question.
    expect(queries.filter((query) => query.endsWith('?')).length).toBe(83);
    expect(queries.every((query) => query.trim().length > 0)).toBe(true);
    const answered = queries.filter((query) => library().search({ query }).hits.length > 0).length;
    expect(answered).toBeGreaterThan(300);
    expect(answered).toBeLessThan(500);
    expect(take(warmUpQueries(library(), 7), 20)).toEqual(take(warmUpQueries(library(), 7), 20));
  });

  it('given the seed article then one query in six is a long retelling: six to nine words, no question', () => {
    const queries = take(warmUpQueries(library()), 600);
    const long = queries.filter((query) => !query.endsWith('?') && query.split(' ').length >= 6);
    expect(long.length).toBeGreaterThanOrEqual(90);
    expect(long.every((query) => query.split(' ').length <= 9)).toBe(true);
  });

  it('given a count then that many searches are made, and the promise says so', async () => {
    const current = library();
    const search = vi.spyOn(current, 'search');
    const warm = warmUpSearch(() => current, { count: 40 });
    await expect(warm.done).resolves.toBe(40);
    expect(search).toHaveBeenCalledTimes(40);
  });

  it('given slices of 1 ms then other work runs between them before the warm-up ends', async () => {
    const current = library();
    let done = false;
    const warm = warmUpSearch(() => current, { count: 3000, sliceMs: 1, budgetMs: 60_000 });
    void warm.done.then(() => (done = true));
    let turns = 0;
    while (!done && turns < 10_000) {
      await yieldToLoop();
      turns += 1;
    }
    expect(turns).toBeGreaterThan(1);
    await expect(warm.done).resolves.toBe(3000);
  });

  it('given queries of 0.84 ms each (as on the seed, quiet machine, 2026-12-07) then the defaults ask all 5,000', async () => {
    const current = library();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.spyOn(current, 'search').mockImplementation(() => {
      now += 0.84;
      return { status: 'no-match', hits: [], suggestions: [] } as unknown as ReturnType<Library['search']>;
    });
    await expect(warmUpSearch(() => current).done).resolves.toBe(DEFAULT_WARM_UP.count);
    vi.restoreAllMocks();
  });

  it('given a spent budget then it stops early', async () => {
    const current = library();
    const warm = warmUpSearch(() => current, { count: 100_000, budgetMs: 1, sliceMs: 1 });
    const asked = await warm.done;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(100_000);
  });

  it('given a cancel then no search follows and the promise resolves', async () => {
    const current = library();
    const search = vi.spyOn(current, 'search');
    const warm = warmUpSearch(() => current, { count: 1000 });
    warm.cancel();
    await expect(warm.done).resolves.toBe(0);
    await yieldToLoop();
    expect(search).not.toHaveBeenCalled();
  });

  it('given a search that throws then the warm-up ends with that error and nothing else fails', async () => {
    const current = library();
    vi.spyOn(current, 'search').mockImplementation(() => {
      throw new Error('the snapshot is corrupt');
    });
    await expect(warmUpSearch(() => current).done).rejects.toThrow('the snapshot is corrupt');
  });
});
