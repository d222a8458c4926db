import type { SearchEngine } from '../search/engine.js';
import { inDictionary, type Lexicon } from '../search/lexicon.js';
import type { SentenceIndex } from '../search/sentence-index.js';
import { foldText } from '../text/fold.js';
import { spellingVariants } from '../text/spelling.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** What `wordsHeld` counts of a query's content words (see `Library.wordsHeld`). */
export interface WordsHeld {
  held: number;
  of: number;
  names: number;
  typed: number;
  words: readonly string[];
}

/**
 * `Library.wordsHeld` of the library's engine: `titles` are the stems of its articles' titles and interviews'
 * questions (`LibraryIndexes.contextStems`), which count as held.
 */
export function wordsHeld(
  engine: SearchEngine,
  lexicon: Lexicon,
  titles: ReadonlySet<string>,
  query: string,
): WordsHeld {
  const index = engine.index;
  const words = engine.analyze(query).filter((term) => !term.light);
  let held = 0;
  let names = 0;
  let typed = 0;
  for (const term of words) {
    const tokens = tokenize(term.label).filter((token) => !token.alias);
    if (
      tokens.length === 0 ||
      !tokens.every((token) => heldAsTyped(index, titles, token) || heldSpeltOtherwise(index, token))
    )
      continue;
    held += 1;
    if (tokens.every((token) => isName(index, lexicon, token.term) || isName(index, lexicon, token.stem)))
      names += 1;
    if (tokens.every((token) => index.hasTerm(token.term))) typed += 1;
  }
  return { held, of: words.length, names, typed, words: words.map((term) => foldText(term.label)) };
}

function heldAsTyped(index: SentenceIndex, titles: ReadonlySet<string>, token: Token): boolean {
  return index.hasStem(token.stem) || titles.has(token.stem);
}

/**
 * Whether the library writes the word in the other variety of English ("labour" of texts that write "labor"),
 * as the search finds it: a British spelling is no reason to read a message as not about the library.
 */
function heldSpeltOtherwise(index: SentenceIndex, token: Token): boolean {
  return spellingVariants(token.term).some((variant) => index.hasTerm(variant));
}

/**
 * How many passages have a word in some form, its terms of the same stem ("elections" is in those with
 * "election", as a search for it finds them), each form's counted apart: its rarity. Of a word of several
 * tokens, its rarest token's.
 */
export function passagesWriting(index: SentenceIndex, word: string): number {
  const counts = tokenize(word)
    .filter((token) => !token.alias)
    .map((token) =>
      index.termsWithStem(token.stem).reduce((sum, term) => {
        const id = index.termId(term);
        return sum + (id === undefined ? 0 : index.documentFrequency(id));
      }, 0),
    );
  return counts.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...counts);
}

/** Whether some sentence of the library has each word of these in some form ("tests" for "test"). */
export function writes(index: SentenceIndex, words: string): boolean {
  const tokens = tokenize(words).filter((token) => !token.alias);
  return tokens.length > 0 && tokens.every((token) => index.hasStem(token.stem));
}

/**
 * Whether the library writes a word as a name ("Rosneft", "Scotland") and the dictionary knows it as no
 * common word: "Funny" of "A Funny Thing Happened on the Way to the Forum" is still "funny".
 */
function isName(index: SentenceIndex, lexicon: Lexicon, term: string): boolean {
  return index.writesAsName(term) && !isEverydayWord(lexicon, term);
}

/** `Library.knowsWord`: the library has the word, or the dictionary knows it in some form. */
export function knowsWord(index: SentenceIndex, lexicon: Lexicon, word: string): boolean {
  return index.hasTerm(word) || inDictionary(word, lexicon, true);
}

/** `Library.isEverydayWord`: the dictionary knows the word in some form as a common word. */
export function isEverydayWord(lexicon: Lexicon, word: string): boolean {
  return inDictionary(word, lexicon, false);
}
