import type { AskedQuestion, InterviewAnswers } from '../content/interview.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import { MAX_MASKED_TERMS, type CompiledTerm } from './compiled-query.js';
import type { QueryTerm } from './query.js';
import { labelToken } from './query-words.js';
import { nameTerms, SPEAKER_QUALITY } from './quoted-speakers.js';
import type { SentenceIndex } from './sentence-index.js';
import { creditWord, nameLike } from './surnames.js';

/**
 * What an interview's question word is worth to the sentences of the answer that follows it, which seldom
 * say it ("What is the biggest threat to bees today?" / "The varroa mite, without a doubt."): below the word
 * itself and its inflections, as much as a word a pronoun stands for (`PRONOUN_QUALITY`), since an answer
 * stands for its question's words as a pronoun for a name; and, unlike a title's or a neighbour's words,
 * they are the sentence's own (an answer says what it was asked), so a question's words may find its answer
 * alone.
 */
export const QUESTION_QUALITY = 0.8;
/**
 * What the sentences after an answer's first get of its question's words, as a share of `QUESTION_QUALITY`:
 * the first says what was asked ("The varroa mite, without a doubt.", "Forty-two."), the next go on about it
 * ("It weakens the colony…"). Enough to put the first ahead of a shorter one after it (the length preference
 * gives at most 0.06), not so much that those after it fall below a hit's share.
 */
const LATER_SENTENCE_SHARE = 0.9;

/** An interview's answers by their article's slug (undefined: the article is no interview). */
export type AnswersOf = (slug: string) => InterviewAnswers | undefined;

/** Per query word, the answer sentences (ascending) that their question's words, or their speaker's name, credit it. */
interface Answers {
  /** Per index term of a question, its answers. */
  readonly byTerm: Map<number, number[]>;
  /** Per stem of a question word no sentence has ("threat" only in "What is the biggest threat…?"). */
  readonly byStem: Map<string, number[]>;
  /** Per word of the interviewee's name (a term), their answers. */
  readonly byName: Map<string, number[]>;
  /** The same, of the answers whose speaker a label names (a transcript's turns). */
  readonly byLabel: Map<string, number[]>;
  /** The answer sentences after the first of their answer (see `LATER_SENTENCE_SHARE`). */
  readonly later: Set<number>;
}

/** What the interviews' questions and interviewees credit a query's words (see `InterviewContext.creditsFor`). */
export interface InterviewCredits {
  /** Per passage, one quality per query word (0 where none). */
  readonly qualities: Map<number, Float64Array>;
  /** Per passage, the query words (bit i: word i) its question credits it: they count as its own. */
  readonly asked: Map<number, number>;
}

/**
 * The interviews of an index, as weak context for their answers: each answer sentence is credited the words
 * of the question it answers, at `QUESTION_QUALITY`, and the interviewee's name, at `SPEAKER_QUALITY`, as a
 * quotation is its speaker's ("what did gwen morgan say about pesticides?" finds her answer that has
 * "pesticides", not the introduction that names her). Read from the index's passages and `answersOf` at the
 * first query that asks; an index of no interview costs one look per article.
 */
export class InterviewContext {
  private answers: Answers | undefined;

  constructor(
    private readonly index: SentenceIndex,
    private readonly answersOf: AnswersOf,
  ) {}

  private read(): Answers {
    if (this.answers !== undefined) return this.answers;
    const answers: Answers = {
      byTerm: new Map(),
      byStem: new Map(),
      byName: new Map(),
      byLabel: new Map(),
      later: new Set(),
    };
    const passages = this.index.passages;
    let slug: string | undefined;
    let interview: InterviewAnswers | undefined;
    const termsOfName = new Map<string, ReadonlySet<string>>();
    let previous: AskedQuestion | undefined;
    for (let at = 0; at < passages.length; at++) {
      const passage = passages[at]!;
      if (passage.slug !== slug) {
        slug = passage.slug;
        interview = this.answersOf(slug);
      }
      // Each answer is its own speaker's: one transcript may have several who answer.
      const speaker = interview?.speakers[passage.paragraph];
      if (speaker && !termsOfName.has(speaker)) termsOfName.set(speaker, nameTerms(speaker));
      const names = speaker ? termsOfName.get(speaker)! : new Set<string>();
      for (const name of names) append(answers.byName, name, at);
      if (interview?.labelled) for (const name of names) append(answers.byLabel, name, at);
      const question = interview?.questions[passage.paragraph];
      if (question === undefined) continue;
      if (question === previous) answers.later.add(at);
      previous = question;
      for (const token of tokenize(question.text)) {
        if (STOPWORDS.has(token.term)) continue;
        const id = this.index.termId(token.term);
        if (id !== undefined) append(answers.byTerm, id, at);
        else append(answers.byStem, token.stem, at);
      }
    }
    return (this.answers = answers);
  }

  /**
   * The answer sentences of the range that a speaker a label names answers, whose name has every one of
   * `names` (terms: "ines", "carvalho"), ascending: a transcript's turns of the one named. An interviewee only
   * the introduction names ("A:") has none: her name alone finds the introduction.
   */
  answersBy(names: readonly string[], range: PassageRange): number[] {
    const lists = names.map((name) => this.read().byLabel.get(name) ?? []);
    const [first, ...others] = lists;
    if (first === undefined) return [];
    const inAll = others.map((list) => new Set(list));
    return first.filter((at) => at >= range.from && at < range.to && inAll.every((list) => list.has(at)));
  }

  /**
   * The answer sentences of the range credited a query word by their question (the word, or a form or
   * relative of it the index has, at that form's quality; a word no sentence has, by its stem), or by their
   * interviewee's name (a query word of the name that the library writes as a name, or does not have);
   * undefined when none is.
   */
  creditsFor(
    terms: readonly CompiledTerm[],
    words: readonly QueryTerm[],
    range: PassageRange,
  ): InterviewCredits | undefined {
    const answers = this.read();
    if (answers.byTerm.size === 0 && answers.byStem.size === 0 && answers.byName.size === 0) return undefined;
    let qualities: Map<number, Float64Array> | undefined;
    const asked = new Map<number, number>();
    const inRange = (list: readonly number[] | undefined, visit: (at: number) => void): void => {
      if (list === undefined) return;
      for (let k = lowerBound(list, range.from); k < list.length && list[k]! < range.to; k++) visit(list[k]!);
    };
    const credit = (at: number, i: number, quality: number): void => {
      if ((qualities?.get(at)?.[i] ?? 0) >= quality) return;
      qualities = creditWord(qualities, at, i, quality, words.length);
    };
    for (let i = 0; i < terms.length && i < MAX_MASKED_TERMS; i++) {
      // A light word too ("someone who wants to start"): the answer says it as much as the others.
      const ask = (quality: number) => (at: number) => {
        credit(at, i, quality * QUESTION_QUALITY * (answers.later.has(at) ? LATER_SENTENCE_SHARE : 1));
        asked.set(at, (asked.get(at) ?? 0) | (1 << i));
      };
      for (const units of terms[i]!.alternatives) {
        if (units.length === 1)
          units[0]!.forEach((quality, id) => inRange(answers.byTerm.get(id), ask(quality)));
      }
      const token = labelToken(words[i]!.label);
      if (token === undefined) continue;
      const id = this.index.termId(token.term);
      if (id === undefined) inRange(answers.byStem.get(token.stem), ask(1));
      if (!terms[i]!.light && (id === undefined || nameLike(this.index, id)))
        inRange(answers.byName.get(token.term), (at) => credit(at, i, SPEAKER_QUALITY));
    }
    return qualities && { qualities, asked };
  }
}

/** Appends passage `at` to the key's list, once (passages come in ascending order). */
function append<K>(map: Map<K, number[]>, key: K, at: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [at]);
  else if (list.at(-1) !== at) list.push(at);
}
