import type { NewsFeatures } from './news-features.js';

/** How long a summary is. */
export type SummaryLength = 'short' | 'medium' | 'long';

export const SUMMARY_LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

/** Whether a word, as typed (in lower case), names a summary's length. */
export const isSummaryLength = (value: string | undefined): value is SummaryLength =>
  (SUMMARY_LENGTHS as readonly (string | undefined)[]).includes(value);

/** Options of the summariser. Every field has a default in `DEFAULT_SUMMARY_OPTIONS`. */
export interface SummaryOptions {
  /** Weights of a sentence's features in its score (see `scoreSentences`). */
  readonly weights: {
    /** Rank of its similarity with the centre of the article (how much of the rest it echoes). */
    readonly centrality: number;
    /** Rank of its similarity with the title and the deck (what the author says the piece is about). */
    readonly guide: number;
    /** It opens its paragraph: where writers put a paragraph's point. */
    readonly lead: number;
    /** It stands in the closing paragraph: where an argument lands. */
    readonly closing: number;
    /** It carries a conclusion marker ("therefore", "ultimately", "in any case"). */
    readonly conclusion: number;
    /** Subtracted for an example ("For instance, …"): it illustrates a point rather than making it. */
    readonly example: number;
    /** Subtracted for a sentence that leans on the one before ("That is, …", "he …"). */
    readonly dependent: number;
  };
  /**
   * Weights of a news report's sentence features (see `NEWS_FEATURES`), fitted on the development set
   * by `npm run bench:summary-fit` (logistic regression of "a person chose this sentence"; see
   * docs/how-it-works.md).
   */
  readonly news: NewsFeatures;
  /**
   * Sentences a news summary of each length has (an argument's length follows its key points); long has one
   * per step of `stepSentences` when a piece has more steps than that (a speech read as a report).
   */
  readonly newsSentences: Readonly<Record<SummaryLength, number>>;
  /** Subtracted, times the similarity, from a news candidate close to a sentence already chosen. */
  readonly newsRedundancy: number;
  /**
   * How the thesis is chosen: similarity with the title and deck (scaled so the closest sentence has 1),
   * plus these bonuses.
   */
  readonly thesis: { readonly closing: number; readonly conclusion: number; readonly centrality: number };
  /** Subtracted, times the similarity, from a candidate close to a sentence already chosen. */
  readonly redundancy: number;
  /**
   * Key points besides the thesis. Long takes medium's, then one per step (paragraph), up to this many steps.
   */
  readonly points: Readonly<Record<SummaryLength, number>>;
  /**
   * Most sentences one step of an argument spans: a longer paragraph counts as several steps, each of at
   * most this many sentences, when long takes one key point per step (a speech pasted as one paragraph of
   * 148 sentences has more steps than one).
   */
  readonly stepSentences: number;
  /**
   * Most sentences a summary of each length may have (a dependent sentence brings the one before); a guide's
   * medium summary holds its steps, up to `long`'s (see `stepsOf`).
   */
  readonly maxSentences: Readonly<Record<SummaryLength, number>>;
  /** Sentences a topic-focused summary of each length shows at most (the best matches, in article order). */
  readonly topicSentences: Readonly<Record<SummaryLength, number>>;
  /** Most sentences one article gives a library-wide topic summary (see `summarizeLibrary`). */
  readonly libraryPerArticle: number;
  /**
   * What a sentence naming a kind of a topic's thing counts for, by how many levels of WordNet's more specific
   * words down it is ("food": fish 1, haddock 2; the last for any deeper), against the word itself (1): each
   * less than the one above, from a more specific word's quality in a search (see `kindHits`).
   */
  readonly kindQuality: readonly number[];
  /**
   * What a sentence naming a sum of money ("£45") counts for, for a topic of money itself ("money", "cost"; not "fee": see `kindHits`): as much
   * as a derived form of the word, so that the sums stand beside the sentences that say "money" itself.
   */
  readonly sumQuality: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = {
  weights: {
    centrality: 0.35,
    guide: 0.25,
    lead: 0.2,
    closing: 0.1,
    conclusion: 0.1,
    example: 0.3,
    dependent: 0.2,
  },
  news: {
    position: 0.14,
    first: 0.3,
    graph: 3.28,
    guide: 0.33,
    length: 0.21,
    figures: 0.12,
    quote: -0.22,
    dependent: 0.04,
  },
  newsSentences: { short: 3, medium: 5, long: 7 },
  newsRedundancy: 0,
  thesis: { closing: 0.5, conclusion: 0.25, centrality: 0.1 },
  redundancy: 0.5,
  points: { short: 1, medium: 4, long: 12 },
  stepSentences: 10,
  maxSentences: { short: 3, medium: 6, long: 18 },
  topicSentences: { short: 3, medium: 5, long: 12 },
  libraryPerArticle: 2,
  kindQuality: [0.55, 0.52, 0.49, 0.46, 0.43],
  sumQuality: 0.75,
};
