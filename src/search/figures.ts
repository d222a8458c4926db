import { FIGURE } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import type { SentenceIndex } from './sentence-index.js';

/** Per index, its figures sorted by value: built at the first query that asks for figures near a number. */
const byIndex = new WeakMap<
  SentenceIndex,
  { readonly values: Float64Array; readonly terms: readonly string[] }
>();

function figuresOf(index: SentenceIndex): {
  readonly values: Float64Array;
  readonly terms: readonly string[];
} {
  let figures = byIndex.get(index);
  if (figures === undefined) {
    const found: { value: number; term: string }[] = [];
    for (let id = 0; id < index.termCount; id++) {
      const term = index.term(id);
      if (FIGURE.test(term) && index.documentFrequency(id) > 0) found.push({ value: Number(term), term });
    }
    found.sort((a, b) => a.value - b.value);
    figures = {
      values: Float64Array.from(found, (each) => each.value),
      terms: found.map((each) => each.term),
    };
    byIndex.set(index, figures);
  }
  return figures;
}

/** A whole number that may be a year ("in 2001"): no count is near it. */
const isYearLike = (value: number): boolean => Number.isInteger(value) && value >= 1000 && value <= 2100;

/**
 * The library's figures within `tolerance` (a share of it) of `value`, nearest first: "nearly half a
 * million" is near "464,000". Not `value` itself, nor what may be a year.
 */
export function figuresNear(index: SentenceIndex, value: number, tolerance: number): string[] {
  const { values, terms } = figuresOf(index);
  const high = value * (1 + tolerance);
  const near: { term: string; distance: number }[] = [];
  for (let k = lowerBound(values, value * (1 - tolerance)); k < values.length && values[k]! <= high; k++) {
    if (values[k] !== value && !isYearLike(values[k]!))
      near.push({ term: terms[k]!, distance: Math.abs(values[k]! - value) });
  }
  return near.sort((a, b) => a.distance - b.distance).map((each) => each.term);
}
