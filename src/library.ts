import type { Article, Passage } from './content/article.js';
import { Catalog, offeredPassages, quotablePassages } from './search/catalog.js';
import type { SearchEngine } from './search/engine.js';
import { IndexBuilder } from './search/index-builder.js';
import { loadAllLists, type IndexSnapshot } from './search/index-data.js';
import type { IndexMemory, IndexVocabulary } from './search/index-update.js';
import { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './search/options.js';
import { indexInTurns, randomTurn } from './search/random-turns.js';
import type { SearchHit, SearchRequest, SearchResult, SearchScope } from './search/result.js';
import { SentenceIndex } from './search/sentence-index.js';
import type { LanguageDetector, LanguageName } from './text/language-names.js';
import { inLanguageNamed } from './library/article-language.js';
import {
  articleNamed,
  resolveSlug,
  similarArticles,
  titled,
  titledWith,
  titleHasRun,
} from './library/article-names.js';
import { authorCalled, authorNamed } from './library/author-named.js';
import { similarAuthors } from './library/author-suggestions.js';
import { quoteById } from './library/hits.js';
import { LibraryIndexes } from './library/library-indexes.js';
import type { TitleKinds } from './library/title-kinds.js';
import { searchLibrary } from './library/library-search.js';
import { quoteAmong, randomPools } from './library/random-quotes.js';
import { snapshotVocabulary, updatedIndex } from './library/updated-index.js';
import { saysSideBySide, wordAlone } from './library/word-alone.js';
import { isEverydayWord, knowsWord, wordsHeld } from './library/words-held.js';

export type { IndexSnapshot } from './search/index-data.js';
// A random quote's pool of an article is part of this module's surface: the bot and tests import it from here.
export { randomQuotable } from './library/random-quotes.js';

/** Hits `Library.articlesAbout` reads for the articles they come from. */
const ARTICLES_ABOUT_REACH = 100;

/** How much of the library the search index covers (all of it once built). */
export interface IndexCoverage {
  readonly indexed: number;
  readonly total: number;
}

/**
 * The articles the bot knows, indexed for search. Build it once per content version with
 * `Library.create` (or restore it with `Library.fromIndex`); every method is synchronous and free of I/O.
 */
export class Library {
  readonly articles: readonly Article[];
  readonly options: SearchOptions;
  private readonly indexes: LibraryIndexes;

  private constructor(catalog: Catalog, index: SentenceIndex, options: SearchOptions) {
    this.indexes = new LibraryIndexes(catalog, index, options);
    this.articles = catalog.articles;
    this.options = options;
  }

  /** The engine over the library's index (tests read its index through it). */
  private get engine(): SearchEngine {
    return this.indexes.engine;
  }

  static create(articles: readonly Article[], options: Partial<SearchOptions> = {}): Library {
    const catalog = new Catalog(articles);
    return new Library(catalog, SentenceIndex.build(catalog.passages), {
      ...DEFAULT_SEARCH_OPTIONS,
      ...options,
    });
  }

  /**
   * A library over `articles` with a saved index (`exportIndex()` of a library of the same articles).
   * Throws when the snapshot does not fit these articles; build afresh then.
   */
  static fromIndex(
    articles: readonly Article[],
    snapshot: IndexSnapshot,
    options: Partial<SearchOptions> = {},
  ): Library {
    const catalog = new Catalog(articles);
    const index = SentenceIndex.restore(catalog.passages, snapshot);
    return new Library(catalog, index, { ...DEFAULT_SEARCH_OPTIONS, ...options });
  }

  /**
   * A library that answers at once while the full index is built: every article is listed, the newest
   * ones (up to `passageBudget` passages) are searched together, and a search within one other article
   * indexes that article on the spot. `indexCoverage` tells how much a library-wide search covers.
   */
  static preview(
    articles: readonly Article[],
    passageBudget: number,
    options: Partial<SearchOptions> = {},
  ): Library {
    const catalog = new Catalog(articles);
    const prefix = catalog.passages.slice(0, catalog.prefixWithin(passageBudget));
    return new Library(catalog, SentenceIndex.build(prefix), { ...DEFAULT_SEARCH_OPTIONS, ...options });
  }

  /** A build in steps (`step(n)` indexes n more passages): the runtime yields between steps. */
  static build(articles: readonly Article[], options: Partial<SearchOptions> = {}): LibraryBuild {
    return new LibraryBuild(
      new Catalog(articles),
      (catalog, index) => new Library(catalog, index, { ...DEFAULT_SEARCH_OPTIONS, ...options }),
    );
  }

  /**
   * The library `Library.create(articles, this.options)` gives, tokenizing only the articles this one does
   * not hold: an article found here as the same object keeps its indexed passages (copied in bulk, not
   * re-read). An edit to a few files of a large library re-indexes those files only. `memory` gives the
   * new index's large arrays (fresh ones by default).
   */
  withArticles(articles: readonly Article[], memory?: IndexMemory): Library {
    const index = this.engine.index;
    return Library.updated(articles, this.indexes.catalog, index, index, this.options, memory);
  }

  /**
   * `withArticles` from a saved index instead of a library: `previous` are the articles `index` was built
   * over (`exportIndex()`); an article of `articles` found there as the same object is not tokenized again.
   */
  static update(
    articles: readonly Article[],
    previous: { readonly articles: readonly Article[]; readonly index: IndexSnapshot },
    options: Partial<SearchOptions> = {},
  ): Library {
    const vocabulary = snapshotVocabulary(previous.index);
    return Library.updated(articles, new Catalog(previous.articles), previous.index, vocabulary, options);
  }

  private static updated(
    articles: readonly Article[],
    before: Catalog,
    /** The previous index, or its data (a saved index). */
    previous: SentenceIndex | IndexSnapshot,
    vocabulary: IndexVocabulary,
    options: Partial<SearchOptions>,
    memory?: IndexMemory,
  ): Library {
    const { catalog, index } = updatedIndex(articles, before, previous, vocabulary, memory);
    return new Library(catalog, index, { ...DEFAULT_SEARCH_OPTIONS, ...options });
  }

  /** The index as plain data, for `Library.fromIndex` (the runtime saves it next to the data). */
  exportIndex(): IndexSnapshot {
    if (this.engine.index.passageCount !== this.indexes.catalog.passages.length) {
      throw new Error('a preview library has no complete index to export');
    }
    loadAllLists(this.engine.index.data);
    return this.engine.index.data;
  }

  get indexCoverage(): IndexCoverage {
    return { indexed: this.engine.index.passageCount, total: this.indexes.catalog.passages.length };
  }

  article(slug: string): Article | undefined {
    return this.indexes.catalog.article(slug);
  }

  /**
   * The slug of the article a user means by what they typed: a slug, part of one article's title, or words
   * all of one title has ("north-korea", "BA profits"). Undefined when none or several fit.
   */
  resolveSlug(input: string): string | undefined {
    return resolveSlug(this.indexes.catalog, input);
  }

  /**
   * The article a user names (see `resolveSlug`: a slug, title words, an author of one article), or else the one
   * whose passages best match the words: for an article `described` in words ("the article about mary poppins"),
   * whatever its best passage; for a name typed as an option (`article:`, `--article`), words that one
   * article alone says, every word as typed, so that a name of no article is said to be none ("nope" is not
   * the article with "hope", and `--article north-korea` is not whichever of two speeches that mention North
   * Korea a search ranks first). Words that several titles have, or an author of several articles, name none
   * of them (the reply suggests them: `article:BBC` is not the article whose sentence says "told the BBC").
   */
  articleNamed(input: string, described = false, languages?: LanguageDetector): string | undefined {
    return articleNamed(this, input, described, languages);
  }

  /**
   * The articles in the language a description names ("french" of "the french article"), or undefined when
   * it names none: English ones read as English (`readsAsEnglish`, as summaries tell them), those of another
   * language do not, and are in it as the detector tells, so that "the french article" is not the German one.
   * Without a detector, only "english" and "foreign" name a language.
   */
  inLanguageNamed(
    description: string,
    languages?: LanguageDetector,
  ): { readonly language: LanguageName; readonly articles: readonly Article[] } | undefined {
    return inLanguageNamed(this.articles, description, languages);
  }

  /** Whether the words stand side by side, whole, in some article's title or slug ("long march"). */
  titleHasRun(input: string): boolean {
    return titleHasRun(this.articles, input);
  }

  /** The articles whose titles have every one of the words, whole ("union": both State of the Union addresses). */
  titledWith(input: string): Article[] {
    return titledWith(this.articles, input);
  }

  /**
   * The article whose title the words are, small differences of case, punctuation and small words aside
   * ("india calls fair trade rules" is "India calls for fair trade rules"), if one is.
   */
  titled(words: string): string | undefined {
    return titled(this.articles, words);
  }

  /** The body sentences that may be quoted: every sentence but repeats of earlier ones and headings. */
  quotable(article: Article): Passage[] {
    return quotablePassages(article);
  }

  /**
   * The quotable sentences that may be offered when no words asked for them (an article's opening, a daily
   * post): no letter's address line, header's fields or table row (`isOffered`).
   */
  offered(article: Article): Passage[] {
    return offeredPassages(article);
  }

  /**
   * Articles matching what a user typed for one (autocomplete on titles): every word must start a word
   * of the title, author, slug or year; best first, at most `limit` (≤ 25).
   */
  findArticles(text: string, limit = 25): Article[] {
    return this.indexes.finder.find(text, limit);
  }

  /**
   * Finds the passages that best answer a query, or says why there are none (`suggest`: with did-you-mean, and
   * `respelled`: what a word neither the library nor the dictionary knows was taken for).
   */
  search(request: SearchRequest, suggest = true): SearchResult {
    return searchLibrary(this.indexes, this, request, suggest);
  }

  /**
   * The quote at `index` among the random quotes of the whole library, one article or one author's articles,
   * in the order the articles take turns (`quotesInTurns`; wrapped round), with its index and how many there
   * are. A random quote is an index (`randomQuoteIndex`); shown again (its "Context", "Share") it is the same
   * quote, and the next index is the next article's turn. Undefined when none fits.
   */
  quoteAmong(
    index: number,
    filter: SearchScope = {},
  ): { hit: SearchHit; index: number; count: number } | undefined {
    return quoteAmong(this.indexes, index, filter);
  }

  /**
   * The index (for `quoteAmong`) of a random quote, for a number in [0, 1): an article first, each with an
   * equal chance, then one of its quotes (`randomTurn`).
   */
  randomQuoteIndex(random: number, filter: SearchScope = {}): number {
    return randomTurn(randomPools(this.indexes, filter), random);
  }

  /**
   * The quote of a passage id as `quote --json` gives it (`<slug>#<n>`), with no highlights; undefined when
   * the library has no such sentence, or one that is no quote (a repeat, a heading).
   */
  quoteById(id: string): SearchHit | undefined {
    return quoteById(this.indexes, id);
  }

  /** The index `quoteAmong` shows this passage at with this filter; undefined when it is no random quote there. */
  randomQuoteIndexOf(passage: Passage, filter: SearchScope = {}): number | undefined {
    return indexInTurns(randomPools(this.indexes, filter), passage);
  }

  /**
   * Authors whose names share a word start with what was typed ("balbach" → "Eric Ballbach") or have a word a
   * typo away from a word typed ("obma" → "Barack Obama"), at most 5.
   */
  similarAuthors(typed: string): string[] {
    return similarAuthors(this.authors, typed);
  }

  /** Whether some article's author answers to `name` (words of the name, as `author:` takes them). */
  hasAuthor(name: string): boolean {
    return this.articlesBy(name).length > 0;
  }

  /** Whether `name` is someone who answers in a transcript or interview of the library (see `LibraryIndexes`). */
  isSpeaker(name: string): boolean {
    return this.indexes.isSpeaker(name);
  }

  /**
   * The kinds of document the library's own titles name before a colon, each with its articles ("postmortem" of
   * "Postmortem: Checkout API outage" and another so titled): made once per library, not per request.
   */
  get titleKinds(): TitleKinds {
    return this.indexes.titleKinds;
  }

  /** The articles whose author answers to `name` (words of the name, as `author:` takes them), newest first. */
  articlesBy(name: string): readonly Article[] {
    return this.indexes.metadata.byAuthor(name);
  }

  /**
   * The articles with a passage that a search finds for the words, in the order of their best passage (the
   * first `ARTICLES_ABOUT_REACH` hits read), of `author`'s articles only if given; the search's result says why
   * there are none.
   */
  articlesAbout(words: string, author?: string): { result: SearchResult; articles: Article[] } {
    const result = this.search({ query: words, author, limit: ARTICLES_ABOUT_REACH });
    const slugs = new Set(result.hits.map((hit) => hit.article.slug));
    return { result, articles: [...slugs].map((slug) => this.article(slug)!) };
  }

  /**
   * The author the words name, whole words of one author's name ("ballbach", "Eric Ballbach"), with the note
   * on them an article gives (`author_bio:`) and their articles, in library order as `/articles` lists them.
   */
  authorNamed(name: string): { author: string; bio: string | null; articles: Article[] } | undefined {
    return authorNamed(this.indexes.metadata, name);
  }

  /**
   * The author a plain request names by `words` ("summarize reagan", "a quote from bbc news"), as
   * `authorNamed` finds them, when the words call them by a part of the name that is theirs: the whole name,
   * its initials ("fdr"), a word the dictionary knows only as a name or not at all ("reagan", "bbc"), or the surname of a person's
   * name, its last word after a given name ("green" of Mia Green), or the title a person's name opens with,
   * a noun the dictionary knows for a person before a given name and a surname ("the mayor" of Mayor Daniel
   * Okafor, as "mayor" finds them for `author:`). A word of everyday English in a name that is no person's
   * ("news" of BBC News) is that word: "a quote from the news" names no author.
   */
  authorCalled(words: string): string | undefined {
    return authorCalled(this.indexes.metadata, this.options.lexicon, words);
  }

  /** Every author, once, in library order. */
  get authors(): string[] {
    return this.indexes.metadata.authors;
  }

  /**
   * How many of a query's content words (a question's frame and filler left out) some sentence of the library
   * has in some form ("tests" for "test"), of how many, how many of those it writes as names ("Rosneft"), and
   * how many as typed ("love", not only "Lovely"): whether words put to the bot are about what it holds. `words`
   * are those content words, folded ("deficit" of "how big is the deficit?"; small words stay when there is
   * nothing else: "how", "are", "you").
   */
  wordsHeld(query: string): {
    held: number;
    of: number;
    names: number;
    typed: number;
    words: readonly string[];
  } {
    return wordsHeld(this.engine, this.options.lexicon, this.indexes.contextStems, query);
  }

  /**
   * What a search that matched nothing offers to try: its did-you-mean queries, or else a word of the query
   * that finds passages alone (`wordAlone`). The chat says the word ("Try /quote moon for “moon” alone.") and
   * `quote --json` lists it in `suggestions`, so the two never offer different things.
   */
  noMatchHint(
    query: string,
    suggestions: readonly string[],
    scope: SearchScope = {},
  ): { suggestions: readonly string[]; alone?: string } {
    const alone = suggestions.length === 0 ? this.wordAlone(query, scope) : undefined;
    return alone === undefined ? { suggestions } : { suggestions, alone };
  }

  /**
   * A word of a query that no passage matches whole which finds passages on its own, the rarest such ("moon" of
   * "man on the moon", of a library that has "one of our citizens on the moon" and many a "man"), within the
   * same article or author: what a reply that nothing matches offers to look for instead. Only when its best
   * passage is in an article the rest of the query points to (`pointedTo`), or no other word finds any: "cost"
   * of "how much did the library cost" is not offered where only a bus lane's "is expected to cost £4.1m" says
   * it and a library's speech has "library". Undefined when no word finds any alone, or the query is that word.
   * Never a word of fewer than `ALONE_MIN_LETTERS` letters, nor one of a name of several words (`namedWords`):
   * "da" of "da vinci" finds what "da vinci" does not ask.
   */
  wordAlone(query: string, scope: SearchScope = {}): string | undefined {
    return wordAlone(this.indexes, this, query, scope);
  }

  /**
   * Whether some passage has these words side by side, in this order ("tom hanks" of "starring Tom Hanks"), with
   * no comma, colon, bracket or quotation mark between them ("…the November election, Trump's…" has no
   * "election trump").
   */
  saysSideBySide(words: string): boolean {
    return saysSideBySide(this, words);
  }

  /**
   * Whether a word (lower case) is a real one: the library has it, or the dictionary knows it in some form.
   * A real word is no misspelling of another ("city" is not "cite", "submarines" not "summaries").
   */
  knowsWord(word: string): boolean {
    return knowsWord(this.engine.index, this.options.lexicon, word);
  }

  /** Whether the library's texts write a word (lower case) as a name, capitalised: "Hale" of a councillor. */
  writesAsName(word: string): boolean {
    return this.engine.index.writesAsName(word);
  }

  /** Whether the dictionary knows a word (lower case) in some form as a common word, not only as a name. */
  isEverydayWord(word: string): boolean {
    return isEverydayWord(this.options.lexicon, word);
  }

  /**
   * Slugs to suggest for an article name that names none: those whose titles have its words (several do), of
   * the author it names (an author of several articles), whose title or slug words it misspells ("ugnada");
   * failing those, slugs that hold it or whose first word it holds.
   */
  similarArticles(typed: string): string[] {
    return similarArticles(this.indexes, typed);
  }
}

/** A library being indexed in steps; `finish()` once `done`. */
export class LibraryBuild {
  private readonly builder = new IndexBuilder();

  constructor(
    private readonly catalog: Catalog,
    private readonly make: (catalog: Catalog, index: SentenceIndex) => Library,
  ) {}

  get total(): number {
    return this.catalog.passages.length;
  }

  get done(): boolean {
    return this.builder.size >= this.total;
  }

  /** Indexes up to `passages` more passages; returns whether the build is done. */
  step(passages: number): boolean {
    const end = Math.min(this.total, this.builder.size + Math.max(1, passages));
    for (let at = this.builder.size; at < end; at++) this.builder.add(this.catalog.passages[at]!);
    return this.done;
  }

  finish(): Library {
    while (!this.done) this.step(this.total);
    const passages = this.catalog.passages;
    return this.make(this.catalog, new SentenceIndex(passages, this.builder.finish(passages)));
  }
}
