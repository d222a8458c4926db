import { foldOnce } from './fold-once.js';

/**
 * Most words of a fragment. Longer, words without a verb are a list or a heading (which `standsAsHeading`
 * reads); a short statement ("We failed.", "Prices rose.") is told from a fragment by its words, and the
 * fewer there are, the surer that is.
 */
export const FRAGMENT_WORDS = 3;
// Words that make a clause of a few: a pronoun or demonstrative as its subject, an auxiliary or a modal, a
// possessive ("All businessmen share his concern."), the reader addressed ("Bring your children.").
const CLAUSE_WORDS = new Set(
  [
    'i we you he she it they this these those nobody everybody everyone someone somebody nothing everything something there',
    'is are was were be been being am has have had do does did will would shall should can cannot could may might must',
    'my your his her its our their',
  ].flatMap((words) => words.split(' ')),
);
// Verbs whose past takes no "-ed": the common ones a short statement uses ("Prices rose.", "Sales hit a record.").
const IRREGULAR_VERBS = new Set(
  'rose fell went came won lost grew made took gave got ran left met paid sold bought told said kept began saw knew thought brought found stood sat held fought led felt heard meant sent spent built broke chose drove ate wrote spoke hit cut put set shut quit let hurt cost'.split(
    ' ',
  ),
);
// An object after a verb: "Tighten the nut.", "Take a vote.", "Give them the chance.".
const OBJECT_OPENERS = new Set(
  'the a an this that these those my your his her its our their them him me us it'.split(' '),
);
// Words before a noun or an object, never a verb: "In the end.", "On the contrary.", "Every jar.".
const NO_VERB = new Set(
  'a an the in on at by of for from to with without into about after before under over not no every each all some any both'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}'’-]+/gu;
// A verb's ending: "-ed" ("Nobody objected.").
const PAST = /^\p{L}{2,}ed$/u;
// A plural noun as subject, its verb after it ("Teachers matter.", "Americans build the future."), or a verb
// of the present after its subject ("The war continues.", "Attendance matters too."); "the press", "a bonus"
// and "this" end in no such "-s".
const PLURAL = /^\p{L}{2,}[^siu'’]s$/u;
const CONTRACTED = /['’](?:s|re|ve|ll|d|m)$|n['’]t$/u;
// Scripts written without spaces between words, whose words cannot be counted so.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Whether an English sentence is a fragment, no statement: at most `FRAGMENT_WORDS` words and no clause in
 * them. A label ("Day one.", "Chorus", "Part three."), a reply whose question is elsewhere ("Never.", "Not at
 * all.", "By accident, really."), a salute ("Good night."). A word alone is one whatever it is
 * ("Tightened."). A clause is told by its words, as no parser is at hand: a pronoun as subject, an auxiliary
 * or modal, a contraction, a common irregular past ("Prices rose."), a word after the first ending in "-ed"
 * ("Nobody objected.") or in "-s" after a word that can be a subject ("The war continues."), a plural
 * subject and its verb ("Teachers matter."), or a verb and its object
 * ("Tighten the nut.": a step of a guide). A fragment says nothing without what it labels or answers, so it
 * is no key point of a summary. Other languages' clauses are not read: their sentences are no fragments here.
 * `endings` false reads no word's "-s" or "-ed" as a verb's: where a line is known to be a label ("Next
 * steps.", "Open questions.", "Lessons learned."), a noun or participle, not a verb.
 */
export function isFragment(text: string, endings = true): boolean {
  if (UNSPACED.test(text)) return false;
  // Words up to one past the most a fragment has: a longer sentence is no fragment, however long it is.
  const folded = foldOnce(text);
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let found = WORD.exec(folded); found !== null; found = WORD.exec(folded)) {
    words.push(found[0]);
    if (words.length > FRAGMENT_WORDS) return false;
  }
  if (words.length === 0) return false;
  if (words.length === 1) return true;
  const [first = '', second = ''] = words;
  if (
    !NO_VERB.has(first) &&
    (OBJECT_OPENERS.has(second) || (endings && PLURAL.test(first) && !NO_VERB.has(second)))
  )
    return false;
  return !words.some(
    (word, i) =>
      CLAUSE_WORDS.has(word) ||
      IRREGULAR_VERBS.has(word) ||
      CONTRACTED.test(word) ||
      (endings && i > 0 && (PAST.test(word) || (PLURAL.test(word) && !NO_VERB.has(words[i - 1]!)))),
  );
}
