import type { Article } from '../content/article.js';
import { LIGHT_WORDS, REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';

/** A heading of a library's article (a Markdown `##` line, or a line of capitals), its words read once. */
export interface Heading {
  readonly article: Article;
  /** The heading's place among the article's sentences. */
  readonly at: number;
  /** The stems of its words, as `stemsOf` reads them. */
  readonly stems: ReadonlySet<string>;
  /** Whether it asks a question (an interview's, an FAQ's). */
  readonly asks: boolean;
}

/** The stems of a text's words, without the words that only frame a request ("quote", "about"). */
export function stemsOf(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.alias && !REQUEST_WORDS.has(token.term) && !LIGHT_WORDS.has(token.term))
    .filter((token) => !STOPWORDS.has(token.term))
    .map((token) => token.stem);
}

/**
 * The headings of these articles in library order, each with its stems: made once per library, so that a
 * search of two words or more, which asks whether it names a section, reads no heading again (a library
 * without headings answers at once).
 */
export function headingsOf(articles: readonly Article[]): Heading[] {
  const headings: Heading[] = [];
  for (const article of articles) {
    article.sentences.forEach((sentence, at) => {
      if (sentence.heading !== true) return;
      headings.push({
        article,
        at,
        stems: new Set(stemsOf(sentence.text)),
        asks: sentence.text.trimEnd().endsWith('?'),
      });
    });
  }
  return headings;
}
