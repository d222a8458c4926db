import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { editDistance } from './edit-distance.js';
import type { SearchHit } from './result.js';

/** The most letters a typed word and the word taken for it differ by (as typo matching allows). */
const MAX_EDITS = 2;
const LETTERS = /^\p{L}{3,}$/u;

/**
 * The query as its best hit reads it, when a word of it that neither the library nor the dictionary knows
 * was taken for another (a typo): "flod" found "floods", "inondation" found "innovation". Each such word is
 * replaced by the word `meant` reads it as ("fule": fuel, whatever the hit says for it), else by the
 * highlighted word of the hit closest to it in spelling; undefined when no word was taken for another, so
 * that a reply can say "Showing matches for “floods”" rather than correct silently.
 */
export function respelledQuery(
  query: string,
  hit: SearchHit,
  knows: (term: string, stem: string) => boolean,
  meant: (term: string, stem: string) => string | undefined,
): string | undefined {
  const unknown = tokenize(query).filter(
    (token) =>
      !token.alias &&
      LETTERS.test(token.term) &&
      !STOPWORDS.has(token.term) &&
      !knows(token.term, token.stem),
  );
  if (unknown.length === 0) return undefined;
  const marked = hit.highlights.flatMap(([start, end]) => {
    const text = hit.passage.text.slice(start, end);
    return tokenize(text)
      .filter((token) => !token.alias)
      .map((token) => ({ token, written: text.slice(token.start, token.end).toLowerCase() }));
  });
  let respelled = '';
  let at = 0;
  for (const token of unknown) {
    const written = meant(token.term, token.stem) ?? nearestMarked(token, marked);
    if (written === undefined) continue;
    respelled += `${query.slice(at, token.start)}${written}`;
    at = token.end;
  }
  return at === 0 ? undefined : `${respelled}${query.slice(at)}`;
}

/**
 * The highlighted word nearest the typed one in spelling, within `MAX_EDITS`, as the text writes it (in lower
 * case: "fernzügen", not the folded "fernzugen"); undefined if none is.
 */
function nearestMarked(
  token: Token,
  marked: readonly { readonly token: Token; readonly written: string }[],
): string | undefined {
  let best: { written: string; distance: number } | undefined;
  for (const { token: other, written } of marked) {
    if (other.term === token.term) continue;
    // A typo keeps about its length: "wwii" is no typo of "ii" (a glossary found "World War II" for it).
    // Typos are also matched stem to stem ("lumières", stem "lumier", found "lumbering", stem "lumber"), so
    // the stems are compared when the words are not.
    const distance = Math.min(spelled(token.term, other.term), spelled(token.stem, other.stem));
    if (distance <= MAX_EDITS && (best === undefined || distance < best.distance))
      best = { written, distance };
  }
  return best?.written;
}

/** Letters apart, as typo matching counts them, of two words about as long; beyond `MAX_EDITS` otherwise. */
function spelled(typed: string, other: string): number {
  if (typed === other || Math.abs(other.length - typed.length) > 1) return MAX_EDITS + 1;
  return editDistance(typed, other, MAX_EDITS);
}
