/** A rough number of a query ("nearly half a million", "about 6,000") and the figures near it. */
import { FIGURE } from '../text/tokenize.js';
import { figuresNear } from './figures.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query-term.js';
import { typoQualityOf } from './query-typos.js';
import type { Word } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';

/** How far from a rough number a figure may be, as a share of it: "nearly half a million" is 464,000. */
const NEAR_FIGURE_SHARE = 0.15;
/** The smallest rough number with figures near it: a reader rounds thousands, not tens. */
const MIN_NEAR_FIGURE = 1000;
/** Words that say a number after them is rough: "about 6,000", "nearly half a million", "more than 40". */
const ROUGH_WORDS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'approx',
  'circa',
  'some',
  'over',
  'under',
  'than',
]);
/** Whether the word at `at` follows a word that says it is rough ("about", "nearly", "more than"). */
const isRough = (words: readonly Word[], at: number): boolean =>
  ROUGH_WORDS.has(words[at - 1]!.parts.at(-1)?.term ?? '');
/** The value of a number the word is or ends ("6,000": 6000, "half a million": 500000), or undefined. */
function figureOf(word: Word): number | undefined {
  const values = [...word.figures, ...word.parts.map((part) => part.term)]
    .filter((term) => FIGURE.test(term))
    .map(Number);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/**
 * A number of thousands or more said to be rough ("nearly half a million", "about 6,000", "some 1.5
 * million") finds the figures near it too, at a typo's quality: a reader rounds "464,000" so. The rough
 * word and the number words but the last weigh as light words ("nearly", "half" of "half a million"), the
 * last finding those figures. `wordAt`: per term, the index of its word in `words` (-1 for none).
 */
export function withNearFigures(
  index: SentenceIndex,
  options: SearchOptions,
  terms: QueryTerm[],
  wordAt: readonly number[],
  words: readonly Word[],
): void {
  for (let i = 0; i < terms.length; i++) {
    const at = wordAt[i]!;
    let value = at > 0 && isRough(words, at) ? figureOf(words[at]!) : undefined;
    if (value === undefined) continue;
    let last = i;
    for (let next = i + 1; next < terms.length && wordAt[next]! > wordAt[last]!; next++) {
      const more = figureOf(words[wordAt[next]!]!);
      if (more === undefined) break;
      value = Math.max(value, more);
      last = next;
    }
    // Small numbers are remembered as they were ("a bit over 22 years" is no "19 countries").
    const near = value >= MIN_NEAR_FIGURE ? figuresNear(index, value, NEAR_FIGURE_SHARE) : [];
    if (near.length === 0) continue;
    // The word that says so ("nearly") weighs as light as its number words but the last.
    const rough = wordAt.indexOf(at - 1);
    if (rough >= 0) terms[rough] = { ...terms[rough]!, light: true };
    for (let k = i; k < last; k++) terms[k] = { ...terms[k]!, light: true, required: false };
    const unit = new Map(near.map((figure) => [figure, typoQualityOf(options, 1)]));
    terms[last] = { ...terms[last]!, alternatives: [...terms[last]!.alternatives, { units: [unit] }] };
    i = last;
  }
}
