const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ′]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const HYPHENS = /[‐‑‒]/g;
/**
 * Text of ASCII and these few marks only, each its own compatibility decomposition and no combining mark: most
 * English text. Its fold needs no Unicode normalisation nor the costly search for combining marks (`\p{M}`),
 * which were a tenth of a summary's time.
 */
// eslint-disable-next-line no-control-regex -- all of ASCII, its control characters too, folds so
export const PLAIN_TEXT = /^[\x00-\x7f’‘“”–—£€]*$/;

/**
 * Folds text for comparison: Unicode compatibility forms, no diacritics, lower case, straight quotes and
 * ASCII hyphens. Used on single words and on whole queries; never on text shown to users.
 */
export function foldText(text: string): string {
  if (PLAIN_TEXT.test(text)) return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').toLowerCase();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, '-')
    .toLowerCase();
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, letters and digits only ("Da Vinci's" → da, vinci, s). */
export function foldedWords(text: string): string[] {
  return foldedWordsOf(foldText(text));
}

/** The words of a text folded already, letters and digits only. */
export function foldedWordsOf(folded: string): string[] {
  return folded.match(WORDS) ?? [];
}
