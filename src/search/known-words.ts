/** Whether the library or the dictionary knows a query's word, and what the dictionary knows of it. */
import { LIGHT_WORDS, STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { dictionaryForms, isPhrase, lemmaCandidatesIn, type Lexicon, type RelatedWord } from './lexicon.js';
import type { SentenceIndex } from './sentence-index.js';

/** A function word or a light one (`LIGHT_WORDS`). */
export const isLightWord = (term: string): boolean => STOPWORDS.has(term) || LIGHT_WORDS.has(term);

/**
 * Whether the dictionary knows the word, or a form it is inflected from ("ads": ad), as other than a name.
 */
export function isDictionaryWord(lexicon: Lexicon, term: string): boolean {
  return lexicon.related(term).length > 0 || isInflectedWord(lexicon, term);
}

/**
 * Whether the word is an inflection of another the dictionary knows, as other than a name ("kids": kid).
 */
export function isInflectedWord(lexicon: Lexicon, term: string): boolean {
  return lemmaCandidatesIn(term, lexicon).some(
    (form) => form !== term && lexicon.related(form).length > 0 && !lexicon.isName?.(form),
  );
}

/**
 * What the lexicon knows of a word: its own entry, else those of the forms its inflection may hide. Its
 * synonyms of several words only with `phrases`: a word known only through those (often a form an
 * inflection does not hide: "alied" is no "ali", Muhammad Ali) is still taken for a typo.
 */
export function relatedOf(lexicon: Lexicon, term: string, phrases = false): readonly RelatedWord[] {
  const related = dictionaryForms(term, lexicon).flatMap((lemma) => lexicon.related(lemma));
  return phrases ? related : related.filter((relative) => !isPhrase(relative));
}

/** Whether no form of the word is here and no dictionary knows it: a name the library lacks, or a typo. */
export function unknown(index: SentenceIndex, lexicon: Lexicon, label: string): boolean {
  return (
    tokenize(label).every((token) => !index.hasStem(token.stem)) &&
    relatedOf(lexicon, label.toLowerCase()).length === 0
  );
}
