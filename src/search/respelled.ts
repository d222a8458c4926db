import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { editDistance } from './edit-distance.js';
import type { SearchHit } from './result.js';

/** The most letters a typed word and the word taken for it differ by (as typo matching allows). */
const MAX_EDITS = 2;
const LETTERS = /^\p{L}{3,}$/u;

/**
 * The query as its best hit reads it, when a word of it that neither the library nor the dictionary knows
 * was taken for another (a typo): "flod" found "floods", "inondation" found "innovation". Each such word is
 * replaced by the highlighted word of the hit closest to it in spelling; undefined when no word was taken
 * for another, so that a reply can say "Showing matches for “floods”" rather than correct silently.
 */
export function respelledQuery(
  query: string,
  hit: SearchHit,
  knows: (term: string, stem: string) => boolean,
): string | undefined {
  const unknown = tokenize(query).filter(
    (token) =>
      !token.alias &&
      LETTERS.test(token.term) &&
      !STOPWORDS.has(token.term) &&
      !knows(token.term, token.stem),
  );
  if (unknown.length === 0) return undefined;
  const marked = hit.highlights.flatMap(([start, end]) =>
    tokenize(hit.passage.text.slice(start, end)).filter((token) => !token.alias),
  );
  let respelled = '';
  let at = 0;
  for (const token of unknown) {
    let best: { written: string; distance: number } | undefined;
    for (const other of marked) {
      // A typo keeps about its length: "wwii" is no typo of "ii" (a glossary found "World War II" for it).
      if (other.term === token.term || Math.abs(other.term.length - token.term.length) > 1) continue;
      const distance = editDistance(token.term, other.term, MAX_EDITS);
      if (distance <= MAX_EDITS && (best === undefined || distance < best.distance))
        best = { written: other.term, distance };
    }
    if (best === undefined) continue;
    respelled += `${query.slice(at, token.start)}${best.written}`;
    at = token.end;
  }
  return at === 0 ? undefined : `${respelled}${query.slice(at)}`;
}
