import type { Word } from './query-words.js';

/** Words that set a period against the asker's own time: "this year", "last quarter", "the past decade". */
const RELATIVE = new Set(['this', 'last', 'next', 'past', 'coming', 'previous', 'current']);
/** Periods a question may be asked within, singular and plural. */
const PERIODS = new Set(
  ['year', 'quarter', 'month', 'week', 'decade', 'season', 'time', 'day'].flatMap((period) => [
    period,
    `${period}s`,
  ]),
);
/** Between the relative word and its period: "the last couple of years", "the past few months". */
const BETWEEN = new Set(['couple', 'of', 'few', 'two', 'three', 'several']);
/** Phrases of the asker's present, as typed: "so far", "these days", "at the moment" (all light). */
const PRESENT: readonly (readonly string[])[] = [
  ['so', 'far'],
  ['these', 'days'],
  ['at', 'the', 'moment'],
];

const termOf = (word: Word | undefined): string | undefined =>
  word?.parts.length === 1 ? word.parts[0]!.term : undefined;

/**
 * The words that set a question's period against the asker's own time ("last" of "how much did time warner
 * make last quarter?", "last couple of" of "…in the last couple of years?", "so far", "these days"): the
 * question's frame, not what it asks about. The text tells the same period its own way ("fourth quarter", "in
 * 2004", "within two years") or not at all, so these words are light (see `QueryTerm.light`): they weigh little,
 * and a hit need not have them. The period itself ("quarter", "years") stays a word looked for: a text may say
 * it too ("During the year the receipts…"). Indices into `words`.
 */
export function timeFrameOf(words: readonly Word[]): number[] {
  const frame: number[] = [];
  const terms = words.map(termOf);
  for (let i = 0; i < terms.length; i++) {
    if (RELATIVE.has(terms[i] ?? '')) {
      let end = i + 1;
      while (end < terms.length && BETWEEN.has(terms[end] ?? '') && end - i <= 3) end += 1;
      // The period itself stays a word looked for: a text may tell it the same way ("During the year…").
      if (PERIODS.has(terms[end] ?? '')) for (let k = i; k < end; k++) frame.push(k);
    }
    for (const phrase of PRESENT)
      if (phrase.every((term, k) => terms[i + k] === term))
        for (let k = 0; k < phrase.length; k++) frame.push(i + k);
  }
  return frame;
}
