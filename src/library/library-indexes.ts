import { interviewAnswers, type InterviewAnswers } from '../content/interview.js';
import { speakerName } from '../content/speaker-name.js';
import { foldText } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import type { PassageRange } from '../search/candidates.js';
import type { Catalog } from '../search/catalog.js';
import { DEFAULT_GLOSSARY } from '../search/default-glossary.js';
import { SearchEngine } from '../search/engine.js';
import { ArticleFinder } from '../search/find-articles.js';
import { Glossary } from '../search/glossary.js';
import { ArticleMetadata, initialsOf } from '../search/metadata.js';
import type { SearchOptions } from '../search/options.js';
import { PassageCache } from '../search/passage-cache.js';
import type { QueryTerm } from '../search/query.js';
import { SentenceIndex } from '../search/sentence-index.js';
import type { ArticleHeading } from '../search/title-context.js';
import { headingsOf, type Heading } from './headings.js';
import { titleKinds, type TitleKinds } from './title-kinds.js';

/** Unindexed articles searched on their own while a preview library answers (see `Library.preview`). */
const ARTICLE_ENGINE_CACHE = 8;

/** Where a search looks: an engine's range of passages, and the query as that engine reads it. */
export interface Target {
  readonly engine: SearchEngine;
  readonly range: PassageRange;
  readonly terms: readonly QueryTerm[];
}

/**
 * What a library searches and looks its articles up in, made once per library: the engine over its sentence
 * index (and one for each article a preview library has not indexed yet, `targetOf`), the tokens of passages
 * recently hit, and, made on first use, the indexes of its articles' titles, authors and publications.
 */
export class LibraryIndexes {
  readonly catalog: Catalog;
  readonly options: SearchOptions;
  readonly engine: SearchEngine;
  readonly cache = new PassageCache();
  private readonly glossary: Glossary;
  private readonly articleEngines = new Map<string, SearchEngine>();
  private finderIndex: ArticleFinder | undefined;
  private metadataIndex: ArticleMetadata | undefined;
  /** The stems of the articles' titles and interviews' questions (see `wordsHeld`), made on first use. */
  private contextStemSet: ReadonlySet<string> | undefined;
  /** The articles' headings with their stems (see `headedSections`), made on first use. */
  private headingList: readonly Heading[] | undefined;
  /** The kinds the articles' titles name (see `titleKinds`), made on first use. */
  private titleKindMap: TitleKinds | undefined;
  /** The words of four letters or more of the authors' names (see `authorSuggestions`), made on first use. */
  private authorWordList: readonly string[] | undefined;
  /** What an article is about and who says it, weak context for its sentences ("reagan taxes"). */
  private readonly titleOf = (slug: string): ArticleHeading | undefined => {
    const meta = this.catalog.article(slug)?.meta;
    return meta && { title: meta.title, names: `${meta.author} ${initialsOf(meta.author) ?? ''}` };
  };

  /**
   * An interview's questions and the one who answers them, weak context for its answers ("what is the biggest
   * threat to bees?" finds "The varroa mite, without a doubt."), the one by the name the text gives in full
   * ("Flint" of "FLINT:" is "Nora Flint" where the introduction says so).
   */
  private readonly answersOf = (slug: string): InterviewAnswers | undefined => {
    const article = this.catalog.article(slug);
    const answers = article && interviewAnswers(article);
    if (answers === undefined) return undefined;
    const inFull = (name: string | null | undefined): string | null | undefined =>
      typeof name === 'string' ? speakerName(article!, name, this.options.lexicon) : name;
    return {
      ...answers,
      interviewee: inFull(answers.interviewee) ?? null,
      speakers: answers.speakers.map(inFull),
    };
  };

  private speakerNames: readonly (readonly string[])[] | undefined;

  /**
   * Whether `name` (words of it: "ines", "Ines Carvalho") is a speaker who answers in a transcript or interview
   * of the library, by the name the text gives them in full.
   */
  isSpeaker(name: string): boolean {
    this.speakerNames ??= [
      ...new Set(
        this.catalog.articles.flatMap((article) =>
          (this.answersOf(article.slug)?.speakers ?? []).filter((each) => typeof each === 'string'),
        ),
      ),
    ].map((each) => foldText(each).split(/\s+/));
    const words = foldText(name).split(/\s+/).filter(Boolean);
    return words.length > 0 && this.speakerNames.some((each) => words.every((word) => each.includes(word)));
  }

  constructor(catalog: Catalog, index: SentenceIndex, options: SearchOptions) {
    this.catalog = catalog;
    this.options = options;
    this.glossary = new Glossary([...DEFAULT_GLOSSARY, ...catalog.articles.flatMap((a) => a.meta.glossary)]);
    this.engine = new SearchEngine(index, this.glossary, options, this.titleOf, this.answersOf);
  }

  /** The articles' titles, authors, slugs and years, for autocomplete and misspelt article names. */
  get finder(): ArticleFinder {
    this.finderIndex ??= new ArticleFinder(this.catalog.articles);
    return this.finderIndex;
  }

  /** The articles by author, and by the title, author or publication a query names. */
  get metadata(): ArticleMetadata {
    this.metadataIndex ??= new ArticleMetadata(this.catalog.articles);
    return this.metadataIndex;
  }

  /**
   * The stems of the articles' titles, authors' names and interviews' questions: a title's words are the
   * library's too ("who won the chess final?" of a story titled "…Chess Final" that says only "the final
   * game"); so is its author's name, which the search credits to their sentences as it does the title ("why did
   * lee resign?" of a letter signed with a formula, its name in no sentence); and so are an interview's
   * questions, which find their answers.
   */
  get contextStems(): ReadonlySet<string> {
    this.contextStemSet ??= new Set(
      this.catalog.articles.flatMap((article) => {
        const heading = this.titleOf(article.slug);
        const asked = new Set(interviewAnswers(article)?.questions.map((question) => question?.text ?? ''));
        return [heading?.title ?? article.meta.title, heading?.names ?? '', ...asked].flatMap((text) =>
          tokenize(text).map((token) => token.stem),
        );
      }),
    );
    return this.contextStemSet;
  }

  /** The articles' headings in library order, each with its stems: read once, not per search. */
  get headings(): readonly Heading[] {
    this.headingList ??= headingsOf(this.catalog.articles);
    return this.headingList;
  }

  /** The kinds the articles' titles name before a colon ("Postmortem: …"), each with its articles. */
  get titleKinds(): TitleKinds {
    this.titleKindMap ??= titleKinds(this.catalog.articles);
    return this.titleKindMap;
  }

  /** The words of four letters or more of the authors' names, folded, each once. */
  get authorWords(): readonly string[] {
    this.authorWordList ??= [
      ...new Set(this.metadata.authors.flatMap((author) => foldText(author).match(/\p{L}{4,}/gu) ?? [])),
    ];
    return this.authorWordList;
  }

  /** The engine and passage range that search one article. */
  targetOf(slug: string): { engine: SearchEngine; range: PassageRange } | undefined {
    const range = this.catalog.rangeOf(slug);
    if (!range) return undefined;
    if (range.to <= this.engine.index.passageCount) return { engine: this.engine, range };
    let engine = this.articleEngines.get(slug);
    if (!engine) {
      const index = SentenceIndex.build(this.catalog.passages.slice(range.from, range.to));
      engine = new SearchEngine(index, this.glossary, this.options, this.titleOf, this.answersOf);
      if (this.articleEngines.size >= ARTICLE_ENGINE_CACHE) this.articleEngines.clear();
      this.articleEngines.set(slug, engine);
    }
    return { engine, range: engine.all };
  }
}
