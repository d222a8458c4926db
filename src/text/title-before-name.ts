import type { Lexicon } from '../search/lexicon.js';
import { TITLE, isOwner } from './speaker-names.js';

/** A capitalised word, and its letters alone. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** A word of a run of capitalised words ("Communications", "BA's"): the word after it is no title alone. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The title the article gives a person before their name ("Councillor" of "…," said Councillor Tom Blake.):
 * a word the lexicon knows as a noun for a person, written capitalised directly before their full name or
 * their surname where a sentence does not capitalise it anyway: not the last of a run of capitalised words
 * ("Communications Minister Dayanidhi Maran"), and a sentence's first word only when it is a title there (see
 * `isTitleAtStart`). A description printed as a title at a sentence's start ("Teacher Joan Pike said…") or in
 * lower case ("the welder Darren Hughes") is no title;
 * undefined when the article writes none, or the name has its title already ("Dr Helen Okoro", "Prince Frederik").
 */
export function titleBeforeName(
  texts: readonly string[],
  name: string,
  lexicon: Lexicon,
): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || TITLE.test(`${name} `) || lexicon.isPerson === undefined) return undefined;
  // "Prince Frederik": the name is how they are titled already.
  if (lexicon.isPerson(words[0]!.toLowerCase())) return undefined;
  const surname = words.at(-1)!;
  for (const text of texts) {
    const tokens = text.split(/\s+/);
    for (let at = 0; at < tokens.length - 1; at++) {
      const word = tokens[at]!;
      if (!CAPITALISED.test(word) || !namedFrom(tokens, at + 1, words, surname)) continue;
      const before = tokens[at - 1];
      if (
        before === undefined
          ? !isTitleAtStart(texts, word, lexicon)
          : CAPITALISED_RUN.test(before) || isOwner(before)
      )
        continue;
      if (lexicon.isPerson(word.toLowerCase())) return word;
    }
  }
  return undefined;
}

/**
 * Whether a word for a person at a sentence's start, where every word is capitalised, is a title there: one
 * the dictionary knows for an office or a rank ("President", "Mayor"; see `Lexicon.isTitle`), or one the
 * article writes in lower case elsewhere, as what the person is ("Councillor Tom Blake said…" / "the
 * councillor"). A word printed before a name only there is a description ("Novelist Andrea Levy").
 */
function isTitleAtStart(texts: readonly string[], word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.isTitle?.(lower) === true) return true;
  return texts.some((text) => text.split(/[^\p{L}'’-]+/u).includes(lower));
}

/** Whether the tokens from `at` are the full name or the surname, perhaps followed by punctuation. */
function namedFrom(
  tokens: readonly string[],
  at: number,
  words: readonly string[],
  surname: string,
): boolean {
  const bare = (token: string | undefined): string | undefined =>
    token?.replace(/[^\p{L}'’.-]+$/u, '').replace(/\.$/, '');
  if (words.every((word, i) => bare(tokens[at + i]) === word)) return true;
  return bare(tokens[at]) === surname;
}

/** The name with the title the article gives the person before it (`titleBeforeName`), when it gives one. */
export function withTitleBefore(texts: readonly string[], name: string, lexicon: Lexicon): string {
  const title = titleBeforeName(texts, name, lexicon);
  return title === undefined ? name : `${title} ${name}`;
}
