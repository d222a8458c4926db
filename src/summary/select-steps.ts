import type { SummaryLength, SummaryOptions } from './options.js';
import type { ScoredArticle } from './sentence-scores.js';

/** A summary's sentences as the article's genre chooses them, steps aside (`selectOwn` of select.ts). */
export type SelectOwn = (
  article: ScoredArticle,
  length: SummaryLength,
  options: SummaryOptions,
  exact?: number,
) => number[];

/**
 * A procedure's summary (an article with `steps`), from `chosen`, what its genre chose: every step in order or
 * none at each length, never a summary of nothing while the text has sentences that are no step.
 */
export function withProcedureSteps(
  article: ScoredArticle,
  length: SummaryLength,
  options: SummaryOptions,
  chosen: readonly number[],
  selectOwn: SelectOwn,
): number[] {
  const steps = new Set(article.steps);
  const unstepped = (list: readonly number[]): number[] => list.filter((at) => !steps.has(at));
  // A text of steps alone: all of them in order where they fit, else none (the reply says so, see
  // `leftOutSteps`); its short summary has none, as any procedure's.
  if (steps.size === article.sentences.length)
    return length !== 'short' && stepsFit(article, options, selectOwn) ? [...article.steps] : [];
  // A short summary of a procedure says what it is for: one step of eight, alone, reads as the procedure.
  // Of one whose own short summary is steps only: what it always says (`coreOf`), then its best sentences
  // that are no step.
  if (length === 'short') {
    if (unstepped(chosen).length > 0) return unstepped(chosen);
    const core = coreOf(article, beside(article, [], 1)[0]);
    const max = options.maxSentences.short;
    return [...core, ...beside(article, core, max)].slice(0, max).sort((a, b) => a - b);
  }
  const opening = openingOf(article, options, selectOwn);
  const rest = length === 'long' ? chosen : selectOwn(article, 'medium', options);
  return withSteps(article, opening, unstepped(rest), options, length, selectOwn);
}

/**
 * Up to `count` of a procedure's sentences that are no step and not in `chosen`, best first: what a summary
 * says of it when its own choice holds steps only.
 */
function beside(article: ScoredArticle, chosen: readonly number[], count: number): number[] {
  const steps = new Set(article.steps);
  return [...article.sentences.keys()]
    .filter((at) => !steps.has(at) && !chosen.includes(at))
    .sort((a, b) => article.sentences[b]!.score - article.sentences[a]!.score)
    .slice(0, count);
}

/** What every summary of a procedure holds besides its steps: its key sentences, `opening` and close. */
function coreOf(article: ScoredArticle, opening: number | undefined): number[] {
  return [...new Set([...article.purpose, opening, article.close].filter((at) => at !== undefined))];
}

/**
 * Whether a procedure's steps all fit in its medium and long summaries, beside what they always hold
 * (`coreOf`), within `maxSentences.long`.
 */
export function stepsFit(article: ScoredArticle, options: SummaryOptions, selectOwn: SelectOwn): boolean {
  const steps = new Set(article.steps);
  if (steps.size === article.sentences.length) return steps.size <= options.maxSentences.long;
  return (
    steps.size <= options.maxSentences.long - coreOf(article, openingOf(article, options, selectOwn)).length
  );
}

/**
 * A procedure's steps a summary leaves out: how many, and the length that lists them all (`medium`, when they
 * fit in one; none when they are more than any summary holds). A summary gives all of them in order or none.
 */
export interface LeftOutSteps {
  readonly count: number;
  readonly listedIn: 'medium' | undefined;
}

/** The steps `chosen` leaves out of a procedure (see `LeftOutSteps`), or undefined when it holds them or has none. */
export function stepsLeftOut(
  article: ScoredArticle,
  chosen: readonly number[],
  options: SummaryOptions,
  selectOwn: SelectOwn,
): LeftOutSteps | undefined {
  const steps = new Set(article.steps);
  if (steps.size === 0 || chosen.some((at) => steps.has(at))) return undefined;
  return { count: steps.size, listedIn: stepsFit(article, options, selectOwn) ? 'medium' : undefined };
}

/** What a procedure is (see `withSteps`): the first sentence of its short summary that is no step. */
function openingOf(
  article: ScoredArticle,
  options: SummaryOptions,
  selectOwn: SelectOwn,
): number | undefined {
  const steps = new Set(article.steps);
  return selectOwn(article, 'short', options).find((at) => !steps.has(at)) ?? beside(article, [], 1)[0];
}

/**
 * A guide's summary (see `stepsOf`): a structured document's key sentences (see `purposeOf`), what it is
 * (`opening`, the first sentence of its short summary that is no step), its close, and its steps in order, which
 * are what a reader needs from it; a long one adds the sentences of its own long summary that are no steps
 * (`rest`), best first, all within `maxSentences.long`. A guide of more steps than that keeps none of them (a
 * reader at the bench takes the first steps for the whole procedure): it says what it is for, its close and
 * the other sentences of its own summary at that length, within that length's `maxSentences`.
 */
function withSteps(
  article: ScoredArticle,
  opening: number | undefined,
  rest: readonly number[],
  options: SummaryOptions,
  length: 'medium' | 'long',
  selectOwn: SelectOwn,
): number[] {
  const core = coreOf(article, opening);
  // Every step in order, or none: the first steps of a procedure alone read as the whole of it.
  const fit = stepsFit(article, options, selectOwn);
  const chosen = new Set([...core, ...(fit ? article.steps : [])]);
  const max = fit ? options.maxSentences.long : options.maxSentences[length];
  // A medium summary with the steps holds no more: they are what a reader needs of it.
  const byScore =
    fit && length === 'medium'
      ? []
      : [...rest].sort((a, b) => article.sentences[b]!.score - article.sentences[a]!.score);
  // Without its steps, a summary of a procedure is as long as any other's: the best sentences that are no step.
  const more = fit ? byScore : [...byScore, ...beside(article, byScore, max)];
  for (const at of more) if (chosen.size < max) chosen.add(at);
  return [...chosen].sort((a, b) => a - b);
}
