import type { Article } from '../content/article.js';
import type { Catalog } from '../search/catalog.js';
import { initialsOf } from '../search/metadata.js';
import type { SearchOptions } from '../search/options.js';
import type { SearchResult } from '../search/result.js';
import type { LanguageDetector } from '../text/language-names.js';
import type { LibraryIndexes } from './library-indexes.js';
import { articleByIdentifier, articlesOfIdentifier } from './identifiers-named.js';
import { carriesNumbersOf } from './numbers-named.js';
import { contentTitleWords, hasRun, titleWords, withoutApostrophes } from './title-words.js';

/** What naming an article by a description asks of the library: a `Library` is one. */
export interface ArticleNaming {
  readonly options: Pick<SearchOptions, 'relationQuality'>;
  resolveSlug(input: string): string | undefined;
  article(slug: string): Article | undefined;
  titledWith(input: string): Article[];
  hasAuthor(name: string): boolean;
  inLanguageNamed(
    description: string,
    languages?: LanguageDetector,
  ): { readonly articles: readonly Article[] } | undefined;
  articlesAbout(words: string): { result: SearchResult; articles: Article[] };
}

/** `Library.resolveSlug` in this catalog. */
export function resolveSlug(catalog: Catalog, input: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  if (catalog.article(wanted)) return wanted;
  // A slug drops a title's apostrophes ("Obama's 2010…" is `obamas-2010-…`): typed so, the title matches too.
  const only = (test: (title: string) => boolean): string | undefined => {
    const matches = catalog.articles.filter(
      (article) => test(article.meta.title) || test(withoutApostrophes(article.meta.title)),
    );
    return matches.length === 1 ? matches[0]!.slug : undefined;
  };
  const words = titleWords(wanted);
  if (words.length === 0) return undefined;
  // An identifier names its document as engineers name it: "rfc 12" is "RFC-012: …", "2.14" is "… v2.14.0".
  const identified = articleByIdentifier(catalog.articles, wanted);
  if (identified !== undefined) return identified.slug;
  // Whole words of the title, side by side, then anywhere in it: "tea" is no part of "tears".
  return (
    only((title) => hasRun(titleWords(title), words)) ??
    only((title) => {
      const own = new Set(titleWords(title));
      return words.every((word) => own.has(word));
    }) ??
    onlyArticleBy(catalog.articles, wanted)
  );
}

/** `Library.articleNamed`. */
export function articleNamed(
  library: ArticleNaming,
  input: string,
  described: boolean,
  languages?: LanguageDetector,
): string | undefined {
  const slug = library.resolveSlug(input);
  if (slug !== undefined) return slug;
  if (library.titledWith(input).length > 1 || library.hasAuthor(input)) return undefined;
  const found = describedArticle(library, input, described, languages);
  // A number names its source exactly: "the 1862 address" is no 1861 one that a search for "1862" finds.
  const article = found === undefined ? undefined : library.article(found);
  return article !== undefined && carriesNumbersOf(article, input) ? found : undefined;
}

/** `articleNamed` by what the words describe: a language, or what a search for them finds. */
function describedArticle(
  library: ArticleNaming,
  input: string,
  described: boolean,
  languages?: LanguageDetector,
): string | undefined {
  const inLanguage = described ? library.inLanguageNamed(input, languages) : undefined;
  if (inLanguage !== undefined)
    return inLanguage.articles.length === 1 ? inLanguage.articles[0]!.slug : undefined;
  const { result, articles } = library.articlesAbout(input);
  if (described) return foundInItsOwnWords(library.options, result, articles[0]?.slug);
  const wanted = titleWords(input);
  const says = (text: string): boolean => {
    const own = new Set(titleWords(text));
    return wanted.every((word) => own.has(word));
  };
  const saying = new Set(result.hits.filter((hit) => says(hit.passage.text)).map((hit) => hit.article.slug));
  return saying.size === 1 ? [...saying][0] : undefined;
}

/**
 * The article a description's search found first, unless all it has is one sentence found only through a
 * relative of the words ("lecture" for "the speech", scored below a derived form's quality): one weak hit
 * does not name an article.
 */
function foundInItsOwnWords(
  options: Pick<SearchOptions, 'relationQuality'>,
  result: SearchResult,
  slug: string | undefined,
): string | undefined {
  const hits = result.hits.filter((hit) => hit.article.slug === slug);
  const weak = hits.length === 1 && hits[0]!.score < options.relationQuality.derivation;
  return weak ? undefined : slug;
}

/** `Library.titleHasRun` among these articles. */
export function titleHasRun(articles: readonly Article[], input: string): boolean {
  const words = titleWords(input);
  return (
    words.length > 0 &&
    articles.some(
      (article) => hasRun(titleWords(article.meta.title), words) || hasRun(titleWords(article.slug), words),
    )
  );
}

/** `Library.titledWith` among these articles. */
export function titledWith(articles: readonly Article[], input: string): Article[] {
  const words = titleWords(input);
  if (words.length === 0) return [];
  return articles.filter((article) => {
    const own = new Set(titleWords(article.meta.title));
    return words.every((word) => own.has(word));
  });
}

/** `Library.titled` among these articles. */
export function titled(articles: readonly Article[], words: string): string | undefined {
  const wanted = contentTitleWords(words).join(' ');
  if (wanted.length === 0) return undefined;
  return articles.find((article) => contentTitleWords(article.meta.title).join(' ') === wanted)?.slug;
}

/**
 * The one article of the author whose name (or initials) has every one of the words ("lincoln", "fdr",
 * "barack obama"): a speech is named by its speaker. Undefined when no author's name has them all as whole
 * words, or that author has several articles.
 */
function onlyArticleBy(articles: readonly Article[], words: string): string | undefined {
  const by = byAuthorNamed(articles, titleWords(words));
  return by.length === 1 ? by[0]!.slug : undefined;
}

/** The articles whose author's name (or initials) has every one of the words, whole (none for no words). */
function byAuthorNamed(articles: readonly Article[], words: readonly string[]): Article[] {
  if (words.length === 0) return [];
  return articles.filter((article) => {
    const { author } = article.meta;
    const name = new Set([...titleWords(author), initialsOf(author) ?? '']);
    return words.every((word) => name.has(word));
  });
}

/**
 * The articles whose author's name and title hold between them every word typed, of two or more
 * ("lee-resignation" of Robert E. Lee's "Letter of resignation…"): a source is named by who and what.
 */
function byAuthorAndTitle(articles: readonly Article[], typed: string): Article[] {
  const words = contentTitleWords(typed);
  if (words.length < 2) return [];
  return articles.filter((article) => {
    const { author, title } = article.meta;
    const own = new Set([...titleWords(author), initialsOf(author) ?? '', ...titleWords(title)]);
    return words.every((word) => own.has(word));
  });
}

/** `Library.similarArticles`: slugs to suggest for an article name that names none. */
export function similarArticles(indexes: LibraryIndexes, typed: string): string[] {
  const wanted = typed.trim().toLowerCase();
  const byAuthor = byAuthorNamed(indexes.catalog.articles, titleWords(wanted));
  const titled = titledWith(indexes.catalog.articles, wanted);
  const misspelt = indexes.finder.misspelt(wanted, indexes.options.maxSuggestions);
  const named = [
    ...articlesOfIdentifier(indexes.catalog.articles, wanted),
    ...titled,
    ...byAuthor,
    ...misspelt,
    ...byAuthorAndTitle(indexes.catalog.articles, wanted),
  ];
  // Only when nothing is closer, and a slug's first word only as a word typed and not a small one: "zebra"
  // holds the "a" of "a-new-ferry" and names no ferry.
  const typedWords = new Set(contentTitleWords(wanted));
  const alike =
    named.length > 0
      ? []
      : indexes.catalog.articles.filter(
          ({ slug }) => slug.includes(wanted) || typedWords.has(slug.split('-')[0] ?? ''),
        );
  return [...new Set([...named, ...alike].map((article) => article.slug))].slice(
    0,
    indexes.options.maxSuggestions,
  );
}
