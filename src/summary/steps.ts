import { foldOnce } from './fold-once.js';
import type { Passage } from '../content/article.js';

/** Fewest items of a list: two paragraphs of one sentence each are prose as often as a list. */
const LIST_ITEMS = 3;
// Words that open no instruction: determiners, pronouns, prepositions, conjunctions, numbers, adverbs a
// statement opens on ("The causes are…", "Every spring…", "If there is no valve…", "Most taps…").
const NO_INSTRUCTION = new Set(
  [
    'the a an this that these those my our your his her its their some any every each all both no most many much few several such other another',
    'i we you he she it they me us him them there here what which who whom whose where when why how',
    'in on at by of for from to with without into about after before under over among during despite like as if unless while because although though since until once so and but or yet nor not never also then now today',
    'one two three four five six seven eight nine ten first second third last next',
  ].flatMap((words) => words.split(' ')),
);
// What follows a verb of instruction: its object ("Put the plug in…", "Leave it in the tin…") or its
// particle ("Prise off the cap…", "Lift out the headgear…", "Sift in the flour…").
const OBJECT_OR_PARTICLE = new Set(
  'the a an your it them this that these those some all off in out on up down back into over away around through'.split(
    ' ',
  ),
);
const WORD = /[\p{L}'’-]+/gu;
// A plural noun is no verb: "Shares in the firm rose…", "Analysts at the bank…" ("Press", "Cross" are verbs).
const PLURAL = /[^s]s$/u;

/**
 * Whether a sentence opens as an instruction does: a verb, then its object or particle ("Turn off the water
 * supply…", "Put the plug in the sink…", "Heat the oven to 180°C…"). Read from the shape of its first two
 * words, as no parser is at hand: the first is no determiner, pronoun, preposition, conjunction, number or
 * plural noun, the second an article, a pronoun or a particle. "The causes are many…", "Every spring…" and
 * "Shares in the firm rose…" are no instructions.
 */
export function opensAsInstruction(text: string): boolean {
  const [first = '', second = ''] = (foldOnce(text).match(WORD) ?? []).slice(0, 2);
  return (
    /^\p{Lu}/u.test(text.trimStart()) &&
    first.length > 1 &&
    !NO_INSTRUCTION.has(first) &&
    !PLURAL.test(first) &&
    OBJECT_OR_PARTICLE.has(second)
  );
}

/** An ordered list's number before an item's first word: "4. Wash the larvae…", "2) Stir". */
const ITEM_NUMBER = /^\s*(\d{1,2})[.)]\s+(?=\p{Lu})/u;

/**
 * Whether a numbered item reads as a step: past its number, it opens on a word that may be a verb (no
 * determiner, pronoun, preposition, number or plural noun: "Incubate for 30 min…", "Mount each larva…") and
 * asks nothing ("1. Would a mutant line swim better?" is a question of a list, no step). Its number says it is
 * an item in order, so its second word need not be an object.
 */
function numberedStep(text: string): boolean {
  const rest = text.replace(ITEM_NUMBER, '');
  const [first = ''] = foldOnce(rest).match(WORD) ?? [];
  return first.length > 1 && !NO_INSTRUCTION.has(first) && !PLURAL.test(first) && !/\?\s*$/u.test(rest);
}

/**
 * The items of a numbered procedure among one-sentence paragraphs, as indices into `passages`: a run of
 * `LIST_ITEMS` or more numbered 1, 2, 3… in order, most of which read as steps (`numberedStep`). A protocol's
 * or a recipe's numbers say what is a step though its verbs take no object ("3. Incubate for 30 min").
 */
function numberedRuns(passages: readonly Passage[], paragraphs: readonly (readonly number[])[]): number[] {
  const steps: number[] = [];
  let run: number[] = [];
  const close = (): void => {
    const items = run.map((i) => passages[i]!.text);
    if (run.length >= LIST_ITEMS && items.filter(numberedStep).length * 2 > items.length) steps.push(...run);
    run = [];
  };
  for (const paragraph of paragraphs) {
    const at = paragraph.length === 1 ? paragraph[0]! : undefined;
    const number = at === undefined ? undefined : Number(ITEM_NUMBER.exec(passages[at]!.text)?.[1] ?? NaN);
    if (at === undefined || number === undefined || Number.isNaN(number)) close();
    else if (number === run.length + 1) run.push(at);
    else {
      close();
      if (number === 1) run.push(at);
    }
  }
  close();
  return steps;
}

const mostly = (sentences: readonly Passage[]): boolean =>
  sentences.filter((passage) => opensAsInstruction(passage.text)).length * 2 > sentences.length;

/**
 * The steps of a guide, as indices into `passages` (the summary's candidate sentences) in article order, or
 * an empty list when the piece has no list of steps.
 *
 * A guide or a recipe gives its steps as a list, an item a paragraph (Markdown's list items are read so):
 * `LIST_ITEMS` or more paragraphs in a row of one sentence each, most of which open as instructions
 * (`opensAsInstruction`: "Put the plug in the sink…", "Prise off the decorative cap…"). Every item of such a
 * list is a step ("While the cake bakes, stir…" too), and so is every sentence of a paragraph most of whose
 * sentences are instructions ("Turn off the water supply… If there is no valve, turn off the stopcock… Open
 * the tap fully…"), in a piece that has such a list. Prose of one-sentence paragraphs ("Every spring,
 * gardeners…", "The causes are many…") is no list of steps: none of the 40 development reports nor of the
 * 233 State of the Union addresses has one.
 */
export function stepsOf(passages: readonly Passage[]): number[] {
  const paragraphs: number[][] = [];
  for (const [i, passage] of passages.entries()) {
    const last = paragraphs.at(-1);
    if (last !== undefined && passages[last[0]!]!.paragraph === passage.paragraph) last.push(i);
    else paragraphs.push([i]);
  }
  const sentencesOf = (paragraph: readonly number[]): Passage[] => paragraph.map((i) => passages[i]!);
  const steps = new Set<number>(numberedRuns(passages, paragraphs));
  for (let start = 0; start < paragraphs.length;) {
    let end = start;
    while (end < paragraphs.length && paragraphs[end]!.length === 1) end += 1;
    const items = paragraphs.slice(start, end).flat();
    if (items.length >= LIST_ITEMS && mostly(sentencesOf(items))) for (const i of items) steps.add(i);
    start = Math.max(end, start + 1);
  }
  if (steps.size === 0) return [];
  for (const paragraph of paragraphs)
    if (paragraph.length > 1 && mostly(sentencesOf(paragraph))) for (const i of paragraph) steps.add(i);
  return [...steps].sort((a, b) => a - b);
}
