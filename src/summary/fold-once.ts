import { foldedWords, foldedWordsOf, foldText } from '../text/fold.js';

/** The folds of one summary's texts, while it is being made (see `foldingOnce`). */
let folds: Map<string, string> | undefined;
let words: Map<string, readonly string[]> | undefined;

/**
 * Runs `read` with each text folded once however many of the summariser's tests read it: the ceremony, the
 * cues, the fragments, the language and the concepts each fold every sentence, which was a quarter of a
 * summary's time. The folds are kept for this call alone (`read` is synchronous), not beyond: a summary of
 * an article never seen costs no more than one seen before. Nested, it shares the outer call's folds.
 */
export function foldingOnce<T>(read: () => T): T {
  if (folds !== undefined) return read();
  folds = new Map();
  words = new Map();
  try {
    return read();
  } finally {
    folds = undefined;
    words = undefined;
  }
}

/** `foldText` of a text, folded once inside `foldingOnce`. */
export function foldOnce(text: string): string {
  if (folds === undefined) return foldText(text);
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    folds.set(text, folded);
  }
  return folded;
}

/** `foldedWords` of a text, found once inside `foldingOnce`; not to be changed. */
export function foldedWordsOnce(text: string): readonly string[] {
  if (words === undefined) return foldedWords(text);
  let found = words.get(text);
  if (found === undefined) {
    found = foldedWordsOf(foldOnce(text));
    words.set(text, found);
  }
  return found;
}
