import { isOffered, isQuotable, type Article, type Passage } from '../content/article.js';
import { ErrorCode, QuotebotError } from '../errors.js';
import type { PassageRange } from './candidates.js';

/** The body sentences that may be quoted: every sentence but repeats of earlier ones and headings. */
export function quotablePassages(article: Article): Passage[] {
  return article.sentences.filter(isQuotable);
}

/** The quotable passages that may be offered unasked (`isOffered`): no letter's address line, header's fields or table row. */
export function offeredPassages(article: Article): Passage[] {
  return article.sentences.filter(isOffered);
}

/** Dates (YYYY-MM-DD) and the usual slugs: their code-unit order is the locale's order. */
const PLAIN = /^[a-z0-9-]*$/;

/**
 * `localeCompare`, without loading the locale's collation (a cold start's cost) for plain text: lower-case
 * letters, digits and hyphens sort the same either way.
 */
function compareText(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first, then by slug: a total order, as slugs are unique. */
const libraryOrder = (a: Article, b: Article): number =>
  compareText(b.meta.date, a.meta.date) || compareText(a.slug, b.slug);

/**
 * The articles in library order (newest first, then by slug) and their quotable passages numbered
 * in that order, so that each article's passages form one contiguous range of the index.
 */
export class Catalog {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  private readonly bySlug = new Map<string, Article>();
  private readonly ranges = new Map<string, PassageRange>();

  /**
   * `before`: a catalog of a previous version of the library, whose order its articles (the same objects)
   * keep: only the others are sorted and merged in, not the whole library.
   */
  constructor(articles: readonly Article[], before?: Catalog) {
    for (const article of articles) {
      if (this.bySlug.has(article.slug)) {
        throw new QuotebotError(
          ErrorCode.ContentDuplicateSlug,
          `two articles have the slug "${article.slug}"`,
          {
            slug: article.slug,
          },
        );
      }
      this.bySlug.set(article.slug, article);
    }
    this.articles = before ? this.reordered(before, articles) : [...articles].sort(libraryOrder);
    const passages: Passage[] = [];
    for (const article of this.articles) {
      const from = passages.length;
      for (const passage of quotablePassages(article)) passages.push(passage);
      this.ranges.set(article.slug, { from, to: passages.length });
    }
    this.passages = passages;
  }

  /** `articles` in library order: the ones `before` has (in its order) merged with the others, sorted. */
  private reordered(before: Catalog, articles: readonly Article[]): Article[] {
    const kept = before.articles.filter((article) => this.bySlug.get(article.slug) === article);
    const added = articles.filter((article) => before.article(article.slug) !== article).sort(libraryOrder);
    const merged: Article[] = [];
    let k = 0;
    for (const article of added) {
      while (k < kept.length && libraryOrder(kept[k]!, article) < 0) merged.push(kept[k++]!);
      merged.push(article);
    }
    while (k < kept.length) merged.push(kept[k++]!);
    return merged;
  }

  article(slug: string): Article | undefined {
    return this.bySlug.get(slug);
  }

  /** The passage numbers of an article. */
  rangeOf(slug: string): PassageRange | undefined {
    return this.ranges.get(slug);
  }

  /** How many passages the newest articles hold, whole articles only, up to `budget`. */
  prefixWithin(budget: number): number {
    let end = 0;
    for (const article of this.articles) {
      const range = this.ranges.get(article.slug)!;
      if (range.to > budget) break;
      end = range.to;
    }
    return end;
  }
}
