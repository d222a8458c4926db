import type { Lexicon } from '../search/lexicon.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * Words before a verb and never before a noun: "to", a modal or "do", a subject pronoun ("Bees forage…" and "we
 * check…", not "the check"). "you" and "it" are left out: they are objects as often ("gave you food").
 */
const BEFORE_A_VERB = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "can't",
  'cannot',
  'i',
  'we',
  'they',
  'he',
  'she',
]);
/**
 * Words that open a verb's object right after it ("check the mite drop", "cash your cheque"): a noun is seldom
 * followed by one. "this" and "that" are left out ("food this winter", "the food that…").
 */
const OBJECT_OPENING = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'these',
  'those',
  'them',
  'him',
  'us',
  'me',
]);
/** A word right before or after another in one clause (no mark of punctuation between them). */
const WORD_BEFORE = /([\p{L}'’]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}'’]+)/u;

/**
 * Whether a word of a sentence that WordNet knows as a noun and as a verb ("check", "forage") is used there as a
 * verb, by the words around it: after "to", a modal, "do" or a subject pronoun ("to check", "we forage"), after a
 * plural subject when the word has no plural "s" itself ("Bees forage for pollen"; not "savings account", whose
 * "savings" is a word of its own), or before a determiner or pronoun that opens its object ("Check the mite
 * drop", "cash your cheque"). A topic of a noun ("food", "money") counts only nouns: "Bees forage…" is about
 * bees, not food, and "check the mite drop" about no cheque.
 */
export function usedAsVerb(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const before = WORD_BEFORE.exec(text.slice(0, start))?.[1]?.toLowerCase().replace(/’/g, "'");
  const after = WORD_AFTER.exec(text.slice(end))?.[1]?.toLowerCase();
  if (before !== undefined && BEFORE_A_VERB.has(before)) return true;
  if (after !== undefined && OBJECT_OPENING.has(after)) return true;
  const word = text.slice(start, end).toLowerCase();
  return before !== undefined && !word.endsWith('s') && isPluralSubject(before, lexicon);
}

/** A plural noun ("bees", "prices"): in "s", not "ss", no small word, and no dictionary word as it is written. */
function isPluralSubject(word: string, lexicon: Lexicon): boolean {
  return (
    word.length > 3 &&
    /[^s']s$/.test(word) &&
    !STOPWORDS.has(word) &&
    lexicon.related(word).length === 0 &&
    (lexicon.topicsOf?.(word) ?? []).length === 0
  );
}
