import type { Article } from '../content/article.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/** The words for a number a title or a reader writes a chapter's by: "three", "third". */
const NUMBER_WORDS: readonly (readonly string[])[] = [
  ['one', 'first'],
  ['two', 'second'],
  ['three', 'third'],
  ['four', 'fourth'],
  ['five', 'fifth'],
  ['six', 'sixth'],
  ['seven', 'seventh'],
  ['eight', 'eighth'],
  ['nine', 'ninth'],
  ['ten', 'tenth'],
  ['eleven', 'eleventh'],
  ['twelve', 'twelfth'],
];
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** A roman numeral's value ("iv": 4, "xii": 12); undefined when the word is none. */
function romanValue(word: string): number | undefined {
  if (!/^[ivxlc]+$/u.test(word)) return undefined;
  let total = 0;
  for (let at = 0; at < word.length; at++) {
    const value = ROMAN[word[at]!]!;
    const next = ROMAN[word[at + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/**
 * The number a word writes, as a chapter's is written: in figures ("3"), a roman numeral ("III", as a novel
 * heads its chapters), or a word ("three", "third"); undefined when the word is no number.
 */
export function chapterNumber(word: string): number | undefined {
  if (/^\d{1,4}$/u.test(word)) return Number(word);
  const spelt = NUMBER_WORDS.findIndex((forms) => forms.includes(word));
  return spelt >= 0 ? spelt + 1 : romanValue(word);
}

/** The number after "chapter" in words, folded, and the words besides those two that are no small words. */
function chapterIn(
  words: readonly string[],
): { readonly number: number; readonly rest: string[] } | undefined {
  const at = words.indexOf('chapter');
  const number = at < 0 ? undefined : chapterNumber(words[at + 1] ?? '');
  if (number === undefined) return undefined;
  const rest = words.filter((word, index) => index !== at && index !== at + 1 && !STOPWORDS.has(word));
  return { number, rest };
}

/**
 * The articles a chapter's number names ("chapter 1", "chapter one of pride and prejudice"): those whose
 * title says "Chapter" and that number in any of its forms ("Chapter I", "Chapter 1", "Chapter One"), and has
 * every other word the request gives. Undefined when the words name no chapter by its number.
 */
export function articlesOfChapter(
  articles: readonly Article[],
  words: string,
): readonly Article[] | undefined {
  const asked = chapterIn(foldedWords(words));
  if (asked === undefined) return undefined;
  return articles.filter((article) => {
    const title = foldedWords(article.meta.title);
    const own = chapterIn(title);
    return own?.number === asked.number && asked.rest.every((word) => title.includes(word));
  });
}

/** The nouns a title numbers a work's parts by ("Chapter I", "Part 2", "Book the First", "Act III"). */
const PART_NOUNS: ReadonlySet<string> = new Set([
  'chapter',
  'part',
  'book',
  'volume',
  'act',
  'canto',
  'scene',
]);

/**
 * The part of a title that names its work, before its first comma, colon or semicolon ("Pride and Prejudice"),
 * when what follows numbers a part of it ("Chapter I", "Book the First"): a news headline's "Brexit: talks
 * stall" names no work, and "summarize brexit" stays a topic.
 */
function workOf(article: Article): string | undefined {
  const [, head, tail] = /^([^,:;]+)[,:;]\s*(\S.*)$/u.exec(article.meta.title) ?? [];
  if (head === undefined || tail === undefined) return undefined;
  const words = foldedWords(tail).filter((word) => word !== 'the');
  const numbered = words.some(
    (word, at) => PART_NOUNS.has(word) && chapterNumber(words[at + 1] ?? '') !== undefined,
  );
  return numbered ? head.trim() : undefined;
}

/**
 * The articles that are parts of one work the words name whole ("Pride and Prejudice" of "Pride and
 * Prejudice, Chapter I" and "…, Chapter III"): each title goes on past the work's name, and its name's words
 * are the words asked, small words aside. Empty when fewer than two titles are such parts.
 */
export function partsOfWorkNamed(articles: readonly Article[], words: string): readonly Article[] {
  const asked = foldedWords(words).filter((word) => !STOPWORDS.has(word));
  if (asked.length === 0) return [];
  const same = (work: string): boolean => {
    const own = foldedWords(work).filter((word) => !STOPWORDS.has(word));
    return own.length === asked.length && own.every((word, index) => word === asked[index]);
  };
  const parts = articles.filter((article) => {
    const work = workOf(article);
    return work !== undefined && same(work);
  });
  return parts.length >= 2 ? parts : [];
}
