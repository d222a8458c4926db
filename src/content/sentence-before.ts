import type { Article, Passage } from './article.js';

/**
 * The sentence just before a passage in its paragraph, which the reader has just read; undefined when the
 * passage opens its paragraph or follows a label ("Root cause. The root cause was…"), which introduces nothing.
 */
export function sentenceBefore(article: Article, passage: Passage): string | undefined {
  const before = article.sentences[passage.index - 1];
  return before !== undefined && before.paragraph === passage.paragraph && before.heading !== true
    ? before.text
    : undefined;
}
