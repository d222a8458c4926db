import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Answer, askedWords, countAnswer, namesSum } from './answer-cues.js';
import type { PassageRange } from './candidates.js';
import { lemmaCandidatesIn, type Lexicon } from './lexicon.js';
import type { QueryTerm } from './query-term.js';
import type { ScoredPassage } from './score.js';
import type { SearchEngine } from './engine.js';
import { QuestionKind, questionOf } from './question.js';

/**
 * The more general words (`Lexicon.topicsOf`) of a noun that names a measure: "dose" (a quantity),
 * "temperature" (a measure), "size" and "volume" (a magnitude), "length" (a dimension), "budget" and "cost"
 * (money, answered by a sum).
 */
const MEASURE_TOPICS: ReadonlySet<string> = new Set([
  'measure',
  'quantity',
  'magnitude',
  'dimension',
  'money',
]);
/**
 * A property one level up names a measure too ("concentration": the strength of a solution); further up it
 * is as often a kind of quality ("colour", "shape"), which no figure answers.
 */
const PROPERTY = 'property';

/** A figure, as a text writes it: "2.5", "38.2", "412,300"; not part of a code ("KN-25", "Apc2"). */
const FIGURE = /(?<![\p{L}\p{N}-])\p{N}[\p{N},.]*(?:\s?±\s?\p{N}[\p{N},.]*)?/gu;
/**
 * A unit just after a figure, as written: a sign ("°C", "µM"), or a short symbol of letters that is no
 * small word ("mg/kg", "mm³", "min", "h"), or a longer word the dictionary files under measures ("weeks",
 * "metres"), checked apart.
 */
const UNIT_AFTER = /^\s?(?:[°µμ]|([\p{L}]{1,3})((?:\/\p{L}{1,3})?[²³]?)(?![\p{L}\p{N}])|(\p{L}{4,}))/u;

/** Whether a noun names a measure (see `MEASURE_TOPICS`): "dose", "concentration", "size", "budget". */
export function isMeasureNoun(lexicon: Lexicon, word: string): boolean {
  return lemmaCandidatesIn(word, lexicon).some((lemma) => {
    if (MEASURE_TOPICS.has(lemma)) return true;
    return (lexicon.topicsOf?.(lemma) ?? []).some(
      (topic) => MEASURE_TOPICS.has(topic.word) || (topic.word === PROPERTY && topic.level <= 1),
    );
  });
}

/**
 * Whether a sentence states a measurement: a figure with its unit ("2.5 mg/kg", "100 µM", "38.2 ± 4.1 mm³",
 * "6 weeks"), or a sum of money ("£412,300"). A bare figure ("12 streams", "in 2021", "Fig. 3") is none, nor
 * a share ("10% DMSO"), which answers a rate, not a dose.
 */
export function statesMeasurement(lexicon: Lexicon, text: string): boolean {
  if (namesSum(text)) return true;
  for (const match of text.matchAll(FIGURE)) {
    const unit = UNIT_AFTER.exec(text.slice(match.index + match[0].length));
    if (unit === null) continue;
    const [, short, power, long] = unit;
    if (short === undefined && long === undefined) return true;
    // "m²", "mg/kg": a unit whatever its letters; "at", "in" alone are small words.
    if (short !== undefined && (power !== '' || !STOPWORDS.has(short.toLowerCase()))) return true;
    if (long !== undefined && isUnitWord(lexicon, long.toLowerCase())) return true;
  }
  return false;
}

/**
 * How many of the best sentences without the measure's words are read for a measurement: a drug's name is in many
 * sentences, its dose in one.
 */
const MEASURED_DEPTH = 25;

/** How many words after a word of the query its measurement may stand ("LF-271 at 2.5 mg/kg", "NAC, 100 µM"). */
const MEASURED_REACH = 4;

/**
 * Whether a sentence states a measurement (`statesMeasurement`) within a few words after a word of the query
 * that is no measure's noun: the measurement of what is asked about ("received LF-271 at 2.5 mg/kg"), not of
 * something else the sentence tells ("rose 2.3-fold at 35 °C, and the antioxidant N-acetylcysteine…").
 */
function measurementAfter(lexicon: Lexicon, text: string, terms: readonly QueryTerm[]): boolean {
  const words = foldText(text).split(/\s+/u);
  const labels = terms
    .filter((term) => !term.light)
    .map((term) => foldText(term.label))
    .filter((label) => !isMeasureNoun(lexicon, label));
  const said = (word: string): boolean =>
    labels.some((label) => word.includes(label) || (label.length > 4 && word.startsWith(label.slice(0, -1))));
  return words.some(
    (word, i) =>
      said(word) && statesMeasurement(lexicon, words.slice(i + 1, i + 1 + MEASURED_REACH).join(' ')),
  );
}

/** A word of a unit after a figure: one the dictionary files under measures ("weeks", "metres", "grams"). */
function isUnitWord(lexicon: Lexicon, word: string): boolean {
  return lemmaCandidatesIn(word, lexicon).some((lemma) =>
    (lexicon.topicsOf?.(lemma) ?? []).some((topic) => topic.word === 'measure'),
  );
}

/**
 * How a question asks for a quantity, if it does: the words its answer need not say, and what the answer
 * has instead. "how many mice were used?": the count of what is counted ("Forty-eight mice…") stands in for
 * the other words ("used"); "what dose of LF-271?", "what concentration of NAC?": a measurement ("2.5 mg/kg",
 * "100 µM") stands in for the noun of the measure.
 */
function quantityAsked(
  lexicon: Lexicon,
  query: string,
  terms: readonly QueryTerm[],
):
  | {
      readonly standIns: readonly boolean[];
      readonly answered: (text: string) => boolean;
      readonly answers: (text: string) => boolean;
    }
  | undefined {
  const kind = questionOf(query);
  if (kind === undefined) return undefined;
  const free = (term: QueryTerm): boolean =>
    !term.light && term.name === undefined && term.required !== true && !/\p{N}|\p{Lu}/u.test(term.label);
  if (kind === QuestionKind.Count) {
    const counted = countedAfterMany(query, terms);
    const others = terms.filter((term) => !term.light && !counted.has(foldText(term.label)));
    // Only a verb's place ("how many mice were used?"): a word more ("…did the lovely bones sell") is what the
    // question is about.
    if (counted.size === 0 || others.length !== 1 || !free(others[0]!)) return undefined;
    const asked = askedWords(query);
    const answers = (text: string): boolean =>
      countAnswer(text, asked, (word) => counted.has(word)) === Answer.Counted;
    return { standIns: terms.map((term) => term === others[0]), answered: answers, answers };
  }
  // "how big…", "how much…" are read as before (an amount's cue, a price's sum); another question asks for the
  // measure it names after "what" ("what dose of…"), not for one it names further on ("how was volume measured?").
  const named = measureAskedFor(query);
  if (named === undefined) return undefined;
  const measure = (term: QueryTerm): boolean =>
    foldText(term.label) === named && isMeasureNoun(lexicon, named);
  return {
    standIns: terms.map((term) => free(term) && measure(term)),
    answered: (text) => statesMeasurement(lexicon, text),
    answers: (text) => measurementAfter(lexicon, text, terms),
  };
}

/** Words between "what" and the noun it asks for: "what is the size…", "what was the dose…". */
const WHAT_FRAME = new Set(['is', 'are', 'was', 'were', 's', 'the', 'a', 'an']);

/** The noun straight after "what" or "which" and its frame ("dose" of "what dose of LF-271?"), folded. */
function measureAskedFor(query: string): string | undefined {
  const words: string[] = foldText(query).match(/\p{L}+/gu) ?? [];
  const at = words.findIndex((word) => word === 'what' || word === 'which');
  if (at < 0) return undefined;
  let next = at + 1;
  while (next < words.length && WHAT_FRAME.has(words[next]!)) next += 1;
  return words[next];
}

/** The folded words of the query's terms that "how many" counts ("mice" of "how many mice were used?"). */
function countedAfterMany(query: string, terms: readonly QueryTerm[]): ReadonlySet<string> {
  const words: string[] = foldText(query).match(/\p{L}+/gu) ?? [];
  const many = words.indexOf('many');
  const after = new Set(words.slice(many + 1, many + 3));
  const counted = new Set<string>();
  for (const term of terms) {
    const label = foldText(term.label);
    if (!after.has(label)) continue;
    counted.add(label);
    for (const { units } of term.alternatives)
      for (const unit of units) for (const word of unit.keys()) counted.add(word);
  }
  return counted;
}

/**
 * A question that asks for a quantity (see `quantityAsked`) is answered by a sentence with the quantity,
 * which seldom says the question's noun of the measure or its verb: when the best of `ranked` (or nothing)
 * has no such quantity, the best sentence that has one and every other word comes first ("what dose of
 * LF-271?": "…received LF-271 at 2.5 mg/kg…"). Where the best already has one, nothing changes.
 */
export function measuredFirst(
  engine: SearchEngine,
  lexicon: Lexicon,
  query: string,
  terms: readonly QueryTerm[],
  range: PassageRange,
  limit: number,
  ranked: ScoredPassage[],
): ScoredPassage[] {
  const asked = quantityAsked(lexicon, query, terms);
  if (asked === undefined || !asked.standIns.includes(true)) return ranked;
  // The words left must say what it is about: a measure's noun alone ("what temperature?") leaves nothing.
  if (terms.every((term, i) => asked.standIns[i] || term.light)) return ranked;
  const answers = (at: number): boolean => asked.answers(engine.passages[at]!.text);
  if (ranked[0] !== undefined && asked.answered(engine.passages[ranked[0].at]!.text)) return ranked;
  const depth = Math.max(limit, MEASURED_DEPTH);
  return engine.standInsFirst(query, terms, asked.standIns, range, depth, limit, ranked, answers);
}
