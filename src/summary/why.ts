import type { Article, Passage } from '../content/article.js';
import { foldText } from '../text/fold.js';
import { wordCount } from '../text/tokenize.js';
import type { SentenceCues } from './cues.js';
import { FEATURE_WORDS } from './nut-graf.js';
import { explains, judges } from './verdict.js';

/**
 * The least percentile rank a long read's why has in centrality or in likeness to the title and deck (the better
 * of the two: `tiesTogether`): it explains the story the piece tells, not a detail of it. The better half, as a
 * report's lead must be (see `selectNews`). Of the 233 State of the Union addresses, 48 had a "why" without it,
 * most a detail ("…if not so brilliant, it is because the enemy had no force…"); with it and the markers at the
 * sentence's opening, 18 ("What is at stake is the cause of freedom…", "That is why the future of all the American
 * Republics is today in serious danger."; still one detail, 1859's "The reason is that the mail contractors…").
 */
const CENTRAL = 0.5;

/**
 * The "why" of a long read, as indices into `passages` (the summary's candidate sentences, with their `cues`):
 * the first sentence that says the cause or the stakes in the writer's own voice ("The reason is simple: …",
 * "That matters because…": see `explains`) and ties the piece together (`CENTRAL`), with the sentence before it
 * when it leans on that one ("That…"), or undefined when the piece has none or is no long read.
 *
 * A report states its facts and leaves the why to the people it quotes; a long read (`FEATURE_WORDS` words or
 * more, as a feature is) builds to it, and a summary of its scene, its facts and its close that leaves it out
 * says what happened and never why it matters.
 */
export function whyOf(
  article: Article,
  passages: readonly Passage[],
  cues: readonly SentenceCues[],
  tiesTogether: (at: number) => number,
  bodyWords: number = wordCount(article.body),
): readonly number[] | undefined {
  if (passages.length < 2 || bodyWords < FEATURE_WORDS) return undefined;
  const at = passages.findIndex((passage, i) => tiesTogether(i) >= CENTRAL && explains(passage.text));
  if (at < 0) return undefined;
  if (!cues[at]!.dependent) return [at];
  const before = passages[at - 1];
  return before !== undefined && before.index === passages[at]!.index - 1 && !cues[at - 1]!.dependent
    ? [at - 1, at]
    : undefined;
}

// A review told by its kind's name where a library files it: its section or a tag ("Reviews", "theatre
// review"), or its title's first or last word ("Review: Giselle", "Giselle – review"). "A review of the
// rules" in a title is a report on one.
const REVIEW = /\breviews?\b/u;
const TITLED_REVIEW = /^\W*review\b|\breview\W*$/u;

/** Whether the article is a review, as its section, its tags or its title file it. */
export function isReview(article: Article): boolean {
  const { section, tags, title } = article.meta;
  return (
    [section ?? '', ...tags].some((label) => REVIEW.test(foldText(label))) ||
    TITLED_REVIEW.test(foldText(title))
  );
}

/**
 * A review's verdict, as an index into `passages`, when its close is not (see `closeOf`): the last sentence
 * that judges in the writer's voice (see `judges`; its "it" is what is reviewed); often near the end, not always
 * in the last paragraph. Undefined for any other piece, or a review with no such sentence.
 */
export function verdictOf(article: Article, passages: readonly Passage[]): number | undefined {
  if (!isReview(article)) return undefined;
  const at = passages.findLastIndex((passage) => judges(passage.text));
  return at < 0 ? undefined : at;
}
