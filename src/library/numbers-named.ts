import type { Article } from '../content/article.js';
import { carriesIdentifierOf } from './identifiers-named.js';
import { titleWords } from './title-words.js';

/** The numbers a typed article name says ("1862" of "the 1862 address"). */
export function numbersIn(typed: string): string[] {
  return titleWords(typed).filter((word) => /^\d+$/.test(word));
}

/**
 * Whether the article carries the number: a word of its title or slug (leading zeros aside: "RFC-012" carries
 * 12), or the year of its date.
 */
export function carriesNumber(article: Article, number: string): boolean {
  if (article.meta.date.slice(0, 4) === number) return true;
  const words = titleWords(`${article.meta.title} ${article.slug}`);
  return (
    words.includes(number) || words.some((word) => /^0+\d/.test(word) && Number(word) === Number(number))
  );
}

/**
 * Whether the article carries every number the typed name says. A number names a source exactly: the 1862
 * address is not the 1861 one, however near a search for "1862" finds it (a year is how a source is named,
 * and a near year is another source, not a typo).
 */
export function carriesNumbersOf(article: Article, typed: string): boolean {
  // "rfc 12" and "2.14" are identifiers its title carries ("RFC-012", "v2.14.0"), whole.
  if (carriesIdentifierOf(article, typed)) return true;
  return numbersIn(typed).every((number) => carriesNumber(article, number));
}

/**
 * The number of a typed name that no article carries, if any ("1862" of a library with no 1862 item).
 */
export function numberNamingNone(articles: readonly Article[], typed: string): string | undefined {
  if (articles.some((article) => carriesIdentifierOf(article, typed))) return undefined;
  return numbersIn(typed).find((number) => !articles.some((article) => carriesNumber(article, number)));
}

/**
 * The articles nearest a year (by the year of their date, then the number in their title), nearest first, at
 * most `limit`: what to offer when a year names no article. Empty when the number is no year (above four
 * digits).
 */
export function nearestToYear(articles: readonly Article[], number: string, limit: number): Article[] {
  if (number.length > 4) return [];
  const year = Number(number);
  const distance = (article: Article): number => Math.abs(Number(article.meta.date.slice(0, 4)) - year);
  return [...articles].sort((a, b) => distance(a) - distance(b)).slice(0, limit);
}
