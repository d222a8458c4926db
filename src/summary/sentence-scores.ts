import type { Article, Passage } from '../content/article.js';
import {
  ConceptReader,
  coverage,
  dot,
  inverseDocumentFrequency,
  readsAsEnglish,
  unitVectors,
  type ConceptVector,
} from './concepts.js';
import { inOneLanguage } from './bilingual.js';
import { foldingOnce } from './fold-once.js';
import { candidatesOf } from './candidates.js';
import { closeOf } from './close.js';
import { stepsOf } from './steps.js';
import { cuesOf, leaningCues, type SentenceCues } from './cues.js';
import { goesOnQuoting, holdsDialogue } from './quotation.js';
import { genreOf, type Genre } from './genre.js';
import { graphRank } from './graph-rank.js';
import { nutGrafOf } from './nut-graf.js';
import { opensOnClockTime, purposeOf } from './purpose.js';
import { withPseudoParagraphs } from './pseudo-paragraphs.js';
import { verdictOf, whyOf } from './why.js';
import { newsFeaturesOf, newsScore, type NewsFeatures } from './news-features.js';
import type { SummaryOptions } from './options.js';
import { readsAsHeading } from '../text/segment.js';
import { wordCount } from '../text/tokenize.js';

/** A body sentence that may go into a summary, with what the scoring found about it. */
export interface ScoredSentence {
  /** The sentence, its `paragraph` a piece of a long unbroken one where its topic shifts (see `withPseudoParagraphs`). */
  readonly passage: Passage;
  /** Its paragraph as the text has it: a long summary spreads over these when the pieces outnumber its places. */
  readonly writtenParagraph: number;
  readonly vector: ConceptVector;
  readonly cues: SentenceCues;
  /** Percentile rank (0–1) of its similarity with the rest of the article. */
  readonly centrality: number;
  /** Similarity (cosine) with the title and deck, and its percentile rank. */
  readonly guide: number;
  readonly guideRank: number;
  /** The share of the title and deck's concepts it has (see `coverage`): what picks the thesis. */
  readonly guideShare: number;
  readonly lead: boolean;
  readonly closing: boolean;
  /**
   * Nothing is said before it in the article: every sentence before it is a heading that reads as one (labels
   * above a release's lead, "Press release" and "FOR IMMEDIATE RELEASE", in a file imported before they were
   * left out; a `## Introduction`), not an interview's question. It opens the text, leaning on nothing left out.
   */
  readonly opensBody: boolean;
  /** It opens on a clock time ("14:11 Failover completes."): an event of a timeline, no statement (see `opensOnClockTime`). */
  readonly event: boolean;
  /** What a news report's sentence is (see `NEWS_FEATURES`); undefined in an argument. */
  readonly news: NewsFeatures | undefined;
  /** The weighted sum of the features: how much this sentence carries of the article. */
  readonly score: number;
}

/** An article read for summarising: its candidate sentences, scored, and which one is the thesis. */
export interface ScoredArticle {
  /** What kind of piece it is, read from its text: a news report or an argument. */
  readonly genre: Genre;
  readonly sentences: readonly ScoredSentence[];
  /** Index in `sentences` of the thesis: the sentence the article argues for. */
  readonly thesis: number;
  /** Index in `sentences` of a feature's nut graf, the sentence after its lede that says what it is about. */
  readonly nutGraf: number | undefined;
  /** Index in `sentences` of the close of a piece whose point comes at its end (see `closeOf`), or a review's verdict (see `verdictOf`). */
  readonly close: number | undefined;
  /** Indices in `sentences` of a long read's "why", with the sentence it leans on (see `whyOf`). */
  readonly why: readonly number[] | undefined;
  /** Indices in `sentences` of a guide's steps, in order (see `stepsOf`); empty for any other piece. */
  readonly steps: readonly number[];
  /**
   * Indices in `sentences` of a structured document's key sentences, in order: the first of each section whose
   * heading names its purpose or finding ("Summary", "Root cause", "Abstract": see `purposeOf`); empty for
   * a text with no such heading.
   */
  readonly purpose: readonly number[];
}

/** Percentile rank of each value among all (1 for the largest, 0 for the smallest, ties share). */
export function percentileRanks(values: readonly number[]): number[] {
  if (values.length < 2) return Array.from(values, () => 1);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j += 1;
    rank.set(sorted[i]!, (i + j) / 2 / (values.length - 1));
    i = j + 1;
  }
  return Array.from(values, (value) => rank.get(value)!);
}

/**
 * Scores an article's sentences for an extractive summary: of an argument or, when the text reads as one
 * (see `genreOf`), of a news report.
 *
 * Generic centrality (TextRank, a TF-IDF centroid) rewards sentences that repeat the article's common
 * vocabulary, so the body of the argument wins and the conclusion, which says something new, comes last.
 * A reader's summary needs the thesis and the steps that lead to it, so each sentence gets:
 *
 * - `centrality`: percentile rank of its mean cosine similarity (tf·idf over concepts, glossary synonyms
 *   folded together) with the other sentences: how much of the argument it ties together;
 * - `guide`: percentile rank of its similarity with the title and deck, the author's own statement of the
 *   point (the title alone when there is no deck);
 * - `lead`: it opens a paragraph, where a paragraph states its step; `closing`: it is in the last paragraph;
 * - cues: a conclusion marker ("therefore", "in any case") adds; an example ("For instance") and a
 *   sentence that leans on the one before ("That is, …", "he …") subtract.
 *
 * An argument's score is the weighted sum (weights in `DEFAULT_SUMMARY_OPTIONS`; see `scoreArgument`), a
 * report's the weighted sum of its news features (see `scoreNews`). The thesis is chosen apart: the
 * sentence with the largest share of the title and deck's concepts (`coverage`; the cosine favoured a short
 * aside that shares one title word), with a bonus for the closing paragraph and for a conclusion marker.
 * Percentile ranks rather than raw similarities keep one feature from swamping the others on long articles.
 *
 * Each genre is scored in a small function of its own, apart from the reading both share (`readArticle`):
 * V8 compiles what a process has run, so a bot that has summarised only essays throws its compiled scorer
 * away on its first report. Thrown away, a small function is compiled again in a moment; the whole scorer
 * in one function took 20–25 ms of background compiling each time, inside the summary that met it.
 *
 * Arrays handed from one step to the next are made with `Array.from`, not `map`: V8's optimised `map` makes
 * holey arrays where the interpreter's are packed, and code compiled for one kind is thrown away on meeting
 * the other.
 */
export function scoreSentences(
  article: Article,
  options: SummaryOptions,
  inEnglish?: boolean,
): ScoredArticle {
  return foldingOnce(() => scoreArticle(article, options, inEnglish));
}

function scoreArticle(
  article: Article,
  options: SummaryOptions,
  inEnglish: boolean | undefined,
): ScoredArticle {
  const reading = readArticle(article, inEnglish, options.stepSentences);
  const sentences =
    reading.genre === 'news' ? scoreNews(reading, options.news) : scoreArgument(reading, options.weights);
  return {
    genre: reading.genre,
    sentences,
    // A story argues nothing: its opening sets it up ("It is a truth universally acknowledged…").
    thesis: reading.story ? 0 : thesisOf(sentences, options.thesis),
    nutGraf: reading.nutGraf,
    close: reading.close,
    why: reading.why,
    steps: stepsOf(reading.passages),
    purpose: reading.purpose,
  };
}

/** What the scorer reads of an article's candidate sentences, whatever its genre (see `scoreSentences`). */
interface ArticleReading {
  readonly genre: Genre;
  /** It holds dialogue, as a story does (see `holdsDialogue`): its opening is its thesis. */
  readonly story: boolean;
  readonly passages: readonly Passage[];
  readonly written: readonly Passage[];
  readonly vectors: readonly ConceptVector[];
  readonly cues: readonly SentenceCues[];
  readonly centralityRanks: readonly number[];
  readonly guides: readonly number[];
  readonly guideRanks: readonly number[];
  readonly guideShares: readonly number[];
  readonly leads: readonly boolean[];
  readonly closings: readonly boolean[];
  readonly opensBody: readonly boolean[];
  readonly nutGraf: number | undefined;
  readonly close: number | undefined;
  readonly why: readonly number[] | undefined;
  readonly purpose: readonly number[];
  /** Each sentence opens on a clock time ("14:11 Failover completes."): an event of a timeline, no statement. */
  readonly events: readonly boolean[];
}

function readArticle(
  article: Article,
  inEnglish: boolean | undefined,
  stepSentences: number,
): ArticleReading {
  const english = readsAsEnglish(article.body);
  const bodyReader = new ConceptReader(article.meta.glossary, english);
  const candidates = candidatesOf(article, bodyReader, english);
  // A text that says each thing in two languages is summarised in one (see `inOneLanguage`).
  const oneLanguage = inOneLanguage(candidates, inEnglish);
  const read = oneLanguage?.passages ?? candidates;
  const reader =
    oneLanguage === undefined || oneLanguage.english === english
      ? bodyReader
      : new ConceptReader(article.meta.glossary, oneLanguage.english);
  const concepts = Array.from(read, (passage) => reader.concepts(passage.text));
  const idf = inverseDocumentFrequency(concepts);
  const vectors = unitVectors(concepts, idf);
  const guideText = [article.meta.title, article.meta.deck ?? ''].join('\n');
  const guideVector = unitVectors([reader.concepts(guideText)], idf)[0]!;
  const centre = new Map<string, number>();
  for (const vector of vectors) {
    for (const [concept, weight] of vector) centre.set(concept, (centre.get(concept) ?? 0) + weight);
  }
  // Mean similarity with the others: v·Σw counts v·v = 1 once, for itself.
  const similarity = Array.from(
    vectors,
    (vector) => (dot(vector, centre) - 1) / Math.max(1, vectors.length - 1),
  );
  const guides = Array.from(vectors, (vector) => dot(vector, guideVector));
  // A quotation's later sentence leans on the one that names its speaker, though nothing in it says so.
  const cues = Array.from(read, (passage) => {
    const cues = cuesOf(passage.text);
    return cues.dependent || !goesOnQuoting(passage, article.sentences) ? cues : leaningCues(cues);
  });
  const passages = withPseudoParagraphs(
    read,
    vectors,
    Array.from(cues, (cue) => cue.dependent),
    stepSentences,
  );
  const lastParagraph = Math.max(...passages.map((passage) => passage.paragraph));
  // A question marked as a heading (an interview's) is asked: what answers it leans on it.
  const said = article.sentences.findIndex(
    (sentence) => sentence.heading !== true || !readsAsHeading(sentence.text),
  );
  const firstSaid = said < 0 ? article.sentences.length : said;
  const centralityRanks = percentileRanks(similarity);
  const guideRanks = percentileRanks(guides);
  // Counted once for both: a long read has a nut graf and a why.
  const bodyWords = wordCount(article.body);
  // A story (see `holdsDialogue`) is no report: told in order, its opening sets it up.
  const story = holdsDialogue(article.sentences);
  return {
    genre: story ? 'argument' : genreOf(cues),
    story,
    passages,
    written: read,
    vectors,
    cues,
    centralityRanks,
    guides,
    guideRanks,
    guideShares: Array.from(vectors, (vector) => coverage(vector, guideVector)),
    // A piece of one paragraph has no steps: its first sentence ("Thank you very much.") leads none.
    leads: Array.from(
      passages,
      (passage, i) => lastParagraph > 0 && (i === 0 || passage.paragraph !== passages[i - 1]!.paragraph),
    ),
    closings: Array.from(passages, (passage) => passage.paragraph === lastParagraph),
    opensBody: Array.from(passages, (passage) => passage.index <= firstSaid),
    nutGraf: nutGrafOf(article, passages, cues, bodyWords),
    close: closeOf(passages, cues) ?? verdictOf(article, passages),
    why: whyOf(article, passages, cues, (i) => Math.max(centralityRanks[i]!, guideRanks[i]!), bodyWords),
    purpose: purposeOf(article, passages),
    events: timelineEvents(passages),
  };
}

/**
 * Which sentences are a timeline's events (see `opensOnClockTime`) among a document's statements: in a text that is
 * mostly a timeline (a live blog, an incident log), its lines are what it says, and none is set apart.
 */
function timelineEvents(passages: readonly Passage[]): boolean[] {
  const events = Array.from(passages, (passage) => opensOnClockTime(passage.text));
  return events.filter(Boolean).length * 2 > events.length ? events.map(() => false) : events;
}

/** An argument's sentences, each scored on the weighted sum of its place, its ranks and its cues. */
function scoreArgument(reading: ArticleReading, w: SummaryOptions['weights']): ScoredSentence[] {
  const { centralityRanks, guideRanks, leads, closings, cues } = reading;
  return Array.from(reading.passages, (_, i) =>
    scoredSentence(
      reading,
      i,
      undefined,
      w.centrality * centralityRanks[i]! +
        w.guide * guideRanks[i]! +
        (leads[i] ? w.lead : 0) +
        (closings[i] ? w.closing : 0) +
        (cues[i]!.conclusion ? w.conclusion : 0) -
        (cues[i]!.example || reading.events[i] ? w.example : 0) -
        (cues[i]!.dependent && i > 0 ? w.dependent : 0),
    ),
  );
}

/** A report's sentences, each scored on its news features (see `NEWS_FEATURES`). */
function scoreNews(reading: ArticleReading, weights: SummaryOptions['news']): ScoredSentence[] {
  const features = newsFeaturesOf(
    reading.passages,
    { graph: percentileRanks(graphRank(reading.vectors)), guide: reading.guideRanks },
    Array.from(reading.cues, (cues) => cues.dependent),
    percentileRanks,
  );
  return Array.from(features, (news, i) => scoredSentence(reading, i, news, newsScore(news, weights)));
}

function scoredSentence(
  reading: ArticleReading,
  i: number,
  news: NewsFeatures | undefined,
  score: number,
): ScoredSentence {
  return {
    passage: reading.passages[i]!,
    writtenParagraph: reading.written[i]!.paragraph,
    vector: reading.vectors[i]!,
    cues: reading.cues[i]!,
    centrality: reading.centralityRanks[i]!,
    guide: reading.guides[i]!,
    guideRank: reading.guideRanks[i]!,
    guideShare: reading.guideShares[i]!,
    lead: reading.leads[i]!,
    closing: reading.closings[i]!,
    opensBody: reading.opensBody[i]!,
    event: reading.events[i]!,
    news,
    score,
  };
}

function thesisOf(sentences: readonly ScoredSentence[], bonus: SummaryOptions['thesis']): number {
  const maxGuide = Math.max(...sentences.map((sentence) => sentence.guideShare));
  let best = 0;
  let bestValue = -Infinity;
  for (const [i, sentence] of sentences.entries()) {
    const value =
      (maxGuide > 0 ? sentence.guideShare / maxGuide : 0) +
      (sentence.closing ? bonus.closing : 0) +
      (sentence.cues.conclusion ? bonus.conclusion : 0) +
      bonus.centrality * sentence.centrality;
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  }
  return best;
}
