import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/** The words of a title or of what was typed for one, folded ("BA's" has "ba"). */
export function titleWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The text with each apostrophe inside a word left out ("Obama's" → "Obamas"), as a slug writes it. */
export function withoutApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
}

/** Whether `words` stand side by side somewhere in `all`. */
export function hasRun(all: readonly string[], words: readonly string[]): boolean {
  for (let at = 0; at + words.length <= all.length; at++)
    if (words.every((word, i) => all[at + i] === word)) return true;
  return false;
}

/** A title's words without its small ones ("of", "the", "for"), which a request for it often leaves out. */
export function contentTitleWords(text: string): string[] {
  return titleWords(text).filter((word) => !STOPWORDS.has(word));
}
