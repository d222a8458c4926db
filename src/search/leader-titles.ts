/** "Who runs / leads / heads X?": the titles a text names the person at its head by. */
import { stemOf } from '../text/tokenize.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query-term.js';
import { stemUnit } from './query-units.js';
import type { SentenceIndex } from './sentence-index.js';

/** Verbs of leading, as stems: "who runs", "who is running", "who leads", "who heads", "who chairs". */
const LEADING_VERBS = new Set(['run', 'ran', 'lead', 'led', 'head', 'manage', 'chair'].map(stemOf));
/** How a text names the person at the head of something. */
const LEADER_TITLES = [
  'chief executive',
  'boss',
  'chairman',
  'chairwoman',
  'president',
  'leader',
  'director',
  'manager',
  'head',
  'chief',
  'ceo',
  'founder',
];

/**
 * "Who runs / leads / heads X?" asks for the person at its head, whom a text names by a title ("its chief
 * executive Takashi Nishioka", "the chairman"), not by the verb: a title counts as a synonym of the verb.
 */
export function withLeaders(index: SentenceIndex, options: SearchOptions, term: QueryTerm): QueryTerm {
  if (term.light || term.name !== undefined || !LEADING_VERBS.has(stemOf(term.label.toLowerCase())))
    return term;
  const quality = options.synonymQuality;
  const titles = LEADER_TITLES.map((title) => ({
    units: title.split(' ').map((word) => stemUnit(index, options, stemOf(word), word, quality)),
  })).filter((alternative) => alternative.units.every((unit) => unit.size > 0));
  return titles.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...titles] };
}
