import type { Article } from '../content/article.js';
import { foldText } from '../text/fold.js';

// The words a title calls a text of each kind by ("Remarks at the Opening of…" is a speech), for a kind a user
// names with "the": "summarize the speech". Article, story, report, piece and post are every text of a
// library, named by the word itself only when a title has it.
const SPEECH = ['speech', 'remarks', 'address', 'lecture', 'sermon', 'eulogy', 'keynote', 'oration'];
const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  speech: SPEECH,
  remarks: SPEECH,
  address: SPEECH,
  lecture: SPEECH,
  essay: ['essay', 'column', 'op-ed'],
  column: ['column'],
  letter: ['letter'],
  interview: ['interview'],
  article: ['article'],
  story: ['story'],
  report: ['report'],
  piece: ['piece'],
  post: ['post'],
};
const KIND_ALONE = /^(?:(?:the|that|this)\s+)?([\p{L}-]+)[\s?!.]*$/u;

/**
 * The articles whose titles call them by the kind of text the words name alone ("speech", "the speech": a title
 * with "Speech", "Remarks", "Address" or "Lecture"); undefined when the words are no kind of text.
 */
export function articlesOfKind(articles: readonly Article[], words: string): Article[] | undefined {
  const kind = KIND_ALONE.exec(foldText(words.trim()))?.[1];
  const titled = kind === undefined ? undefined : TITLE_WORDS[kind];
  if (titled === undefined) return undefined;
  return articles.filter((article) =>
    (foldText(article.meta.title).match(/[\p{L}-]+/gu) ?? []).some((word) => titled.includes(word)),
  );
}
