import { foldText } from '../text/fold.js';
import { keywordOf, type IntentKeyword } from './intent-words.js';

/** A word of a message, where it stands in it and the request it may name ("quote", "sumarize"). */
export interface Word {
  /** As typed. */
  readonly raw: string;
  /** Folded, with a misspelt keyword corrected ("sumarize" → "summarize"). */
  readonly folded: string;
  /** The request the word names when it is a keyword ("quote", "tldr"). */
  readonly intent: IntentKeyword | undefined;
  /** Where it begins in the text it was read from. */
  readonly start: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Folded form for matching: "tl;dr" and "tl dr" are "tldr", "what's" is "whats", no punctuation. */
export function normalise(text: string): string {
  return foldText(text)
    .replace(/\btl\s*[;:,.]?\s*dr\b/g, 'tldr')
    .replace(/\b(what|it|that)'s\b/g, '$1s')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a message, each folded and read for a request keyword (`isWord`: see `IntentOptions`). */
export function wordsOf(text: string, isWord?: (word: string) => boolean): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const folded = normalise(match[0]).replace(/'s$/, '');
    const keyword = keywordOf(folded, isWord);
    return { raw: match[0], folded: keyword?.keyword ?? folded, intent: keyword?.intent, start: match.index };
  });
}
