import { foldOnce } from './fold-once.js';
import type { Passage } from '../content/article.js';

/** What a news report's sentence is, read from its text and place (see `NEWS_FEATURES`). */
export type NewsFeatures = Readonly<Record<NewsFeature, number>>;

/**
 * The features a news report's sentence is scored on, each 0–1:
 * - `position`: 1 for the first body sentence down to 0 for the last: a report puts its facts first and
 *   its background late (the inverted pyramid);
 * - `first`: it is the first body sentence, the lead that states the story;
 * - `graph`: percentile rank of its TextRank-like centrality (`graphRank`): how much of the report it ties
 *   together;
 * - `guide`: percentile rank of its similarity with the headline (and deck);
 * - `length`: percentile rank of its number of words: a fact-bearing sentence says who, what, how much;
 * - `figures`: it holds a number (sums, shares, dates: the facts of a report);
 * - `quote`: it quotes someone (quotation marks, "…", “…”, «…» or „…“ alike): reactions, which a summary
 *   mostly leaves out;
 * - `dependent`: it leans on the sentence before ("He said …", "But …").
 */
export const NEWS_FEATURES = [
  'position',
  'first',
  'graph',
  'guide',
  'length',
  'figures',
  'quote',
  'dependent',
] as const;
export type NewsFeature = (typeof NEWS_FEATURES)[number];

const DIGIT = /\p{N}/u;
// Double quotation marks as `foldText` leaves them: every kind (“ ” „ « ») is the straight one.
const QUOTE = /"/;
const WORDS = /\S+/g;

/** The features of each sentence of a report, given the ranks the scorer already computed. */
export function newsFeaturesOf(
  passages: readonly Passage[],
  ranks: { readonly graph: readonly number[]; readonly guide: readonly number[] },
  dependent: readonly boolean[],
  percentileRanks: (values: readonly number[]) => number[],
): NewsFeatures[] {
  const n = passages.length;
  const lengths = percentileRanks(passages.map((passage) => passage.text.match(WORDS)?.length ?? 0));
  return passages.map((passage, i) => ({
    position: n > 1 ? 1 - i / (n - 1) : 1,
    first: i === 0 ? 1 : 0,
    graph: ranks.graph[i]!,
    guide: ranks.guide[i]!,
    length: lengths[i]!,
    figures: DIGIT.test(passage.text) ? 1 : 0,
    quote: QUOTE.test(foldOnce(passage.text)) ? 1 : 0,
    dependent: dependent[i] && i > 0 ? 1 : 0,
  }));
}

/** The weighted sum of a sentence's features. */
export function newsScore(features: NewsFeatures, weights: NewsFeatures): number {
  let score = 0;
  for (const feature of NEWS_FEATURES) score += weights[feature] * features[feature];
  return score;
}
