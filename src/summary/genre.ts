import type { SentenceCues } from './cues.js';

/**
 * What kind of piece an article is, as its text shows it:
 * - `news`: a report (the inverted pyramid: the facts in the lead, quotes and reactions after, background
 *   late);
 * - `argument`: opinion or analysis (a thesis, often near the end, reached in steps marked by
 *   "therefore", "ultimately", "in any case").
 */
export type Genre = 'news' | 'argument';

/**
 * An argument draws conclusions ("therefore"), gives examples ("For instance") and says what should be
 * done ("should", "must", outside quotation marks); a report leaves that to the people it quotes. A piece
 * is an argument when at least `share` of its sentences carry one of these marks (the default 0.15: one
 * sentence in seven). A rule of thumb, not a fitted constant: on the 40 development reports the share is
 * at most 0.09 (34 of them 0), on the seed essay 0.50; news is the default.
 */
export function genreOf(cues: readonly SentenceCues[], share = 0.15): Genre {
  if (cues.length === 0) return 'news';
  const marked = cues.filter((cue) => cue.conclusion || cue.example || cue.normative).length;
  return marked / cues.length >= share ? 'argument' : 'news';
}
