import type { Lexicon } from '../search/lexicon.js';
import { NOT_A_NAME } from '../text/speaker-names.js';
import type { Article } from './article.js';
import { speakerName } from './speaker-name.js';
import { speakerLabels, type SpeakerLabel } from './transcript-labels.js';

/** A paragraph of an interview: who speaks it, and how long its label ("Q: ", "Morgan: ") is. */
export interface InterviewTurn {
  readonly role: 'question' | 'answer' | undefined;
  /** The label's length, with the spaces after it: the quoted text starts after it. */
  readonly label: number;
  /** Who speaks an answer, as its label names them ("Maya", "Ines Carvalho", "Guest"); none for "A:". */
  readonly speaker?: string;
  /** Whose turn it is, question or answer, as its label names them ("Maya", "Q", "A"); none before the first label. */
  readonly side?: string;
}

/** A text read as an interview: a turn for each paragraph, and who answers when the text names them. */
export interface Interview {
  readonly turns: readonly InterviewTurn[];
  /**
   * The one who answers, as the text names them: null when it does not (then "who said that?" has no answer),
   * or when several speakers answer (each turn names its own, `InterviewTurn.speaker`).
   */
  readonly interviewee: string | null;
  /** The side that asks, as its labels name it ("Q", "Maya", "Host"); undefined in a conversation, where none does. */
  readonly asker?: string;
}

/** An interview's own labels: "Q:", "A:", "Q.", "A.", "Q —". */
const QA_LABEL = /^([QA])(?:[:.]|\s+[-–—])\s+(?=\S)/u;
/** Turns of each side at least, and the share of changes of side between labelled paragraphs. */
const FEWEST_TURNS = 2;
const ALTERNATING = 0.75;
/** Of three speakers or more, the share of the paragraphs from the first label on that open on one. */
const LABELLED_SHARE = 0.4;
/**
 * The share of the author's turns that ask, as a speaker of their own transcript, for them to be its host; and
 * of another side's, for its questions to be asked too (a producer's), not answers.
 */
const AUTHOR_ASKING = 0.25;
const ASKED = /\?["”’')]*\s*$/u;
/**
 * The person an interview's introduction opens on, before its questions: a name of two or three capitalised
 * words as the subject of its first sentence ("Gwen Morgan keeps 42 hives…"), when the introduction speaks of
 * one person ("We asked her how."): a council or a firm is no "she".
 */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;
const PERSON_PRONOUN = /\b(?:she|he|her|him|his|hers)\b/iu;

type Labelled = Pick<SpeakerLabel, 'at' | 'name' | 'length'> & Partial<Pick<SpeakerLabel, 'role'>>;

function qaLabelsOf(paragraphs: readonly string[]): Labelled[] {
  return paragraphs.flatMap((text, at) => {
    const match = QA_LABEL.exec(text);
    return match === null ? [] : [{ at, name: match[1]!, length: match[0].length }];
  });
}

/** How often the side changes between labelled paragraphs, as a share of the changes there could be. */
function changesOfSide(labels: readonly Labelled[]): number {
  const changes = labels.filter((each, i) => i > 0 && each.name !== labels[i - 1]!.name).length;
  return labels.length < 2 ? 0 : changes / (labels.length - 1);
}

/** Whether two sides take turns: each has a few turns, and the side changes at most labelled paragraphs. */
function alternates(labels: readonly Labelled[], sides: readonly string[]): boolean {
  if (sides.length !== 2) return false;
  if (sides.some((side) => labels.filter((each) => each.name === side).length < FEWEST_TURNS)) return false;
  return changesOfSide(labels) >= ALTERNATING;
}

/** The share of a side's turns that ask a question. */
function askingShare(paragraphs: readonly string[], labels: readonly Labelled[], side: string): number {
  const turns = labels.filter((each) => each.name === side);
  return turns.filter((each) => ASKED.test(paragraphs[each.at]!)).length / turns.length;
}

/** The person the introduction (the paragraphs before the first question) opens on, if any (`OPENING_NAME`). */
function introducedPerson(intro: readonly string[]): string | null {
  const name = OPENING_NAME.exec(intro[0] ?? '')?.[1];
  if (name === undefined || NOT_A_NAME.test(name.split(/\s+/)[0]!)) return null;
  return intro.some((text) => PERSON_PRONOUN.test(text)) ? name : null;
}

/** Whether a label names the author: their name, or a word of it ("Maya" of "Maya Chen"). */
function namesAuthor(name: string, author: string | undefined): boolean {
  if (author === undefined) return false;
  const words = author.toLowerCase().split(/\s+/);
  return name.toLowerCase() === author.toLowerCase() || (!/\s/.test(name) && words.includes(name.toLowerCase()));
}

/**
 * Whether a label opens a list of the speakers ("Speakers: Maya Chen (host), Dev Anand (producer)…",
 * "Participants:"), not a turn: its words name two of the other labels' speakers or more.
 */
function listsSpeakers(paragraphs: readonly string[], label: Labelled, labels: readonly Labelled[]): boolean {
  const said = paragraphs[label.at]!.slice(label.length).toLowerCase();
  const others = new Set(labels.filter((each) => each.name !== label.name).map((each) => each.name.toLowerCase()));
  return [...others].filter((name) => said.includes(name)).length >= 2;
}

/**
 * The side that asks: the one a label calls the host ("HOST (Maya):"); else the one whose turns end in a
 * question mark, half of them or more and more than any other's; else the author, when they are a speaker
 * and a quarter of their turns ask (a host's chat between questions, a producer who asks too). Undefined when
 * none does.
 */
function askingSide(
  paragraphs: readonly string[],
  labels: readonly Labelled[],
  sides: readonly string[],
  author: string | undefined,
): string | undefined {
  const hosts = new Set(labels.filter((each) => each.role === 'host').map((each) => each.name));
  if (hosts.size === 1) return [...hosts][0];
  const shares = sides.map((side) => askingShare(paragraphs, labels, side));
  const most = Math.max(...shares);
  if (most >= 0.5 && shares.filter((share) => share === most).length === 1) return sides[shares.indexOf(most)];
  const host = sides.findIndex((side) => namesAuthor(side, author));
  return host >= 0 && shares[host]! >= AUTHOR_ASKING ? sides[host] : undefined;
}

/**
 * A transcript's labels, its sides and the side that asks, when its speakers take turns: two sides with two
 * turns each at least, or any number when one of them is the author (a show's own transcript: a guest may
 * speak once); the side changing at three labelled paragraphs in four; of three speakers or more, labels on
 * two paragraphs in five; and a side that asks, or the author among the speakers (then it is a conversation,
 * each turn its speaker's). Undefined for any other text (two names neither of whom asks: a play's dialogue).
 */
function transcriptOf(
  paragraphs: readonly string[],
  author: string | undefined,
): { labels: Labelled[]; sides: string[]; asker: string | undefined } | undefined {
  const labels = speakerLabels(paragraphs).filter((label, _, all) => !listsSpeakers(paragraphs, label, all));
  const sides = [...new Set(labels.map((each) => each.name))];
  if (sides.length < 2 || changesOfSide(labels) < ALTERNATING) return undefined;
  const withAuthor = sides.some((side) => namesAuthor(side, author));
  const often = sides.filter((side) => labels.filter((each) => each.name === side).length >= FEWEST_TURNS);
  if (often.length < 2 && !withAuthor) return undefined;
  if (sides.length > 2 && labels.length < LABELLED_SHARE * (paragraphs.length - labels[0]!.at)) return undefined;
  const asker = askingSide(paragraphs, labels, sides, author);
  if (asker === undefined && !withAuthor) return undefined;
  return { labels, sides, asker };
}

/**
 * A body's paragraphs read as an interview, or undefined when they are none: paragraphs labelled "Q:" and
 * "A:" (or "Q." and "A."), taking turns (two turns each at least, the side changing at three labelled
 * paragraphs in four), or a transcript's paragraphs labelled with their speakers (`speakerLabels`: "Maya:",
 * "HOST (Maya):", "[00:12:31] Maya:", "Maya Chen  0:03"; see `transcriptOf`). The side that asks (a host's
 * label, or turns that end in a question mark) asks the questions; every other speaker's turns are answers,
 * each its speaker's. A transcript with the author among its speakers and no side that asks is a conversation:
 * each turn is an answer, its speaker's (the author's own are the writer's). A paragraph with no label goes on
 * with the turn before it (an answer of several paragraphs); those before the first label are the writer's
 * introduction. `author` is the article's.
 */
export function interviewOf(paragraphs: readonly string[], author?: string): Interview | undefined {
  const qa = qaLabelsOf(paragraphs);
  let labels: Labelled[];
  let asker: string | undefined;
  let interviewee: string | null;
  let named = false;
  const asking = new Set<string>();
  if (alternates(qa, ['Q', 'A'])) {
    labels = qa;
    asker = 'Q';
    interviewee = introducedPerson(paragraphs.slice(0, qa[0]!.at));
  } else {
    const transcript = transcriptOf(paragraphs, author);
    if (transcript === undefined) return undefined;
    ({ labels, asker } = transcript);
    const answering = transcript.sides.filter((side) => side !== asker);
    interviewee = answering.length === 1 ? answering[0]! : null;
    named = true;
    for (const side of answering)
      if (askingShare(paragraphs, labels, side) >= AUTHOR_ASKING || (asker === undefined && namesAuthor(side, author)))
        asking.add(side);
  }
  const byParagraph = new Map(labels.map((each) => [each.at, each]));
  const turns: InterviewTurn[] = [];
  let role: InterviewTurn['role'];
  let speaker: string | undefined;
  let side: string | undefined;
  for (const [at] of paragraphs.entries()) {
    const label = byParagraph.get(at);
    if (label !== undefined) {
      side = label.name;
      // A transcript's other side that asks often (a producer; the author in a conversation) asks here too.
      const asks = asking.has(label.name) && ASKED.test(paragraphs[at]!);
      role = label.name === asker || asks ? 'question' : 'answer';
      speaker = named && role === 'answer' ? label.name : undefined;
    }
    turns.push({
      role,
      label: label?.length ?? 0,
      ...(speaker === undefined ? {} : { speaker }),
      ...(side === undefined ? {} : { side }),
    });
  }
  return { turns, interviewee, ...(asker === undefined ? {} : { asker }) };
}

/** Per article, its reading as an interview (null for none): "who said that?" of each quote reads it again. */
const readings = new WeakMap<object, Interview | null>();

/** An article's paragraphs, as the interview is read from. */
type WithParagraphs = {
  readonly paragraphs: readonly { readonly text: string }[];
  readonly meta?: { readonly author: string };
};

/** The article's reading as an interview, or null when it is none; kept for as long as the article lives. */
function readingOf(article: WithParagraphs): Interview | null {
  let reading = readings.get(article);
  if (reading === undefined) {
    reading =
      interviewOf(
        article.paragraphs.map((each) => each.text),
        article.meta?.author,
      ) ?? null;
    readings.set(article, reading);
  }
  return reading;
}

/** The turn an article's paragraph belongs to when the article is an interview, with the interview's reading. */
export function turnAt(
  article: WithParagraphs,
  paragraph: number,
): { readonly turn: InterviewTurn; readonly interview: Interview } | undefined {
  const interview = readingOf(article);
  const turn = interview?.turns[paragraph];
  return interview === null || turn === undefined ? undefined : { turn, interview };
}

/**
 * Who says the paragraph at `paragraph` of an article, when the article is an interview and the paragraph one
 * of its answers: the interviewee, or null when the text does not name them; undefined for any other paragraph.
 * `article` gives the paragraphs' texts; its reading is kept for as long as it lives.
 */
export function answeredBy(article: WithParagraphs, paragraph: number): string | null | undefined {
  const turn = readingOf(article)?.turns[paragraph];
  return turn?.role === 'answer' ? (turn.speaker ?? readingOf(article)!.interviewee) : undefined;
}

/**
 * The interviewee whose answer the paragraph is, named in full as the article names them; undefined when it is
 * no interview's answer, or one that names no interviewee.
 */
export function intervieweeOf(article: Article, paragraph: number, lexicon?: Lexicon): string | undefined {
  const answerer = answeredBy(article, paragraph);
  if (answerer === undefined || answerer === null) return undefined;
  return speakerName(article, answerer, lexicon) ?? undefined;
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
  /** Per paragraph, who answers in it as its label names them (see `answeredBy`); undefined for no answer. */
  readonly speakers: readonly (string | null | undefined)[];
  /** Whether labels name who answers ("Ines Carvalho:", "VARGA:"), not only the introduction ("A:"). */
  readonly labelled: boolean;
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
  const speakers = reading.turns.map((_, at) => answeredBy(article, at));
  const labelled = reading.turns.some((turn) => turn.speaker !== undefined);
  return { interviewee: reading.interviewee, questions, speakers, labelled };
}
