import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/daily/prng.js';
import { smallestSorted } from '../../src/search/smallest.js';

const expected = (values: Float64Array, count: number): number[] => [
  ...Float64Array.from(values).sort().subarray(0, count),
];

const shapes: Record<string, (n: number, rand: () => number) => Float64Array> = {
  random: (n, rand) => Float64Array.from({ length: n }, () => Math.floor(rand() * 1e9)),
  'few distinct values': (n, rand) => Float64Array.from({ length: n }, () => Math.floor(rand() * 4)),
  ascending: (n) => Float64Array.from({ length: n }, (_, i) => i),
  descending: (n) => Float64Array.from({ length: n }, (_, i) => n - i),
  'all equal': (n) => new Float64Array(n).fill(7),
  'organ pipe': (n) => Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
};

describe('the smallest values of an array, sorted', () => {
  for (const [shape, make] of Object.entries(shapes)) {
    it(`given ${shape} values then it gives what a full sort's prefix gives`, () => {
      const rand = seededRandom(shape.length);
      for (const n of [0, 1, 2, 3, 10, 100, 5_000]) {
        for (const count of [0, 1, 2, Math.floor(n / 3), n - 1, n, n + 5]) {
          if (count < 0) continue;
          const values = make(n, rand);
          expect([...smallestSorted(Float64Array.from(values), count)]).toEqual(expected(values, count));
        }
      }
    });
  }

  it('given more values than asked for then the view holds exactly the count asked for', () => {
    const values = shapes.random!(1_000, seededRandom(1));
    expect(smallestSorted(values, 12).length).toBe(12);
  });
});
