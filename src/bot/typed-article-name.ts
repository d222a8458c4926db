import type { Library } from '../library.js';
import type { QuoteRequest } from './requests.js';

/**
 * An article named by several words after `article:` in text ("/quote article:mary poppins", "/quote
 * kim jong-un missiles"): the option's value is its first word, which names no article alone. The longest
 * run of the words after it that makes a title with it joins it; else the shortest that a passage of one
 * article says with it (as a summary's `article:` names one: "mary poppins"). The other words are the ones
 * to look for. A value written as a slug stays as it is; one that names an article alone goes on only with
 * the words its title goes on with (`withTitleRun`).
 */
export function withWholeArticle(library: Library, request: QuoteRequest): QuoteRequest {
  const article = request.article?.trim();
  if (!article || /[\s-]/.test(article)) return request;
  // Named by its title or author alone, its name goes on only as its title does; a word only a passage has
  // ("kim") may begin a name the words after it go on ("kim jong-un"), so it is read with them first.
  const alone = library.resolveSlug(article);
  if (alone !== undefined) return withTitleRun(library, request, article, alone);
  const words = request.query.trim().split(/\s+/).filter(Boolean);
  const joined = (count: number): string => `${article} ${words.slice(0, count).join(' ')}`;
  const rest = (count: number): string => words.slice(count).join(' ');
  for (let count = words.length; count >= 1; count--) {
    const slug = library.titled(joined(count));
    if (slug !== undefined) return { ...request, article: slug, query: rest(count) };
  }
  // A passage's name goes on only with words it says next to it ("kim jong-un"), not any word of the
  // same sentence: `/quote trump article:election` looks for "trump" in the article "election" finds.
  // Named, not described: no language detector is asked (see `Library.articleNamed`).
  for (let count = 1; count <= words.length; count++) {
    const name = joined(count);
    const slug = library.articleNamed(name, false);
    if (slug !== undefined && (library.resolveSlug(name) !== undefined || library.saysSideBySide(name)))
      return { ...request, article: slug, query: rest(count) };
  }
  const several = severalTitled(library, article, request.query);
  return several === undefined ? request : { ...request, article: several.name, query: rest(several.words) };
}

/**
 * A one-word `article:` that names its article alone (`slug`), with the longest run of the words after it that
 * goes on beside it in that article's title: `/quote article:da vinci vatican` looks for "vatican" in "Da Vinci
 * Code is 'lousy history'" ("da" alone names it, and "vinci" is no word to look for). A word its title does
 * not say next stays a word to look for: `/quote article:election trump` looks for "trump".
 */
function withTitleRun(library: Library, request: QuoteRequest, article: string, slug: string): QuoteRequest {
  const words = request.query.trim().split(/\s+/).filter(Boolean);
  const count = titleRunLength(library, article, slug, words);
  return count === 0 ? request : { ...request, article: slug, query: words.slice(count).join(' ') };
}

/**
 * How many of `words` go on a one-word `article:` that names its article alone (`slug`) as that article's
 * title goes on beside it: the longest such run (the whole title, or words side by side in it that name that
 * article); 0 when the title does not say the first word next.
 */
export function titleRunLength(
  library: Library,
  article: string,
  slug: string,
  words: readonly string[],
): number {
  for (let count = words.length; count >= 1; count--) {
    const name = `${article} ${words.slice(0, count).join(' ')}`;
    const titled =
      library.titled(name) ?? (library.titleHasRun(name) ? library.resolveSlug(name) : undefined);
    if (titled === slug) return count;
  }
  return 0;
}

/**
 * The name a one-word `article:` and the words after it make when they fit several titles and name none
 * alone ("/summary article:state of the union" of two addresses): the longest such run, and how many of the
 * words it takes, so that the reply says the whole name, not "no article “state”".
 */
export function severalTitled(
  library: Library,
  article: string,
  after: string,
): { name: string; words: number } | undefined {
  if (/[\s-]/.test(article.trim())) return undefined;
  const words = after.trim().split(/\s+/).filter(Boolean);
  for (let count = words.length; count >= 1; count--) {
    const name = `${article.trim()} ${words.slice(0, count).join(' ')}`;
    if (library.titledWith(name).length > 1) return { name, words: count };
  }
  return undefined;
}
