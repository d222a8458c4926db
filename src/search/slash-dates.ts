/** A day typed with slashes in a query ("since 9/11"), found so written or with its month named. */
import { stemOf } from '../text/tokenize.js';
import { MONTH_NAMES } from './answer-cues.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query-term.js';
import { stemUnit } from './query-units.js';
import type { Word } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * A day typed with slashes ("since 9/11", "the 7/7 bombings"), as one term that finds it so written or
 * with the month named, in the American order ("September 11", "11 September") and where it can be read
 * so, the British ("9 November"). Undefined where the two words at `at` are no such date.
 */
export function slashDateAt(
  index: SentenceIndex,
  options: SearchOptions,
  query: string,
  flat: readonly { word: Word }[],
  at: number,
): QueryTerm | undefined {
  const [first, second] = [flat[at]?.word, flat[at + 1]?.word];
  if (first === undefined || second === undefined || first === second) return undefined;
  if (!/^\d{1,2}$/.test(first.surface) || !/^\d{1,2}$/.test(second.surface)) return undefined;
  const label = `${first.surface}/${second.surface}`;
  if (!new RegExp(`(?:^|[^\\d/])${label}(?:$|[^\\d/])`).test(query)) return undefined;
  const [a, b] = [Number(first.surface), Number(second.surface)];
  const unit = (term: string): Map<string, number> => stemUnit(index, options, stemOf(term), term, 1);
  // As month/day, and as day/month unless that is the same ("7/7").
  const readings = (
    a === b
      ? [[a, b]]
      : [
          [a, b],
          [b, a],
        ]
  ).filter(([month, day]) => month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31);
  const alternatives = [
    { units: [unit(first.surface), unit(second.surface)] },
    ...readings.flatMap(([month, day]) => {
      const name = MONTH_NAMES[month! - 1]!.toLowerCase();
      return [{ units: [unit(name), unit(String(day))] }, { units: [unit(String(day)), unit(name)] }];
    }),
  ].filter((alternative) => alternative.units.every((each) => each.size > 0));
  return readings.length > 0 ? { label, required: true, alternatives } : undefined;
}
