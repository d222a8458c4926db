import type { PassageRange } from './candidates.js';
import { slipsOf } from './edit-distance.js';
import type { SearchEngine } from './engine.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { inDictionary, type Lexicon } from './lexicon.js';
import type { QueryTerm } from './query.js';
import { questionOf } from './question.js';
import { transposedWords } from './transposed.js';

/** Quotation marks around words (not apostrophes inside them): a suggestion is bare words. */
const QUOTE_MARKS = /["“”„‟«»]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;

/** How many words a query's terms hold, a question's frame left out ("north korea" is two). */
function contentWords(terms: readonly QueryTerm[]): number {
  return terms.reduce((sum, term) => sum + (term.light ? 0 : term.label.split(' ').length), 0);
}

/** A word as typed, in lower case and letters and digits only ("Korea's" → "koreas"). */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Did-you-mean: the query with one word the library lacks replaced by a near word of the vocabulary (one typo
 * more than search allows), kept only when that query finds something, and not for a word the dictionary
 * knows ("global warming" is no "global warning"); failing that, a longer query without its last word when no
 * sentence has it (small words left at its end dropped too) and two of its words still say what it is about:
 * "missile tests in antarctica" offers "missile tests"; "when did omai arrive" offers no "when did arrive",
 * whose one word finds whatever arrived, "best pizza in new york" no "best in new york" (the word it is about
 * is inside), and "how tall is mount everest" no "how tall is mount" (the end of a name the dictionary
 * knows).
 */
export function suggestQueries(
  engine: SearchEngine,
  query: string,
  range: PassageRange,
  maxSuggestions: number,
  lexicon?: Lexicon,
): string[] {
  const suggestions: string[] = [];
  const words = query
    .replace(QUOTE_MARKS, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  for (const [i, word] of words.entries()) {
    const folded = bare(word);
    // A word the library has is no typo: "north korea" is not offered as "north Korean"; nor is one the
    // dictionary knows.
    if (engine.index.hasTerm(folded) || (lexicon !== undefined && inDictionary(folded, lexicon, true)))
      continue;
    // Nor one two letters swapped from dictionary words the library lacks: it means one of those ("fule":
    // fuel), not a word of the library one other slip away ("full").
    const swapped = lexicon === undefined ? [] : transposedWords(folded, lexicon);
    if (swapped.length > 0 && !swapped.some((word) => engine.index.hasStem(stemOf(word)))) continue;
    // A word one slip from a dictionary word the library lacks ("recesion") means that word: the library's
    // words further away ("represent") are not what was meant.
    const meant = lexicon !== undefined && oneSlipFromDictionary(folded, lexicon);
    for (const { term, distance } of engine.fuzzy.match(folded, 1)) {
      if (term[0] !== folded[0] || distance / Math.max(term.length, folded.length) > 0.34) continue;
      if (meant && distance > 1) continue;
      const replaced = [
        ...words.slice(0, i),
        engine.index.surfaceOf(term) ?? term,
        ...words.slice(i + 1),
      ].join(' ');
      if (!suggestions.includes(replaced) && engine.finds(engine.analyze(replaced), range)) {
        suggestions.push(replaced);
      }
      if (suggestions.length >= maxSuggestions) return suggestions;
    }
  }
  // The last word only: what ends a query narrows it ("missile tests in antarctica"); a word inside it is
  // what it is about ("best pizza in new york" is no "best in new york").
  const last = words.findLastIndex((word) => bare(word).length > 0 && !STOPWORDS.has(bare(word)));
  // Not a question's: "how many people live in tokyo?" asks about Tokyo, and without it asks nothing.
  const question = questionOf(query) !== undefined;
  if (words.length >= 3 && last > 0 && !question && suggestions.length < maxSuggestions) {
    const word = words[last]!;
    const before = bare(words[last - 1]!);
    // Nor the end of a name or phrase the dictionary knows ("mount everest" is no "mount").
    const phrase = lexicon !== undefined && lexicon.related(`${before}_${bare(word)}`).length > 0;
    if (!phrase && !engine.finds(engine.analyze(word), range)) {
      const kept = words.slice(0, last);
      while (kept.length > 0 && STOPWORDS.has(bare(kept.at(-1)!))) kept.pop();
      const shorter = kept.join(' ');
      const terms = engine.analyze(shorter);
      if (!suggestions.includes(shorter) && contentWords(terms) >= 2 && engine.finds(terms, range))
        suggestions.push(shorter);
    }
  }
  return suggestions;
}

/**
 * Whether a word the dictionary lacks is one slip (a letter left out, added, changed or swapped) from one it
 * has.
 */
function oneSlipFromDictionary(word: string, lexicon: Lexicon): boolean {
  if (!/^[a-z]{4,}$/.test(word)) return false;
  for (const candidate of slipsOf(word)) if (lexicon.related(candidate).length > 0) return true;
  return false;
}
