import { cleanTopic } from '../summary/topic.js';
import { ARTICLE_ALONE, ARTICLE_NAMED, FILLER, NOT_AN_ARTICLE_NAME, TEXT_KINDS } from './intent-words.js';
import { wordsOf, type Word } from './message-words.js';

/**
 * The article a text that only names one stands for ("the chess article", "wilson's speech"), or undefined.
 */
export function articleAlone(text: string): string | undefined {
  return ARTICLE_ALONE.test(text.trim()) ? articleNamedIn(text.trim()) : undefined;
}

/** An article a request names by what it is about ("the yukos article"), as typed; undefined when none. */
export function articleNamedIn(text: string): string | undefined {
  for (const pattern of ARTICLE_NAMED) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name === undefined) continue;
    const words = wordsOf(name).filter(
      (word) => !FILLER.has(word.folded) && !NOT_AN_ARTICLE_NAME.has(word.folded),
    );
    if (words.length > 0) return cleanTopic(name.replace(/^(?:the|a|an)\s+/iu, ''));
  }
  return undefined;
}

/**
 * Whether the words only say which article by its place or kind ("latest", "the whole"), perhaps with an item's
 * noun after a place ("the latest episode", as "the latest article").
 */
export function onlyPlaceWords(text: string): boolean {
  const words = wordsOf(text);
  const place = (word: Word): boolean => FILLER.has(word.folded) || NOT_AN_ARTICLE_NAME.has(word.folded);
  return (
    words.every(place) ||
    (words.some((word) => NOT_AN_ARTICLE_NAME.has(word.folded)) &&
      words.every((word) => place(word) || TEXT_KINDS.has(word.folded)))
  );
}

/** Whether two phrases have the same words, small ones, words for a kind of text and case aside. */
export function sameWords(a: string | undefined, b: string): boolean {
  const key = (text: string): string =>
    wordsOf(text)
      .map((word) => word.folded)
      .filter((word) => !FILLER.has(word) && !TEXT_KINDS.has(word))
      .join(' ');
  return a !== undefined && key(a) === key(b);
}
