import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/** The plural pronouns, which stand for people or things named before them. */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
/**
 * English plurals not made with "-s" (a closed set of the grammar, not of a text), and words that count or
 * gather what a plural pronoun can stand for ("all of us…", "both…", "the public…").
 */
const PLURAL_WORDS = new Set(
  `people men women children folk police cattle data media feet teeth mice geese oxen clergy staff public
  these those all both many several few some most others each every either neither none two three four five six seven eight
  nine ten hundred hundreds thousand thousands million millions`.split(/\s+/),
);
/**
 * Determiners and pronouns of anyone at all, which "they" may stand for: "If a parent isn't paying child
 * support, they should…", "No one should pay more than a third of the money they earn…".
 */
const SINGULAR_THEY = new Set([
  'a',
  'an',
  'any',
  'each',
  'every',
  'no',
  'one',
  'anyone',
  'someone',
  'everyone',
  'nobody',
  'anybody',
  'somebody',
  'everybody',
  'whoever',
]);
/** Words in "-s" that are no plural: function words and the commonest singulars ("news", "this", "always"). */
const NOT_PLURAL = /(?:ss|us|is|ous|ics|ness)$/;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Whether a folded word could be a plural something stands for: "farmers", "people", a number, "and". */
function couldBePlural(word: string): boolean {
  if (PLURAL_WORDS.has(word) || /^\d/.test(word) || word === 'and' || SINGULAR_THEY.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !NOT_PLURAL.test(word) && !STOPWORDS.has(word);
}

/**
 * Whether a sentence has a plural pronoun anywhere with nothing before it in the sentence that it could stand
 * for: "There is nothing affirmative or helpful about them." leans on the sentence before as much as "They
 * are…" does, where "The farmers asked for loans, and we gave them." names its own. A word in "-s", an
 * irregular plural, a number, an "and", or "a", "any", "every", "no one" of whom "they" is said, before the
 * pronoun counts as its possible antecedent, so the test
 * errs towards keeping a sentence. A capitalised word after the first (a name: "Congress", "the Allies") too.
 */
export function pluralUnreferred(text: string): boolean {
  const words = text.match(WORD) ?? [];
  for (const [i, word] of words.entries()) {
    const folded = foldText(word).replace(/['’]s$/, '');
    if (PLURAL_PRONOUNS.has(folded)) return true;
    if (couldBePlural(folded) || (i > 0 && /^\p{Lu}/u.test(word) && !STOPWORDS.has(folded))) return false;
  }
  return false;
}
