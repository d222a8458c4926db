import type { Passage } from '../content/article.js';
import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { PassageRange } from './candidates.js';
import { FuzzyTerms } from './fuzzy-terms.js';
import type { Glossary } from './glossary.js';
import type { SearchOptions } from './options.js';
import { QueryAnalyzer, type QueryTerm } from './query.js';
import { isPriceWord } from './query-words.js';
import { moneyAskedAbout } from './money-nouns.js';
import { Answer, answersQuestion, askedWords, countAnswer, namesSum } from './answer-cues.js';
import { QuestionKind, questionOf } from './question.js';
import { askedDeed, namesDoer } from './doer.js';
import { lemmaCandidatesIn } from './lexicon.js';
import { heavyWords, sharesNeeded } from './required-words.js';
import { NeighbourContext, WordCount } from './neighbour-context.js';
import { PassageCache } from './passage-cache.js';
import { rerankWithFuse } from './rerank.js';
import { PassageScorer, Reach, WHOLE_ANSWER, type ScoredPassage } from './score.js';
import type { SentenceIndex } from './sentence-index.js';
import { TitleContext, TITLE_QUALITY, type ArticleHeading } from './title-context.js';
import type { AnswersOf } from './interview-context.js';
import { ownWordsFirst } from './own-words.js';

/** The questions whose answer may stand in the sentence after the best (see `SearchEngine.answeredAfter`). */
const ANSWERED_AFTER: ReadonlySet<QuestionKind> = new Set([
  QuestionKind.When,
  QuestionKind.Amount,
  QuestionKind.Count,
]);
/** A sentence that goes on about the one before it: it begins with a pronoun or a definite article. */
const GOES_ON = /^(?:The|This|That|These|Those|It|Its|He|His|She|Her|They|Their)\b/u;

/**
 * The questions whose cue ("because", "I recommend") says what kind of sentence answers, not what it
 * answers: it never stands for a word the sentence lacks (see `preferAnswers`).
 */
const CUE_ONLY: ReadonlySet<QuestionKind> = new Set([QuestionKind.Why, QuestionKind.Proposal]);

/** How many re-ranked orders are remembered (emptied when full). */
const RERANK_MEMO = 10_000;
/** A question that asks "how much", folded. */
const HOW_MUCH = /\bhow much\b/u;
/**
 * What a sentence gains for having what a question asks for (a date for "when", a name for "who"), as a
 * share of one content word of the query: the question word asks for something too, so a sentence that
 * says it is worth about half a word more than one that does not. Only hits re-ordered: a sentence that
 * lacks the question's words is never found for it.
 */
const ANSWER_WORD_SHARE = 0.5;
/** How many of the index's best candidates fuse.js re-ranks. */
const RERANK_DEPTH = 20;
/** Weight of fuse.js's similarity (0–1) against the index's rank (score 0–1 plus length preference). */
const RERANK_WEIGHT = 0.05;

/** One index with what reads it: query analysis, typo candidates, scoring and re-ranking. */
export class SearchEngine {
  readonly fuzzy: FuzzyTerms;
  private readonly analyzer: QueryAnalyzer;
  private readonly scorer: PassageScorer;
  private readonly texts = new PassageCache();
  private readonly reranked = new Map<string, ScoredPassage[]>();
  private titles: TitleContext | undefined;
  private readonly options: SearchOptions;
  /**
   * What the last query's text gives (its phrase, its kind of question): a search ranks its query once or
   * twice (as typed, then with relatives), and a closest match once more.
   */
  private last: QueryShape | undefined;

  /**
   * `titleOf` gives an article's title by slug: the titles are weak context for their sentences; so are, for
   * an interview, the questions and the interviewee `answersOf` gives (see `InterviewContext`).
   */
  constructor(
    readonly index: SentenceIndex,
    glossary: Glossary,
    options: SearchOptions,
    titleOf?: (slug: string) => ArticleHeading | undefined,
    answersOf?: AnswersOf,
  ) {
    this.fuzzy = new FuzzyTerms(index);
    this.analyzer = new QueryAnalyzer(index, glossary, this.fuzzy, options);
    // Read on the first query, not at start-up.
    const titles =
      titleOf &&
      ((): TitleContext =>
        (this.titles ??= TitleContext.of(
          index,
          titleOf,
          options.lexicon,
          options.relationQuality.derivation,
          answersOf,
        )));
    this.scorer = new PassageScorer(index, options, titles);
    this.options = options;
  }

  get passages(): readonly Passage[] {
    return this.index.passages;
  }

  /** Every passage of the index. */
  get all(): PassageRange {
    return { from: 0, to: this.index.passageCount };
  }

  /** The query's terms; `lexical` false leaves out the lexicon's relatives (the words as typed only). */
  analyze(query: string, lexical = true): QueryTerm[] {
    return this.analyzer.analyze(query, lexical);
  }

  /** The dictionary word a typed word the library lacks means, two letters swapped back ("fule": fuel). */
  meaningOf(term: string, stem: string): string | undefined {
    return this.analyzer.meaningOf(term, stem);
  }

  /**
   * The best `limit` passages of the range for the query, re-ranked with fuse.js. `reach`: how far
   * it looks for passages that lack words of the query (see `Reach`), for a query nothing matches.
   */
  rank(
    query: string,
    terms: readonly QueryTerm[],
    range: PassageRange,
    limit: number,
    reach: Reach = Reach.Match,
  ): ScoredPassage[] {
    const { phrase, question } = this.shapeOf(query);
    const depth = Math.max(limit, RERANK_DEPTH);
    let scored = this.scorer.score(terms, range, depth, phrase, question, reach);
    if (question !== undefined && question !== QuestionKind.Other)
      scored = this.preferAnswers(question, query, scored, terms);
    if (question !== undefined && ANSWERED_AFTER.has(question))
      scored = this.answeredAfter(question, query, scored, terms, range);
    const candidates = scored.slice(0, RERANK_DEPTH);
    // fuse.js's order depends only on the query, the candidates and how many are asked for: popular
    // queries reuse it.
    const key = `${query}\u0000${limit}\u0000${candidates.map((item) => item.at).join(',')}`;
    let head = this.reranked.get(key);
    if (head === undefined) {
      // Only the first `limit` are final, and only they are kept.
      head = rerankWithFuse(
        query,
        candidates,
        (at) => this.texts.folded(this.index.passages[at]!),
        RERANK_WEIGHT,
        limit,
      ).slice(0, limit);
      if (this.reranked.size >= RERANK_MEMO) this.reranked.clear();
      this.reranked.set(key, head);
    }
    return [...head, ...scored.slice(RERANK_DEPTH)].slice(0, limit);
  }

  /**
   * A question's hits with what it asks for (a date for "when") move up by half a word's share. When its
   * hits may lack a word (see `WHOLE_ANSWER`), the answer counts as much as that word: a sentence that has
   * the answer and lacks one word ("Rosneft bought the Yugansk unit for $9.3bn" for "how much did Rosneft
   * pay for Yugansk?") comes before one with every word and no answer ("it will have to pay real money"),
   * though after one with both. Among those that lack a word, one whose neighbouring sentence has it gains
   * what a title's word gives (see `NeighbourContext`). A cause has no such place: "because" is no answer
   * of its own.
   */
  private preferAnswers(
    question: QuestionKind,
    query: string,
    scored: ScoredPassage[],
    terms: readonly QueryTerm[],
  ): ScoredPassage[] {
    const asked = askedWords(query);
    const share = 1 / heavyCount(terms);
    const tiered = !CUE_ONLY.has(question) && scored.some((item) => item.partial);
    const around = tiered ? new NeighbourContext(this.index, terms) : undefined;
    const counted = question === QuestionKind.Count ? countedWords(query, terms) : undefined;
    const deed =
      question === QuestionKind.Who ? askedDeed(query, terms, this.options.stemQuality) : undefined;
    const lexicon = this.options.lexicon;
    const isPerson = (word: string): boolean =>
      lemmaCandidatesIn(word, lexicon).some((lemma) => lexicon.isPerson?.(lemma) ?? false);
    const minimum = sharesNeeded(heavyWords(terms), question, this.options).score;
    return scored
      .map((item) => {
        const text = this.index.passages[item.at]!.text;
        const answer = counted
          ? countAnswer(text, asked, (word) => counted.has(word))
          : !answersQuestion(question, text, asked)
            ? Answer.None
            : deed && namesDoer(text, deed, asked, isPerson)
              ? Answer.Counted
              : Answer.Cue;
        // Without the answer, "how many" is a word the sentence lacks.
        if (!answer && item.asked)
          item = { ...item, score: item.score - item.asked, rank: item.rank - item.asked };
        // A count of what is asked about, or the doer of what a "who" question asks, is worth half a word more
        // than another count or name.
        const counts = answer === Answer.Counted ? ANSWER_WORD_SHARE * share : 0;
        if (!around) return answer ? { ...item, rank: item.rank + ANSWER_WORD_SHARE * share + counts } : item;
        const whole = answer ? WHOLE_ANSWER + counts : 0;
        if (item.partial) {
          const context = TITLE_QUALITY * share * around.wordsAround(item.at);
          return { ...item, rank: item.rank + context + whole };
        }
        return { ...item, rank: item.rank - WHOLE_ANSWER / 2 + whole };
      })
      .filter((item) => item.score >= minimum)
      .sort((a, b) => b.rank - a.rank || a.at - b.at);
  }

  /**
   * A "when" question's best sentence without a date gives way to the next sentence of its article when
   * that one has a date and a word of the question: an article names an event in one sentence and dates
   * it in the next ("…to perform at a concert in Copenhagen to mark the bicentennial…", then "…with a
   * concert at Parken stadium on 2 April."). So does a "how much" or "how many" question's best sentence
   * without an amount or a count, when the next of its paragraph has one and goes on about it, beginning
   * with a pronoun or a definite article ("I ate the best fish supper of my life in Lochboisdale…", then
   * "The bill came to £11.50."): a figure in a sentence further off, or one that shares a word of the
   * question only, is as often about something else. Not for a name or a cause, for the same reason.
   */
  private answeredAfter(
    question: QuestionKind,
    query: string,
    scored: ScoredPassage[],
    terms: readonly QueryTerm[],
    range: PassageRange,
  ): ScoredPassage[] {
    const top = scored[0];
    if (top === undefined) return scored;
    const passages = this.index.passages;
    const next = top.at + 1;
    if (next >= range.to || passages[next]!.slug !== passages[top.at]!.slug) return scored;
    const asked = askedWords(query);
    const answers = (at: number): boolean => answersQuestion(question, passages[at]!.text, asked);
    if (answers(top.at) || !answers(next)) return scored;
    const goesOn =
      question === QuestionKind.When
        ? new WordCount(this.index, terms).hasAny(next)
        : passages[next]!.paragraph === passages[top.at]!.paragraph && GOES_ON.test(passages[next]!.text);
    if (!goesOn) return scored;
    // Above the best by more than fuse.js's re-ranking can add, so that it stays first.
    const first = { at: next, score: top.score, rank: top.rank + RERANK_WEIGHT * 2 };
    return [first, ...scored.filter((item) => item.at !== next)];
  }

  /**
   * A "how much" question's price word ("worth", "cost", "pay") is what its answer, a sum, says, as "much" is:
   * when the best of `ranked` has no amount, the best sentence with one that lacks only price words comes
   * first ("how much is the international booker prize worth?": "The new £60,000 award is open to…", not the
   * shortlist's news without a sum). Only then: where a sentence has the word ("…a year of college cost
   * $2,000"), it still counts. So is a noun of money straight after "how much" ("how much revenue…",
   * `moneyAskedAbout`).
   */
  pricedFirst(
    query: string,
    terms: readonly QueryTerm[],
    range: PassageRange,
    limit: number,
    ranked: ScoredPassage[],
  ): ScoredPassage[] {
    if (!HOW_MUCH.test(foldText(query))) return ranked;
    const money = moneyAskedAbout(this.options.lexicon, query);
    const priced = terms.map(
      (term) =>
        !term.light && term.name === undefined && (isPriceWord(term.label) || foldText(term.label) === money),
    );
    // A price word alone ("how much does it cost?") leaves nothing to look for.
    if (!priced.includes(true) || terms.every((term, i) => priced[i] || term.light)) return ranked;
    // Nothing with the words: the price word is not what is missing.
    if (ranked[0] === undefined) return ranked;
    const hasSum = (at: number): boolean => namesSum(this.index.passages[at]!.text);
    if (hasSum(ranked[0].at)) return ranked;
    return this.standInsFirst(query, terms, priced, range, limit, limit, ranked, hasSum);
  }

  /**
   * What a question's answer says in place of some of its words (a sum for "how much…worth", a measurement for
   * "what dose…"): ranked again with those stand-in words `light` and `asked` (looked for, not needed), the
   * best of the first `depth` that `answers` comes first in `ranked`, cut to `limit`; `ranked` as it was
   * when none does. Used by `pricedFirst` and `measuredFirst`, once each has found its own best lacking.
   */
  standInsFirst(
    query: string,
    terms: readonly QueryTerm[],
    standIns: readonly boolean[],
    range: PassageRange,
    depth: number,
    limit: number,
    ranked: ScoredPassage[],
    answers: (at: number) => boolean,
  ): ScoredPassage[] {
    const asAsked = terms.map((term, i) => (standIns[i] ? { ...term, light: true, asked: true } : term));
    const best = this.rank(query, asAsked, range, depth).find((item) => answers(item.at));
    if (best === undefined) return ranked;
    return [best, ...ranked.filter((item) => item.at !== best.at)].slice(0, limit);
  }

  /** A query that is only a person's name: their quotations first (see `ownWordsFirst`). */
  ownWordsFirst(
    query: string,
    terms: readonly QueryTerm[],
    range: PassageRange,
    limit: number,
    ranked: ScoredPassage[],
  ): ScoredPassage[] {
    if (this.shapeOf(query).question !== undefined) return ranked;
    const answersBy = (names: readonly string[]): number[] => this.titles?.answersBy(names, range) ?? [];
    return ownWordsFirst(this.index, this.options.lexicon, terms, range, limit, ranked, answersBy);
  }

  private shapeOf(query: string): QueryShape {
    if (this.last?.query !== query)
      this.last = { query, phrase: this.phraseIn(query), question: questionOf(query) };
    return this.last;
  }

  /** The query's words as stem ids when it has small words between others: then their order matters. */
  private phraseIn(query: string): Int32Array | undefined {
    const words = tokenize(query).filter((token) => !token.alias);
    if (words.length < 3 || !words.some((word) => STOPWORDS.has(word.term))) return undefined;
    return Int32Array.from(words, (word) => this.index.stemId(word.stem) ?? -1);
  }

  /** Whether any passage of the range answers the query terms. */
  finds(terms: readonly QueryTerm[], range: PassageRange): boolean {
    return this.scorer.score(terms, range, 1).length > 0;
  }
}

/** What ranking reads of a query's text besides its terms. */
interface QueryShape {
  readonly query: string;
  readonly phrase: Int32Array | undefined;
  readonly question: QuestionKind | undefined;
}

/**
 * The words that may name what a "how many" question counts: every unit of the query's two words after
 * "many" ("how many new jobs": new, jobs, and their forms and relatives).
 */
function countedWords(query: string, terms: readonly QueryTerm[]): ReadonlySet<string> {
  const words: string[] = foldText(query).match(/\p{L}+/gu) ?? [];
  const many = words.indexOf('many');
  const after = words.slice(many + 1, many + 3);
  const counted = new Set<string>();
  for (const term of terms) {
    if (!after.includes(foldText(term.label))) continue;
    for (const { units } of term.alternatives)
      for (const unit of units) for (const word of unit.keys()) counted.add(word);
  }
  return counted;
}

/** How many content words (not light ones) the query has, at least one. */
function heavyCount(terms: readonly QueryTerm[]): number {
  return Math.max(1, terms.filter((term) => !term.light).length);
}
