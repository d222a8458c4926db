import { foldText } from '../text/fold.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import { HONORIFICS, STOPWORDS } from '../text/stopwords.js';
import { QuestionKind } from './question.js';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|${DAYS})$`, 'iu');
const CAPITALIZED_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
/** A capitalised word that is no possessive ("London's" is whose, not who). */
const NAME_WORD = "\\p{Lu}\\p{L}*(?:-\\p{L}+)*(?![\\p{L}'’])";
/** A person's title as written before a name ("Mr", "Dame"). */
const TITLES = [...HONORIFICS].map((title) => `${title[0]!.toUpperCase()}${title.slice(1)}`).join('|');
const SEASON = 'spring|summer|autumn|fall|winter|weekend|morning|evening|afternoon|night';
const PERIOD = `week|month|year|decade|century|${SEASON}|season|quarter`;
const NUMBER = `${NUMBER_WORDS.join('|')}|hundred`;
/** A number as written in figures or words, or a vague one ("several weeks"). */
const COUNT = `\\p{N}[\\p{N},.]*|an?|${NUMBER}|several|few|many|some`;
/** Spans of time and lengths, singular ("a 20-year wait"), plural, or as abbreviated after figures. */
const SPANS =
  'years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|metres?|meters?|miles?|km|kilometres?|feet|foot|yards?|inch(?:es)?';
/** A year in figures, 1500–2099. */
const YEAR_DIGITS = '(?:1[5-9]|20)\\d\\d';
/** A year as written alone ("in 1997", "the 1990s"): a date, not an amount. */
const YEAR = new RegExp(`^${YEAR_DIGITS}(?:s|'s)?$`, 'u');

/**
 * What answers each kind of question, as patterns of general English: each match is an answer unless its
 * words are all the question's own ("who wrote Mary Poppins?" is not answered by "Mary Poppins" again).
 */
const CUES: Readonly<Record<Exclude<QuestionKind, 'other'>, RegExp>> = {
  when: new RegExp(
    [
      `\\b(?:${MONTHS}|${DAYS})\\b`,
      `\\b${YEAR_DIGITS}(?:s\\b|\\b)`,
      `\\b\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|GMT|BST)\\b`,
      `\\b(?:today|tomorrow|yesterday|tonight|ago|recently|soon|shortly)\\b`,
      `\\b(?:next|last|this|later this|earlier this|end of the|end of this|start of the) (?:${PERIOD})\\b`,
      `\\b(?:in|by|until|since|from|during) (?:the )?(?:${SEASON})\\b`,
    ].join('|'),
    'gu',
  ),
  who: new RegExp(
    [
      `\\b(?:${TITLES})\\.? ${CAPITALIZED_WORD}`,
      // Two or more capitalised words in a row: a person's name, most often, in running text.
      `(?<!['’]s )${NAME_WORD}(?: (?:de |da |van |von |van der |bin |al-)?${NAME_WORD})+`,
      `\\bby ${CAPITALIZED_WORD}`,
      // The agent of a passive: "picked by an adult panel", "voted for by about 6,000 children".
      `\\b\\p{L}+(?:ed|en|wn)(?: (?:for|up|out|on))? by (?:(?:an?|the|about|around|some|more than|over|nearly) )*(?:[\\p{N},]+ )?(?!(?:the|an?|about|around|some|more|over|nearly|end|time|way|far|then|now)\\b)\\p{Ll}{3,}`,
      '\\b(?:he|she)\\b',
    ].join('|'),
    'gu',
  ),
  where: new RegExp(
    // "in London", "at the Old Vic", and a place a determiner's words describe first: "at a London hotel",
    // "at Versace's six-storey New York townhouse", "in the northern city of Kano".
    `\\b(?:in|at|from|near|outside|inside|across|to|based in) (?:(?:the|an?|his|her|its|their|\\p{Lu}\\p{L}*['’]s)(?: [\\p{Ll}-]+){0,3} )?${CAPITALIZED_WORD}(?: ${CAPITALIZED_WORD})*`,
    'gu',
  ),
  length: new RegExp(
    [
      `\\b(?:${COUNT})(?:\\s?|-)(?:${SPANS})\\b`,
      '\\bfor (?:years|months|weeks|days|decades|hours|centuries|ages|a long time|so long|long)\\b',
    ].join('|'),
    'giu',
  ),
  age: new RegExp(
    [
      '\\baged? \\p{N}+\\b',
      '\\b\\p{N}+[- ]years?[- ]old\\b',
      `\\bthe age of (?:\\p{N}+|(?:${NUMBER})(?:-\\p{L}+)?)\\b`,
      '\\bin (?:his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b',
    ].join('|'),
    'giu',
  ),
  // A capitalised word within a sentence (its first word is capitalised whatever it is).
  name: new RegExp(`(?<=[\\p{L}\\p{N},;:'’"“”)] )\\p{Lu}[\\p{L}'’-]+`, 'gu'),
  amount: new RegExp(
    [
      '[£$€¥]?\\p{N}[\\p{N},.]*(?:%|\\w*)',
      '\\b(?:million|billion|trillion|thousand|hundred|dozens?|half|third|quarter|per cent|percent)\\b',
    ].join('|'),
    'giu',
  ),
  why: new RegExp(
    [
      '\\b(?:because|due to|owing to|thanks to|as a result|result of|reasons?|led to|leading to|amid|after)\\b',
      '\\b(?:blam|caus)(?:e|ed|es|ing)\\b',
      '\\bin (?:a|an) (?:bid|effort|attempt|move) to\\b',
      '\\b(?:in order|so as) to\\b',
      // A purpose or a reaction: "was started in response to criticism", "a law designed to curb…".
      '\\bin (?:response|reaction|reply) to\\b',
      '\\b(?:aimed at|designed to|intended to|meant to|so that|in the hope|for fear)\\b',
    ].join('|'),
    'iu',
  ),
};

const WORDS = /[\p{L}\p{N}]+/gu;
/** Words of a cue that say what kind it is, not what it is: "in", "the", "next", "Mr". */
const FRAME = new Set(['next', 'last', 'this', 'later', 'earlier', 'end', 'start', 'based', ...HONORIFICS]);

/** The folded words of a query that an answer must not merely repeat. */
export function askedWords(query: string): ReadonlySet<string> {
  return new Set(foldText(query).match(WORDS) ?? []);
}

/**
 * Whether a sentence has what the question asks for (a date for "when", a name for "who", a cause for
 * "why"…) that the question does not already say; false for questions of no particular kind.
 */
export function answersQuestion(kind: QuestionKind, text: string, asked: ReadonlySet<string>): boolean {
  if (kind === QuestionKind.Other) return false;
  // A cause is a cause whoever names it: its words ("because", "due to") are no answer of their own.
  if (kind === QuestionKind.Why) return CUES.why.test(text);
  for (const match of text.matchAll(CUES[kind])) {
    const words = (foldText(match[0]).match(WORDS) ?? []).filter((word) => !FRAME.has(word));
    // A month or a day is a date, not a place nor a name.
    if (kind !== QuestionKind.When && MONTH_OR_DAY.test(words[words.length - 1] ?? '')) continue;
    if (kind === QuestionKind.Amount && YEAR.test(match[0].replace(/[.,]$/u, ''))) continue;
    const own = words.filter((word) => !STOPWORDS.has(word));
    if (kind === QuestionKind.Who && own.length === 0 && words.length > 0) return true;
    if (own.some((word) => !asked.has(word))) return true;
  }
  return false;
}
