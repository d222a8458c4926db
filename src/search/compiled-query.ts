import type { QueryTerm, QueryUnit } from './query.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Query words a passage's 32-bit mask of found words holds: a longer query's words past these are matched
 * but skip the masks' filter, and lend no context (a title's, a neighbour's, a name's).
 */
export const MAX_MASKED_TERMS = 31;

/** A query unit over term ids: term id → quality. */
export type IdUnit = ReadonlyMap<number, number>;

/** A query term over term ids. */
export interface CompiledTerm {
  readonly required: boolean;
  /** A light word (see `QueryTerm.light`): weighs little and never counts towards the words required. */
  readonly light: boolean;
  readonly alternatives: readonly (readonly IdUnit[])[];
  /** Term ids that can start a match (first units of every alternative), each once. */
  readonly starts: readonly number[];
  /** Best quality any of its alternatives can reach. */
  readonly maxQuality: number;
  /** Every alternative is one word (no phrase): it can be matched token by token. */
  readonly simple: boolean;
}

/** Each term id of the alternatives' first units, with the alternatives (ascending) it starts. */
function startsOf(alternatives: readonly (readonly IdUnit[])[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let a = 0; a < alternatives.length; a++) {
    for (const id of summaryOf(alternatives[a]![0]!).keys) {
      const list = map.get(id);
      if (list === undefined) map.set(id, [a]);
      else list.push(a);
    }
  }
  return map;
}

/**
 * Each index's units over term ids, by the query unit they were resolved from. The analyzer keeps a word's
 * units and never changes them (`WordUnits.formsOf`), so a word asked again, in this query or another,
 * is not resolved again; a unit dropped from its cache drops out of this one.
 */
const compiledUnits = new WeakMap<SentenceIndex, WeakMap<QueryUnit, IdUnit>>();

/** A compiled unit's term ids (each once, in the unit's order) and its best quality. */
interface UnitSummary {
  readonly keys: readonly number[];
  readonly best: number;
}
const summaries = new WeakMap<IdUnit, UnitSummary>();

function summaryOf(unit: IdUnit): UnitSummary {
  let summary = summaries.get(unit);
  if (summary === undefined) {
    let best = -Infinity;
    unit.forEach((value) => {
      if (value > best) best = value;
    });
    summaries.set(unit, (summary = { keys: Array.from(unit.keys()), best }));
  }
  return summary;
}

/** The unit over the index's term ids (empty when the index has none of its words). */
function compileUnit(index: SentenceIndex, known: WeakMap<QueryUnit, IdUnit>, unit: QueryUnit): IdUnit {
  let ids = known.get(unit);
  if (ids === undefined) {
    const resolved = new Map<number, number>();
    unit.forEach((quality, word) => {
      const id = index.termId(word);
      if (id !== undefined) resolved.set(id, quality);
    });
    known.set(unit, (ids = resolved));
  }
  return ids;
}

/** Whether every unit of an alternative has a word of the index (and it has a unit). */
const usable = (units: readonly IdUnit[]): boolean => units.length > 0 && units.every((ids) => ids.size > 0);

/** Query terms resolved against one index's vocabulary (terms the index lacks are dropped). */
export function compileTerms(index: SentenceIndex, terms: readonly QueryTerm[]): CompiledTerm[] {
  let known = compiledUnits.get(index);
  if (known === undefined) compiledUnits.set(index, (known = new WeakMap()));
  // Loops rather than spreads and iterators: every query compiles its terms, often more than once.
  return terms.map((term) => {
    // Arrays of their exact size (most terms have one alternative of one unit); an alternative with a unit
    // the index lacks is dropped.
    let alternatives: IdUnit[][] = term.alternatives.map((alternative) =>
      alternative.units.map((unit) => compileUnit(index, known, unit)),
    );
    if (alternatives.some((units) => !usable(units))) alternatives = alternatives.filter(usable);
    // One alternative (the common case): its first unit's keys are distinct already.
    const starts =
      alternatives.length === 1
        ? summaryOf(alternatives[0]![0]!).keys
        : [...new Set(alternatives.flatMap((units) => [...units[0]!.keys()]))];
    let maxQuality = 0;
    let simple = true;
    for (const units of alternatives) {
      let quality = 1;
      for (const unit of units) quality = Math.min(quality, summaryOf(unit).best);
      maxQuality = Math.max(maxQuality, quality);
      if (units.length !== 1) simple = false;
    }
    return { required: term.required, light: term.light === true, alternatives, starts, maxQuality, simple };
  });
}

/** Where one term was found in a passage: quality (0 = not found) and the word positions of its run. */
export interface TermMatch {
  quality: number;
  first: number;
  last: number;
}

/**
 * Matches a term against passage `at`'s tokens, as `matchTerm` does with Token objects: the best quality
 * of any alternative, a phrase's units standing at consecutive positions; the earliest best run wins.
 */
export function matchCompiled(index: SentenceIndex, at: number, term: CompiledTerm, out: TermMatch): void {
  index.loadTokens(at);
  const { tokenOffsets, tokenTerms, tokenPositions } = index.data;
  const from = tokenOffsets[at]!;
  const to = tokenOffsets[at + 1]!;
  out.quality = 0;
  out.first = 0;
  out.last = 0;
  const startsOf = alternativesByStart(term);
  // One pass over the tokens, each looked up once: the best quality wins, then the earliest alternative,
  // then the earliest token (tokens are read in order, so a later one never replaces an equal one).
  let bestAlternative = -1;
  for (let k = from; k < to; k++) {
    const started = startsOf.get(tokenTerms[k]!);
    if (started === undefined) continue;
    const start = tokenPositions[k]!;
    for (const a of started) {
      const units = term.alternatives[a]!;
      let quality = units[0]!.get(tokenTerms[k]!)!;
      for (let u = 1; u < units.length && quality > 0; u++) {
        const unit = units[u]!;
        let next = 0;
        for (let j = from; j < to; j++) {
          if (tokenPositions[j] === start + u) {
            const q = unit.get(tokenTerms[j]!);
            if (q !== undefined) {
              next = q;
              break;
            }
          }
        }
        quality = Math.min(quality, next);
      }
      if (quality > out.quality || (quality === out.quality && quality > 0 && a < bestAlternative)) {
        out.quality = quality;
        out.first = start;
        out.last = start + units.length - 1;
        bestAlternative = a;
      }
    }
  }
}

const byStart = new WeakMap<CompiledTerm, Map<number, number[]>>();

/** The term's `startsOf`, made when first asked (a compiled term lives for one query). */
function alternativesByStart(term: CompiledTerm): Map<number, number[]> {
  let map = byStart.get(term);
  if (map === undefined) byStart.set(term, (map = startsOf(term.alternatives)));
  return map;
}
