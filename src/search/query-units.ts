/** A query word's unit made of the library's terms: a stem's words, one term, and the best of two units. */
import type { SearchOptions } from './options.js';
import type { SentenceIndex } from './sentence-index.js';

/** The term itself, if the library has it. */
export function exactUnit(index: SentenceIndex, term: string, quality: number): Map<string, number> {
  return index.hasTerm(term) ? new Map([[term, quality]]) : new Map();
}

/** Terms with this stem: `exact` at full quality, its inflections a little less (synonyms: all alike). */
export function stemUnit(
  index: SentenceIndex,
  options: SearchOptions,
  stem: string,
  exact: string | undefined,
  quality: number,
): Map<string, number> {
  const unit = new Map<string, number>();
  for (const term of index.termsWithStem(stem)) {
    unit.set(term, exact === undefined || term === exact ? quality : quality * options.stemQuality);
  }
  if (exact !== undefined && index.hasTerm(exact)) unit.set(exact, quality);
  return unit;
}

/** Adds each term of `terms` to `unit` at its quality, unless the unit has it at one as good. */
export function mergeBest(unit: Map<string, number>, terms: ReadonlyMap<string, number>): void {
  for (const [term, quality] of terms) if ((unit.get(term) ?? 0) < quality) unit.set(term, quality);
}
