import { CONTRACTIONS, LIGHT_WORDS, STOPWORDS } from '../text/stopwords.js';
import { transpositions, typoBudget } from './edit-distance.js';
import { inDictionary, inflectedForms, isPastWithS, type Lexicon } from './lexicon.js';

const LETTERS = /^\p{L}+$/u;
/** Words of a query's frame, of chat or contractions typed without the apostrophe ("isnt"): no typos. */
const isFunctionWord = (term: string): boolean =>
  STOPWORDS.has(term) || CONTRACTIONS.has(term) || LIGHT_WORDS.has(term);
/** The endings of a regular inflection, as `regularForms` writes them. */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing'];

/**
 * The common words the dictionary knows that a word it lacks is with two letters side by side swapped back
 * ("fule": flue, fuel). That is the commonest slip: such a word means one of these, even where the library
 * never says it, and not a word of the library one other slip away ("full", a letter changed). None for a
 * word the dictionary knows in some form (as a name too; "suing" is "sue"'s), a function word or a
 * contraction ("isnt"), or one too short to carry a typo; and no function word is one of these ("thier" is
 * left out as "their" is).
 */
export function transposedWords(term: string, lexicon: Lexicon): string[] {
  if (typoBudget(term.length) === 0 || !LETTERS.test(term) || isFunctionWord(term)) return [];
  if (inDictionary(term, lexicon, true) || isWord(term, lexicon, true)) return [];
  return transpositions(term).filter((form) => !isFunctionWord(form) && isWord(form, lexicon, false));
}

/**
 * Whether the dictionary knows the word, or a word it is a regular inflection of ("fuels", "doubled",
 * "suing"), as a common word (or, with `names`, as a name too). Stricter than `inDictionary` about the
 * ending: "nitrest" only looks like a form of "nitre", "muddleing" of "muddle".
 */
function isWord(word: string, lexicon: Lexicon, names: boolean): boolean {
  const stacked = isPastWithS(word, lexicon) ? word.slice(0, -1) : undefined;
  return lemmasOf(word).some(
    (lemma) =>
      lemma !== stacked &&
      (lexicon.isName?.(lemma) ? names : lexicon.related(lemma).length > 0) &&
      (lemma === word || regularForms(lemma).includes(word)),
  );
}

/** The word, and the words it may be a regular inflection of, short ones too ("suing": su, sue). */
function lemmasOf(word: string): string[] {
  const found = [word];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const base = word.slice(0, -ending.length);
    found.push(base, `${base}e`);
    if (base.at(-1) === base.at(-2)) found.push(base.slice(0, -1));
    if (base.endsWith('i')) found.push(`${base.slice(0, -1)}y`);
  }
  return found;
}

/**
 * The regular inflections of a dictionary form (`inflectedForms`), but those that add "ed" or "ing" to a
 * word in "e" whole ("muddleing"; not "seeing"), which nobody writes, and with a last consonant doubled
 * ("stopped", "planning").
 */
function regularForms(lemma: string): string[] {
  const whole = lemma.endsWith('e') && !lemma.endsWith('ee');
  const forms = inflectedForms(lemma).filter(
    (form) => !(whole && (form === `${lemma}ing` || form === `${lemma}ed`)),
  );
  const last = lemma.at(-1) ?? '';
  if (/[bdfgklmnprstvz]/.test(last)) forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  return forms;
}
