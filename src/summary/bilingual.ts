import { foldedWordsOnce } from './fold-once.js';
import type { Passage } from '../content/article.js';
import { readsAsEnglish } from './concepts.js';

/**
 * The least share of a text's words its second language holds for the text to be in two languages: an
 * article printed in both, paragraph by paragraph, holds about half in each; an English report that quotes
 * a French mayor, or a French one that quotes an English minister, far less.
 */
const SECOND_LANGUAGE_SHARE = 1 / 3;

/** The sentences of a text in two languages that a summary is made of, and whether they are English. */
export interface OneLanguage {
  readonly passages: readonly Passage[];
  readonly english: boolean;
}

/**
 * The sentences of one language, when a text says each thing in two, side by side: English and another each
 * hold at least `SECOND_LANGUAGE_SHARE` of its words, and its language changes at more than half of its
 * paragraph breaks (a paragraph and its translation, in turn). Those in English when `english` asks for them
 * (true) or for the other (false), else those of the language most of its sentences are in, or, as many in
 * each (a translation has as many), of its first sentence's: the language it is written in first. A summary that took the best sentences of both said each fact twice ("Every
 * Saturday at ten, children…" and "Todos los sábados a las diez, niños…"). A text in one language, one with a
 * few sentences of another, or one whose languages tell different things in blocks (a report on a twinning
 * whose middle paragraphs are in German) is all kept. English is told from the rest by its function words
 * (`readsAsEnglish`); two languages other than English are not told apart.
 */
export function inOneLanguage(
  passages: readonly Passage[],
  english: boolean | undefined,
): OneLanguage | undefined {
  const inEnglish = passages.map((passage) => readsAsEnglish(passage.text));
  const words = (want: boolean): number =>
    passages.reduce(
      (sum, passage, i) => sum + (inEnglish[i] === want ? foldedWordsOnce(passage.text).length : 0),
      0,
    );
  const [englishWords, otherWords] = [words(true), words(false)];
  const total = englishWords + otherWords;
  if (total === 0 || Math.min(englishWords, otherWords) < SECOND_LANGUAGE_SHARE * total) return undefined;
  if (!sideBySide(passages, inEnglish)) return undefined;
  const englishSentences = inEnglish.filter(Boolean).length;
  const otherSentences = inEnglish.length - englishSentences;
  const keep =
    english ?? (englishSentences === otherSentences ? inEnglish[0]! : englishSentences > otherSentences);
  return { passages: passages.filter((_, i) => inEnglish[i] === keep), english: keep };
}

/** Whether a text's language changes at more than half of its paragraph breaks (each paragraph's, by its words). */
function sideBySide(passages: readonly Passage[], inEnglish: readonly boolean[]): boolean {
  const balance = new Map<number, number>();
  for (const [i, passage] of passages.entries()) {
    const words = foldedWordsOnce(passage.text).length;
    balance.set(passage.paragraph, (balance.get(passage.paragraph) ?? 0) + (inEnglish[i] ? words : -words));
  }
  const languages = [...balance.values()].map((words) => words > 0);
  const changes = languages.filter((english, i) => i > 0 && english !== languages[i - 1]).length;
  return changes * 2 > languages.length - 1;
}
