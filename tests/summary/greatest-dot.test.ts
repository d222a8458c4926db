import { describe, expect, it } from 'vitest';
import { dot, greatestDot, type ConceptVector } from '../../src/summary/concepts.js';

const vectors: ConceptVector[] = [
  new Map([
    ['korea', 0.8],
    ['missil', 0.6],
  ]),
  new Map([['korea', 1]]),
  new Map([['budget', 1]]),
  new Map([
    ['missil', 0.6],
    ['test', 0.8],
  ]),
];

describe('greatestDot', () => {
  it('given chosen sentences, then gives what Math.max(0, …their dots) gives', () => {
    for (const vector of vectors)
      for (const chosen of [[], [2], [1, 3], [3, 2, 1], [0, 1, 2, 3]])
        expect(greatestDot(vector, chosen, (i) => vectors[i]!)).toBe(
          Math.max(0, ...chosen.map((i) => dot(vector, vectors[i]!))),
        );
  });

  it('given a set of chosen sentences, then reads it as a list', () => {
    expect(greatestDot(vectors[0]!, new Set([2, 3]), (i) => vectors[i]!)).toBeCloseTo(0.36);
  });
});
