import { attributionOf } from '../content/article.js';
import type { Library } from '../library.js';
import { articlesOfIdentifier } from '../library/identifiers-named.js';
import { nearestToYear, numberNamingNone, numbersIn } from '../library/numbers-named.js';
import type { LanguageDetector } from '../text/language-names.js';
import type { BotReply } from './requests.js';
import type { Article } from '../content/article.js';
import { EVERYDAY_KINDS, textKindNamed } from './text-kind.js';

/** How many articles nearest a year that names none a reply offers ("the 1862 address": 1861, 1865, …). */
const NEAREST_YEARS = 3;

/**
 * What to say of an article name that names no one article: when the words are in several titles ("levy" of
 * two Levy articles), those articles, for the reply says so rather than that there is none; of an article
 * `described` by a language ("the french article") that no one article is in, those in it or that none is
 * (told by `languages`); of a name with a number no article it could be carries ("the 1862 address"), the
 * articles nearest that year, to pick by number, never a near one in its place; else `suggestions`, by
 * default the look-alikes.
 */
export function unknownArticle(
  library: Library,
  typed: string,
  suggestions: readonly string[] = library.similarArticles(typed),
  described = false,
  languages?: LanguageDetector,
): BotReply {
  const titled = library.titledWith(typed);
  const inLanguage = described && titled.length <= 1 ? library.inLanguageNamed(typed, languages) : undefined;
  if (inLanguage?.articles.length === 0)
    return { kind: 'unknown-article', article: typed, suggestions: [], language: inLanguage.language.name };
  const several = inLanguage?.articles ?? titled;
  // "rfc 13" of RFC-012 and RFC-015: an identifier's number is no year; the look-alikes list those first.
  const identified = articlesOfIdentifier(library.articles, typed).length > 0;
  const number = several.length > 1 || identified ? undefined : numbersIn(typed)[0];
  const nearest = number === undefined ? [] : nearestToYear(library.articles, number, NEAREST_YEARS);
  if (number !== undefined && nearest.length > 0)
    return {
      kind: 'unknown-article',
      article: typed,
      suggestions: nearest.map((article) => article.slug),
      choices: nearest.map(attributionOf),
      number: { value: number, named: numberNamingNone(library.articles, typed) === undefined },
    };
  if (several.length > 1)
    return {
      kind: 'unknown-article',
      article: typed,
      suggestions: several.map((article) => article.slug),
      several: true,
      choices: several.map(attributionOf),
    };
  return { kind: 'unknown-article', article: typed, suggestions };
}

/**
 * "summarize the interview" of a library with no interview (by title or by its "Q:"/"A:" shape): that no
 * article is one, and the newest there are, not what some article says of a word the kind stands beside in
 * the dictionary ("question"). A kind every text is ("the story") is the newest article, as before, and a
 * kind named without "the" that the texts say ("summarize interview" of a story about job interviews) is
 * a topic. So is an everyday kind ("summarize the recipe" of a library with no recipe), as it was before
 * "the recipe" named one: what the texts say of the word.
 */
export function noArticleOfKind(library: Library, words: string): BotReply | undefined {
  const named = textKindNamed(words);
  if (named === undefined || named.everyText || EVERYDAY_KINDS[named.kind] !== undefined) return undefined;
  if (!named.determined && library.wordsHeld(named.kind).held > 0) return undefined;
  const articles = library.articles;
  return {
    kind: 'unknown-article',
    article: words.trim(),
    suggestions: articles.slice(0, 5).map((article) => article.meta.title),
    textKind: named.kind,
    count: articles.length,
  };
}

/**
 * "summarize the letter" of a library with two letters: how many articles are of that kind and which, to pick
 * one by its number, as an article name that several titles have is asked about; not what the texts say of
 * the word. Undefined of a kind every text is ("the article"), or one named without "the" that the texts say
 * (then it is a topic: "summarize speech" of texts on free speech).
 */
export function severalOfKind(
  library: Library,
  words: string,
  ofKind: readonly Article[],
): BotReply | undefined {
  const named = textKindNamed(words);
  if (named === undefined || named.everyText || ofKind.length < 2) return undefined;
  if (!named.determined && library.wordsHeld(named.kind).held > 0) return undefined;
  return {
    kind: 'unknown-article',
    article: words.trim(),
    suggestions: ofKind.map((article) => article.slug),
    several: true,
    choices: ofKind.map(attributionOf),
    textKind: named.kind,
  };
}
