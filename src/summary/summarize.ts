import { attributionOf, type Article, type Attribution } from '../content/article.js';

export type SummaryLength = 'short' | 'medium' | 'long';

/** An extractive summary: the article's own sentences, verbatim, in article order. */
export interface Summary {
  readonly article: Attribution;
  /** The author's own summary (the deck), shown apart and labelled as such. */
  readonly deck: string | null;
  readonly length: SummaryLength;
  readonly topic: string | null;
  /** False when a topic was asked for and the article does not discuss it. */
  readonly found: boolean;
  readonly sentences: readonly { readonly id: string; readonly text: string }[];
}

const COUNTS: Record<SummaryLength, number> = { short: 3, medium: 5, long: 8 };

/** Placeholder until the summaries issue lands: the first sentences of the article. */
export function summarize(
  article: Article,
  request: { length?: SummaryLength; topic?: string } = {},
): Summary {
  const length = request.length ?? 'medium';
  return {
    article: attributionOf(article),
    deck: article.meta.deck ?? null,
    length,
    topic: request.topic ?? null,
    found: true,
    sentences: article.sentences.slice(0, COUNTS[length]).map(({ id, text }) => ({ id, text })),
  };
}
