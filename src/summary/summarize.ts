import { attributionOf, type Article, type Attribution } from '../content/article.js';
import { Library } from '../library.js';
import { withFullNames, type SummarySentence } from './full-names.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryLength, type SummaryOptions } from './options.js';
import { leftOutSteps, selectSentences, type LeftOutSteps } from './select.js';
import { scoreSentences } from './sentence-scores.js';
import { passagesAbout, type TopicFinder } from './topic.js';

export type { SummaryLength } from './options.js';

/**
 * An extractive summary: the article's own sentences, verbatim, in article order (a sentence that opens on a
 * salutation, "Gentlemen of the Senate: …", from the words after it).
 */
export interface Summary {
  readonly article: Attribution;
  /** The author's own summary (the deck), shown apart and labelled as such. */
  readonly deck: string | null;
  readonly length: SummaryLength;
  readonly topic: string | null;
  /** False when a topic was asked for and the article does not discuss it. */
  readonly found: boolean;
  /**
   * The sentences, each with the people it names by surname alone whom the summary has not named in full
   * (see `withFullNames`; `shownWithNames` shows them as "[Helen] Okoro").
   */
  readonly sentences: readonly SummarySentence[];
  /**
   * Of a procedure (a recipe's or a protocol's steps) whose summary holds none of its steps: how many it
   * leaves out, and which length lists them (see `LeftOutSteps`). A summary shows a procedure's steps all, in
   * order, or none; a text of steps alone may then have no sentences, and this says why.
   */
  readonly leftOutSteps?: LeftOutSteps;
}

/** What to summarise: how long, and optionally only what the article says about a topic. */
export interface SummaryRequest {
  readonly length?: SummaryLength | undefined;
  /**
   * Exactly this many sentences (fewer only when the article has fewer), instead of a length's own
   * count: to compare summaries at equal length. A whole number of 1 or more.
   */
  readonly sentences?: number | undefined;
  readonly topic?: string | undefined;
  /**
   * Of an article that says each thing in English and in another language side by side, the sentences in
   * English (true) or in the other language (false); by default those of the language most of it is in (see
   * `inOneLanguage`). An article in one language is summarised in it whatever this says.
   */
  readonly inEnglish?: boolean | undefined;
}

/**
 * Summarises an article in its own words: body sentences only, verbatim, in article order; the deck is
 * returned apart, as the author's summary. Without a topic the summary carries the article's thesis and the
 * main steps of its argument (see `scoreSentences` and `selectSentences`): short is the thesis and one key
 * point (2–3 sentences), medium the thesis and four (about 5), long those and one key point per paragraph
 * (per run of up to `stepSentences` sentences in a longer paragraph). A news report's are 3, 5 and 7
 * sentences, long one per step too in a piece of more than 70 (a speech read as a report), all within
 * `maxSentences`. A piece whose point comes at its end (a judgment, a column, a speech: see `closeOf`) has its
 * close in every summary, and a guide's medium and long summaries hold its steps, in order (see `stepsOf`).
 *
 * With a topic it holds the sentences about that topic, found as `/quote` finds them (`finder`, the
 * library, defaults to one built for this article), or `found: false` when the article does not discuss it.
 */
export function summarize(
  article: Article,
  request: SummaryRequest = {},
  finder?: TopicFinder,
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): Summary {
  const length = request.length ?? 'medium';
  const base = { article: attributionOf(article), deck: article.meta.deck ?? null, length };
  const topic = request.topic?.trim();
  if (topic) {
    const about = passagesAbout(
      finder ?? Library.create([article]),
      article,
      topic,
      request.sentences === undefined
        ? options.topicSentences[length]
        : Math.max(1, Math.floor(request.sentences)),
      options,
    );
    if (about.kind === 'not-discussed') return { ...base, topic, found: false, sentences: [] };
    if (about.kind === 'found') {
      const sentences = about.passages.map(({ id, text }) => ({ id, text }));
      return {
        ...base,
        topic,
        found: true,
        sentences: withFullNames(sentences, article.sentences, finder?.options.lexicon),
      };
    }
  }
  const scored = scoreSentences(article, options, request.inEnglish);
  const exact = request.sentences === undefined ? undefined : Math.max(1, Math.floor(request.sentences));
  const chosen = selectSentences(scored, length, options, exact);
  const sentences = chosen.map((at) => {
    const { id, text } = scored.sentences[at]!.passage;
    return { id, text };
  });
  const leftOut = exact === undefined ? leftOutSteps(scored, chosen, options) : undefined;
  return {
    ...base,
    topic: null,
    found: true,
    sentences: withFullNames(sentences, article.sentences, finder?.options.lexicon),
    ...(leftOut === undefined ? {} : { leftOutSteps: leftOut }),
  };
}
