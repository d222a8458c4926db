/**
 * Invisible format characters that only hint where a line may break, or where words may not: the soft hyphen
 * (U+00AD, in text copied from web pages and PDFs: "re\u00ADplacement"), the word joiner (U+2060), the zero-width
 * no-break space (U+FEFF: a byte order mark, or one left inside a text by joining files) and the invisible
 * operators of mathematics (U+2061–U+2064). None shows or says anything, yet each splits the word it is in for
 * search. Not here, because they do say something: the zero-width joiner and non-joiner (U+200D, U+200C: emoji
 * sequences, Persian and Indic spelling), the marks of writing direction (U+200E, U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069: how Arabic or Hebrew mixed with Latin shows on a card), variation selectors and tag characters
 * (emoji and flags). The zero-width space (U+200B) marks a break between words: the import makes it a space.
 */
// A soft hyphen at a line's end joins the word's halves across it ("re\u00AD\nplacement"), as it does when shown.
const INVISIBLE_FORMAT = /\u00ad(?:\r\n|\r|\n)?|[\u2060-\u2064\ufeff]/g;

/** The text without its invisible format characters (soft hyphens, word joiners; `INVISIBLE_FORMAT`). */
export function withoutInvisibleFormat(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '');
}
