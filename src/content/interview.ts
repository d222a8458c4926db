import type { Lexicon } from '../search/lexicon.js';
import { fullNameIn } from '../text/speaker.js';
import { NOT_A_NAME } from '../text/speaker-names.js';
import type { Article } from './article.js';

/** A paragraph of an interview: who speaks it, and how long its label ("Q: ", "Morgan: ") is. */
export interface InterviewTurn {
  readonly role: 'question' | 'answer' | undefined;
  /** The label's length, with the spaces after it: the quoted text starts after it. */
  readonly label: number;
}

/** A text read as an interview: a turn for each paragraph, and who answers when the text names them. */
export interface Interview {
  readonly turns: readonly InterviewTurn[];
  /** The one who answers, as the text names them: null when it does not (then "who said that?" has no answer). */
  readonly interviewee: string | null;
}

/** An interview's own labels: "Q:", "A:", "Q.", "A.", "Q —". */
const QA_LABEL = /^([QA])(?:[:.]|\s+[-–—])\s+(?=\S)/u;
/** A speaker's name as a transcript labels a paragraph with it: "Morgan:", "Gwen Morgan:", "PATEL:". */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s+(?=\S)/u;
/** Turns of each side at least, and the share of changes of side between labelled paragraphs. */
const FEWEST_TURNS = 2;
const ALTERNATING = 0.75;
const ASKED = /\?["”’')]*\s*$/u;
/**
 * The person an interview's introduction opens on, before its questions: a name of two or three capitalised
 * words as the subject of its first sentence ("Gwen Morgan keeps 42 hives…"), when the introduction speaks of
 * one person ("We asked her how."): a council or a firm is no "she".
 */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;
const PERSON_PRONOUN = /\b(?:she|he|her|him|his|hers)\b/iu;

interface Labelled {
  readonly at: number;
  readonly name: string;
  readonly length: number;
}

function labelsOf(paragraphs: readonly string[], label: RegExp): Labelled[] {
  return paragraphs.flatMap((text, at) => {
    const match = label.exec(text);
    return match === null ? [] : [{ at, name: match[1]!, length: match[0].length }];
  });
}

/** Whether two sides take turns: each has a few turns, and the side changes at most labelled paragraphs. */
function alternates(labels: readonly Labelled[], sides: readonly string[]): boolean {
  if (sides.length !== 2) return false;
  if (sides.some((side) => labels.filter((each) => each.name === side).length < FEWEST_TURNS)) return false;
  const changes = labels.filter((each, i) => i > 0 && each.name !== labels[i - 1]!.name).length;
  return changes >= ALTERNATING * (labels.length - 1);
}

/** The share of a side's turns that ask a question. */
function askingShare(paragraphs: readonly string[], labels: readonly Labelled[], side: string): number {
  const turns = labels.filter((each) => each.name === side);
  return turns.filter((each) => ASKED.test(paragraphs[each.at]!)).length / turns.length;
}

/** "MORGAN" as a name is written, "Morgan"; a name in small letters too stays as it is. */
function asName(label: string): string {
  return label.replace(/\p{Lu}{2,}/gu, (word) => word[0]! + word.slice(1).toLowerCase());
}

/** The person the introduction (the paragraphs before the first question) opens on, if any (`OPENING_NAME`). */
function introducedPerson(intro: readonly string[]): string | null {
  const name = OPENING_NAME.exec(intro[0] ?? '')?.[1];
  if (name === undefined || NOT_A_NAME.test(name.split(/\s+/)[0]!)) return null;
  return intro.some((text) => PERSON_PRONOUN.test(text)) ? name : null;
}

/**
 * A body's paragraphs read as an interview, or undefined when they are none: paragraphs labelled "Q:" and
 * "A:" (or "Q." and "A."), or with two speakers' names and a colon, taking turns (two turns each at least, the
 * side changing at three labelled paragraphs in four). With names, the side whose turns end in a question mark
 * (half of them or more, and more than the other's) asks. A paragraph with no label goes on with the turn
 * before it (an answer of several paragraphs); those before the first label are the writer's introduction.
 */
export function interviewOf(paragraphs: readonly string[]): Interview | undefined {
  const qa = labelsOf(paragraphs, QA_LABEL);
  let labels: Labelled[];
  let asker: string;
  let interviewee: string | null;
  if (alternates(qa, ['Q', 'A'])) {
    labels = qa;
    asker = 'Q';
    interviewee = introducedPerson(paragraphs.slice(0, qa[0]!.at));
  } else {
    labels = labelsOf(paragraphs, NAME_LABEL);
    const sides = [...new Set(labels.map((each) => each.name))];
    if (!alternates(labels, sides)) return undefined;
    const [one, other] = sides.map((side) => askingShare(paragraphs, labels, side)) as [number, number];
    if (Math.max(one, other) < 0.5 || one === other) return undefined;
    asker = one > other ? sides[0]! : sides[1]!;
    interviewee = asName(one > other ? sides[1]! : sides[0]!);
  }
  const byParagraph = new Map(labels.map((each) => [each.at, each]));
  const turns: InterviewTurn[] = [];
  let role: InterviewTurn['role'];
  for (const [at] of paragraphs.entries()) {
    const label = byParagraph.get(at);
    if (label !== undefined) role = label.name === asker ? 'question' : 'answer';
    turns.push({ role, label: label?.length ?? 0 });
  }
  return { turns, interviewee };
}

/** Per article, its reading as an interview (null for none): "who said that?" of each quote reads it again. */
const readings = new WeakMap<object, Interview | null>();

/** An article's paragraphs, as the interview is read from. */
type WithParagraphs = { readonly paragraphs: readonly { readonly text: string }[] };

/** The article's reading as an interview, or null when it is none; kept for as long as the article lives. */
function readingOf(article: WithParagraphs): Interview | null {
  let reading = readings.get(article);
  if (reading === undefined) {
    reading = interviewOf(article.paragraphs.map((each) => each.text)) ?? null;
    readings.set(article, reading);
  }
  return reading;
}

/**
 * Who says the paragraph at `paragraph` of an article, when the article is an interview and the paragraph one
 * of its answers: the interviewee, or null when the text does not name them; undefined for any other paragraph.
 * `article` gives the paragraphs' texts; its reading is kept for as long as it lives.
 */
export function answeredBy(article: WithParagraphs, paragraph: number): string | null | undefined {
  const reading = readingOf(article);
  return reading?.turns[paragraph]?.role === 'answer' ? reading.interviewee : undefined;
}

/**
 * The interviewee whose answer the paragraph is, named in full as the article names them; undefined when it is
 * no interview's answer, or one that names no interviewee.
 */
export function intervieweeOf(article: Article, paragraph: number, lexicon?: Lexicon): string | undefined {
  const answerer = answeredBy(article, paragraph);
  if (answerer === undefined || answerer === null) return undefined;
  return fullNameIn(
    article.sentences.map((each) => each.text),
    answerer,
    lexicon,
  );
}

/** The question an interview's answer answers: its words, without their labels, and where it starts. */
export interface AskedQuestion {
  /** The paragraph the question starts at. */
  readonly paragraph: number;
  /** Its words (a question of several paragraphs joined). */
  readonly text: string;
}

/** An interview's answers as search reads them: who gives them, and what each was asked. */
export interface InterviewAnswers {
  /** The one who answers, as the text names them (see `Interview.interviewee`). */
  readonly interviewee: string | null;
  /**
   * Per paragraph, the question its turn answers (one object for every paragraph of the turn); undefined for a
   * paragraph that answers none (a question, the introduction).
   */
  readonly questions: readonly (AskedQuestion | undefined)[];
}

/**
 * An article's answers when it is an interview (see `interviewOf`), each with the question it answers: an
 * answer seldom says its question's words ("What is the biggest threat to bees today?" / "The varroa mite,
 * without a doubt."), and the one who answers is named only in the introduction or the labels. Undefined for
 * any other article.
 */
export function interviewAnswers(article: WithParagraphs): InterviewAnswers | undefined {
  const reading = readingOf(article);
  if (reading === null) return undefined;
  const questions: (AskedQuestion | undefined)[] = [];
  let asked: { paragraph: number; texts: string[] } | undefined;
  let answered: AskedQuestion | undefined;
  for (const [at, turn] of reading.turns.entries()) {
    if (turn.role === 'question') {
      const said = article.paragraphs[at]!.text.slice(turn.label);
      // A question after an answer starts a new one; one paragraph of a question after another goes on.
      if (answered !== undefined || asked === undefined) asked = { paragraph: at, texts: [] };
      asked.texts.push(said);
      answered = undefined;
    } else if (turn.role === 'answer' && asked !== undefined) {
      answered ??= { paragraph: asked.paragraph, text: asked.texts.join(' ') };
    }
    questions.push(turn.role === 'answer' ? answered : undefined);
  }
  return { interviewee: reading.interviewee, questions };
}
