import { attributionOf, type Article, type Passage } from './content/article.js';
import { ErrorCode, QuotebotError } from './errors.js';
import { DEFAULT_GLOSSARY } from './search/default-glossary.js';
import { FuzzyTerms } from './search/fuzzy-terms.js';
import { Glossary } from './search/glossary.js';
import { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './search/options.js';
import { QueryAnalyzer, type QueryTerm } from './search/query.js';
import {
  SearchStatus,
  type Highlight,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from './search/result.js';
import { matchTerm, scorePassages } from './search/score.js';
import { SentenceIndex, type IndexedPassage } from './search/sentence-index.js';

/** Sorted, disjoint ranges; words matched side by side ("red line") become one range. */
function mergeRanges(text: string, ranges: Highlight[]): Highlight[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || /^[ \t\-‐‑]+$/.test(text.slice(last[1], start))))
      last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The articles the bot knows, indexed for search. Build it once per content version with
 * `Library.create`; every method is synchronous and free of I/O.
 */
export class Library {
  readonly articles: readonly Article[];
  readonly options: SearchOptions;
  private readonly bySlug: ReadonlyMap<string, Article>;
  private readonly index: SentenceIndex;
  private readonly fuzzy: FuzzyTerms;
  private readonly analyzer: QueryAnalyzer;

  private constructor(articles: readonly Article[], options: SearchOptions) {
    this.options = options;
    const bySlug = new Map<string, Article>();
    for (const article of articles) {
      if (bySlug.has(article.slug)) {
        throw new QuotebotError(
          ErrorCode.ContentDuplicateSlug,
          `two articles have the slug "${article.slug}"`,
          {
            slug: article.slug,
          },
        );
      }
      bySlug.set(article.slug, article);
    }
    this.articles = [...articles].sort(
      (a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug),
    );
    this.bySlug = bySlug;
    this.index = new SentenceIndex(this.articles.flatMap((article) => this.quotable(article)));
    this.fuzzy = new FuzzyTerms(this.index.terms(), options.fuzzyThreshold);
    const glossary = new Glossary([...DEFAULT_GLOSSARY, ...this.articles.flatMap((a) => a.meta.glossary)]);
    this.analyzer = new QueryAnalyzer(this.index, glossary, this.fuzzy, options);
  }

  static create(articles: readonly Article[], options: Partial<SearchOptions> = {}): Library {
    return new Library(articles, { ...DEFAULT_SEARCH_OPTIONS, ...options });
  }

  article(slug: string): Article | undefined {
    return this.bySlug.get(slug);
  }

  /** The body sentences that may be quoted: every sentence but repeats of earlier ones. */
  quotable(article: Article): Passage[] {
    return article.sentences.filter((sentence) => sentence.duplicateOf === undefined);
  }

  /** Finds the passages that best answer a query, or says why there are none. */
  search(request: SearchRequest): SearchResult {
    const query = request.query;
    const base = { query, hits: [], suggestions: [] };
    if (query.length > this.options.maxQueryLength) return { ...base, status: SearchStatus.QueryTooLong };
    if (request.slug !== undefined && !this.bySlug.has(request.slug)) {
      return { ...base, status: SearchStatus.UnknownArticle, suggestions: this.similarSlugs(request.slug) };
    }
    const terms = this.analyzer.analyze(query);
    if (terms.length === 0) return { ...base, status: SearchStatus.EmptyQuery };
    const slug = request.slug;
    const scored = scorePassages(
      this.index,
      terms,
      this.options,
      (entry) => slug === undefined || entry.passage.slug === slug,
    );
    const limit = Math.max(1, request.limit ?? this.options.limit);
    const hits = scored.slice(0, limit).map(({ at, score }) => this.hit(at, score, terms));
    if (hits.length === 0)
      return { ...base, status: SearchStatus.NoMatch, suggestions: this.suggest(query, slug) };
    return { ...base, status: SearchStatus.Ok, hits };
  }

  private hit(at: number, score: number, terms: readonly QueryTerm[]): SearchHit {
    const entry = this.index.passages[at]!;
    const passage = entry.passage;
    const article = this.bySlug.get(passage.slug)!;
    const ranges: Highlight[] = [];
    for (const term of terms) {
      for (const token of matchTerm(entry, term).tokens) ranges.push([token.start, token.end]);
    }
    return {
      passage,
      article: attributionOf(article),
      score: Math.round(score * 1000) / 1000,
      highlights: mergeRanges(passage.text, ranges),
      context: {
        before: article.sentences[passage.index - 1]?.text ?? null,
        after: article.sentences[passage.index + 1]?.text ?? null,
      },
    };
  }

  /**
   * Did-you-mean: the query with one word replaced by a near word of the vocabulary (one typo more than
   * search allows), kept only when that query finds something.
   */
  private suggest(query: string, slug: string | undefined): string[] {
    const suggestions: string[] = [];
    const words = query.split(/\s+/).filter((word) => word.length > 0);
    for (const [i, word] of words.entries()) {
      const folded = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      for (const { term, distance } of this.fuzzy.match(folded, 1)) {
        if (term[0] !== folded[0] || distance / Math.max(term.length, folded.length) > 0.34) continue;
        const replaced = [
          ...words.slice(0, i),
          this.index.surfaceOf.get(term) ?? term,
          ...words.slice(i + 1),
        ].join(' ');
        const terms = this.analyzer.analyze(replaced);
        const accept = (entry: IndexedPassage): boolean => slug === undefined || entry.passage.slug === slug;
        if (
          !suggestions.includes(replaced) &&
          scorePassages(this.index, terms, this.options, accept).length > 0
        ) {
          suggestions.push(replaced);
        }
        if (suggestions.length >= this.options.maxSuggestions) return suggestions;
      }
    }
    // A longer query that asks for too much: offer it without the word that no sentence has.
    if (words.length >= 3) {
      for (const i of words.keys()) {
        const shorter = words.filter((_, j) => j !== i).join(' ');
        const accept = (entry: IndexedPassage): boolean => slug === undefined || entry.passage.slug === slug;
        const terms = this.analyzer.analyze(shorter);
        if (scorePassages(this.index, terms, this.options, accept).length > 0) suggestions.push(shorter);
        if (suggestions.length >= this.options.maxSuggestions) break;
      }
    }
    return suggestions;
  }

  private similarSlugs(slug: string): string[] {
    const wanted = slug.toLowerCase();
    return this.articles
      .map((article) => article.slug)
      .filter((candidate) => candidate.includes(wanted) || wanted.includes(candidate.split('-')[0] ?? ''))
      .slice(0, this.options.maxSuggestions);
  }
}
