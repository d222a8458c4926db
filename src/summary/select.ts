import { greatestDot } from './concepts.js';
import type { SummaryLength, SummaryOptions } from './options.js';
import type { ScoredArticle, ScoredSentence } from './sentence-scores.js';
import { leansOnLeftOut, selectNews } from './select-news.js';
import { stepsLeftOut, withProcedureSteps, type LeftOutSteps } from './select-steps.js';

export type { LeftOutSteps } from './select-steps.js';

/**
 * A sentence and the ones before it that it needs to be understood ("he …" needs who "he" is). An example
 * in between is passed over: "Yet trams last longer" answers the point before "For example, …".
 */
function unitOf(sentences: readonly ScoredSentence[], at: number): number[] {
  const unit = [at];
  let i = at;
  // Two steps back at most: a chain longer than that is a passage, not a key point.
  while (i > 0 && unit.length < 3 && sentences[i]!.cues.dependent && !leansOnLeftOut(sentences, i)) {
    i -= 1;
    while (i > 0 && sentences[i]!.cues.example) i -= 1;
    unit.unshift(i);
  }
  return unit;
}

/**
 * Whether a unit reads on its own: its first sentence leans on none before it. A chain longer than `unitOf`
 * follows ("The first is…", "The second is…", "The third is…" after the freedoms they count) does not.
 */
function readsAlone(sentences: readonly ScoredSentence[], unit: readonly number[]): boolean {
  const head = unit[0]!;
  return !sentences[head]!.cues.dependent || (head === 0 && !leansOnLeftOut(sentences, head));
}

/**
 * The step of the argument each sentence stands in: its paragraph, or, in a paragraph of more than `size`
 * sentences, its share of that paragraph in runs of at most `size` (a speech pasted as one paragraph has its
 * steps too, though no blank line marks them).
 */
function stepsOf(sentences: readonly ScoredSentence[], size: number, written = false): string[] {
  const counts = paragraphSizes(sentences, written);
  const seen = new Map<number, number>();
  return sentences.map((sentence) => {
    const paragraph = paragraphOf(sentence, written);
    const count = counts.get(paragraph)!;
    const nth = seen.get(paragraph) ?? 0;
    seen.set(paragraph, nth + 1);
    const run = Math.ceil(count / Math.ceil(count / size));
    return `${paragraph}:${Math.floor(nth / run)}`;
  });
}

/** A sentence's paragraph: as the text has it (`written`), or its piece of a long one (see `withPseudoParagraphs`). */
function paragraphOf(sentence: ScoredSentence, written: boolean): number {
  return written ? sentence.writtenParagraph : sentence.passage.paragraph;
}

/** How many of the sentences each paragraph holds. */
function paragraphSizes(sentences: readonly ScoredSentence[], written = false): Map<number, number> {
  const counts = new Map<number, number>();
  for (const sentence of sentences) {
    const paragraph = paragraphOf(sentence, written);
    counts.set(paragraph, (counts.get(paragraph) ?? 0) + 1);
  }
  return counts;
}

/**
 * One key point per step not yet covered by `chosen`, best-scoring steps first: the step's best sentence that
 * reads alone, or, in a step with none, its best (which brings what it leans on). A point that brings two
 * sentences before it spends three of the summary's places on one step ("This is all we want for South
 * Vietnam." / "It is all the people of South Vietnam want." after the sentence they lean on).
 */
function keyPoints(
  article: ScoredArticle,
  chosen: ReadonlySet<number>,
  limit: number,
  size: number,
  written: boolean,
): number[] {
  const { sentences } = article;
  const steps = stepsOf(sentences, size, written);
  const covered = new Set([...chosen].map((i) => steps[i]));
  const best = new Map<string, number>();
  const better = (i: number, current: number | undefined): boolean => {
    if (current === undefined) return true;
    const alone = !sentences[i]!.cues.dependent;
    const currentAlone = !sentences[current]!.cues.dependent;
    if (alone !== currentAlone) return alone;
    return sentences[i]!.score > sentences[current]!.score;
  };
  for (const i of sentences.keys()) {
    const step = steps[i]!;
    // A timeline's line ("14:11 Failover completes.") tells an event: no step's key point.
    if (!covered.has(step) && !sentences[i]!.event && better(i, best.get(step))) best.set(step, i);
  }
  return [...best.values()].sort((a, b) => sentences[b]!.score - sentences[a]!.score).slice(0, limit);
}

/**
 * The run length that spreads a summary of at most `budget` sentences over a long paragraph: `stepSentences`,
 * or longer when `chosen` and one point for each run it leaves uncovered would not fit (a speech of 274
 * sentences pasted as one paragraph has 28 runs of 10; with 18 places the last runs, its close, were left
 * out); never longer than the longest paragraph, whose runs are then one step.
 */
function spreadingRun(
  sentences: readonly ScoredSentence[],
  chosen: ReadonlySet<number>,
  budget: number,
  stepSentences: number,
  written: boolean,
): number {
  const longest = Math.max(0, ...paragraphSizes(sentences, written).values());
  let size = stepSentences;
  while (size < longest && !fitsEachStep(sentences, chosen, budget, size, written)) size += 1;
  return size;
}

/** Whether `chosen` and one point for each step of `size` it leaves uncovered fit in `budget` sentences. */
function fitsEachStep(
  sentences: readonly ScoredSentence[],
  chosen: ReadonlySet<number>,
  budget: number,
  size: number,
  written: boolean,
): boolean {
  const steps = stepsOf(sentences, size, written);
  const covered = new Set([...chosen].map((i) => steps[i]));
  return chosen.size + new Set(steps).size - covered.size <= budget;
}

/**
 * Chooses the sentences of a summary (indices into `article.sentences`, in article order).
 *
 * Every summary starts from a structured document's key sentences (the first of each section whose heading
 * names its purpose or finding, see `purposeOf`), then the thesis (and a feature's nut graf, see `nutGrafOf`). Short and medium then add key points one at a time, each the
 * candidate with the best score less a redundancy penalty (its highest similarity with what is already
 * chosen, as in maximal marginal relevance), taking a sentence from a paragraph not yet represented before
 * a second one from any paragraph: an argument's paragraphs are its steps. Long says all that medium says,
 * then adds the best sentence of every step it does not cover yet (of the best-scoring steps when there are
 * more than `points.long`), so it is never shorter than medium, even for a piece of one paragraph. A sentence
 * that leans on the one before brings it along, within the length's `maxSentences`.
 *
 * A news report's summary is `newsSentences` of its best sentences (see `selectNews`). Its long summary
 * also has a main sentence per step when there are more steps of `stepSentences` than that (a speech read
 * as a report, 432 sentences in one paragraph, is not told in 7), within `maxSentences.long`.
 */
export function selectSentences(
  article: ScoredArticle,
  length: SummaryLength,
  options: SummaryOptions,
  exact?: number,
): number[] {
  const chosen = selectOwn(article, length, options, exact);
  if (article.steps.length === 0 || exact !== undefined) return chosen;
  return withProcedureSteps(article, length, options, chosen, selectOwn);
}

/** The steps `chosen` leaves out of a procedure (see `LeftOutSteps`), or undefined when it holds them or has none. */
export function leftOutSteps(
  article: ScoredArticle,
  chosen: readonly number[],
  options: SummaryOptions,
): LeftOutSteps | undefined {
  return stepsLeftOut(article, chosen, options, selectOwn);
}

/** The summary's sentences as its genre chooses them, steps aside (see `selectSentences`). */
function selectOwn(
  article: ScoredArticle,
  length: SummaryLength,
  options: SummaryOptions,
  exact?: number,
): number[] {
  if (article.genre === 'news') {
    // A structured document's key sentences (see `purposeOf`) come on top of a report's count, within the length's most.
    const count = Math.min(
      options.maxSentences[length],
      options.newsSentences[length] + article.purpose.length,
    );
    const chosen = selectNews(article, exact ?? count, options.newsRedundancy);
    if (exact !== undefined || length !== 'long') return chosen;
    // A report's 7 sentences tell a news story; a speech read as one needs a main sentence per step.
    const steps = Math.ceil(article.sentences.length / options.stepSentences);
    const max = Math.min(options.maxSentences.long, Math.max(chosen.length, steps));
    return withStepPoints(article, new Set(chosen), max, max, options.stepSentences);
  }
  if (exact !== undefined) return selectExactly(article, exact, options);
  const { sentences, thesis } = article;
  if (length === 'long') {
    const medium = new Set(selectOwn(article, 'medium', options));
    const max = options.maxSentences.long;
    return withStepPoints(article, medium, options.points.long, max, options.stepSentences);
  }
  const max = options.maxSentences[length];
  const chosen = new Set<number>(article.purpose.slice(0, max));
  const fits = (unit: readonly number[]): boolean =>
    chosen.size + unit.filter((i) => !chosen.has(i)).length <= max;
  const thesisUnit = unitOf(sentences, thesis);
  if (fits(thesisUnit)) for (const i of thesisUnit) chosen.add(i);
  withNutGraf(article, chosen, fits);
  addPoints(article, chosen, options.points[length], fits, options.redundancy);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * `chosen` and the key point of each step it does not cover (up to `points` of the best-scoring steps),
 * each with the sentences it leans on, while the summary stays within `max` sentences; in article order.
 * A long paragraph's runs are first made long enough that each has a place (see `spreadingRun`), then any
 * places left go to the runs of `stepSentences` still uncovered.
 */
function withStepPoints(
  article: ScoredArticle,
  chosen: Set<number>,
  points: number,
  max: number,
  stepSentences: number,
): number[] {
  const budget = Math.min(max, chosen.size + points);
  // A long paragraph's pieces that outnumber the places: spread over the text's own paragraphs, as runs.
  const written = !fitsEachStep(article.sentences, chosen, budget, stepSentences, false);
  const spread = spreadingRun(article.sentences, chosen, budget, stepSentences, written);
  const passes: [number, boolean][] =
    spread === stepSentences && !written
      ? [[spread, written]]
      : [
          [spread, written],
          [stepSentences, false],
        ];
  for (const [size, asWritten] of passes) {
    for (const point of keyPoints(article, chosen, budget - chosen.size, size, asWritten)) {
      const unit = unitOf(article.sentences, point);
      const fits = chosen.size + unit.filter((i) => !chosen.has(i)).length <= budget;
      if (fits && readsAlone(article.sentences, unit)) for (const i of unit) chosen.add(i);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Adds up to `points` key points to `chosen`, one at a time: the candidate with the best score less a
 * redundancy penalty, from a paragraph not yet represented first, each with the sentences it leans on (a
 * candidate that leans on more than `unitOf` brings is passed over: it would open on a word pointing to
 * nothing).
 */
function addPoints(
  article: ScoredArticle,
  chosen: Set<number>,
  points: number,
  fits: (unit: readonly number[]) => boolean,
  redundancy: number,
): void {
  const { sentences } = article;
  for (let point = 0; point < points; point++) {
    const covered = new Set([...chosen].map((i) => sentences[i]!.passage.paragraph));
    let best: { at: number; fresh: boolean; gain: number; unit: number[] } | undefined;
    for (const [at, sentence] of sentences.entries()) {
      if (chosen.has(at)) continue;
      const unit = unitOf(sentences, at);
      if (!fits(unit) || !readsAlone(sentences, unit)) continue;
      const overlap = greatestDot(sentence.vector, chosen, (i) => sentences[i]!.vector);
      const gain = sentence.score - redundancy * overlap;
      // A timeline's line opens no step of the argument: it is taken on its (lowered) score alone.
      const fresh = !covered.has(sentence.passage.paragraph) && !sentence.event;
      if (!best || (fresh && !best.fresh) || (fresh === best.fresh && gain > best.gain)) {
        best = { at, fresh, gain, unit };
      }
    }
    if (!best) break;
    for (const i of best.unit) chosen.add(i);
  }
}

/**
 * Adds a feature's nut graf (see `nutGrafOf`) to an argument's `chosen`, when it `fits`: it says what the
 * piece is; then the close of a piece whose point comes at its end (see `closeOf`): it says what it was for;
 * then a long read's "why" (see `whyOf`): it says why it matters.
 */
function withNutGraf(
  article: ScoredArticle,
  chosen: Set<number>,
  fits: (unit: readonly number[]) => boolean,
): void {
  if (article.nutGraf !== undefined && fits([article.nutGraf])) chosen.add(article.nutGraf);
  if (article.close !== undefined && fits([article.close])) chosen.add(article.close);
  if (article.why !== undefined && fits(article.why)) for (const at of article.why) chosen.add(at);
}

/**
 * An argument's summary of exactly `count` sentences: the thesis (with what it leans on, if that fits),
 * then key points as for medium, then, if units no longer fit, the best single sentences.
 */
function selectExactly(article: ScoredArticle, count: number, options: SummaryOptions): number[] {
  const { sentences, thesis } = article;
  const wanted = Math.min(count, sentences.length);
  const thesisUnit = unitOf(sentences, thesis);
  // Too few sentences for the thesis and what it leans on: the sentence it leans on, which reads alone
  // ("These lie scattered all over the Union." says nothing without the acres before it).
  // A structured document's key sentences come first (see `purposeOf`).
  const chosen = new Set<number>(article.purpose.slice(0, wanted));
  const fits = (unit: readonly number[]): boolean =>
    chosen.size + unit.filter((i) => !chosen.has(i)).length <= wanted;
  if (chosen.size === 0)
    for (const i of thesisUnit.length <= wanted ? thesisUnit : thesisUnit.slice(0, wanted)) chosen.add(i);
  else if (fits(thesisUnit)) for (const i of thesisUnit) chosen.add(i);
  withNutGraf(article, chosen, fits);
  addPoints(article, chosen, wanted, fits, options.redundancy);
  // Units that no longer fit: the best remaining sentences on their own, those that read alone first.
  const rest = sentences
    .map((sentence, at) => ({ at, score: sentence.score, alone: readsAlone(sentences, [at]) }))
    .filter(({ at }) => !chosen.has(at))
    .sort((a, b) => Number(b.alone) - Number(a.alone) || b.score - a.score);
  for (const { at } of rest.slice(0, wanted - chosen.size)) chosen.add(at);
  return [...chosen].sort((a, b) => a - b);
}
