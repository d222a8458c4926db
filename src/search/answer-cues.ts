import { foldText } from '../text/fold.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import { HONORIFICS, STOPWORDS } from '../text/stopwords.js';
import { QuestionKind } from './question.js';

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] =
  'January February March April May June July August September October November December'.split(' ');
const MONTHS = [...MONTH_NAMES, 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'].join('|');
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
  'years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|metres?|meters?|miles?|km|kilometres?|feet|foot|yards?|inch(?:es)?';
/** A year in figures, 1500–2099. */
const YEAR_DIGITS = '(?:1[5-9]|20)\\d\\d';
/** A year as written alone ("in 1997", "the 1990s"): a date, not an amount. */
const YEAR = new RegExp(`^${YEAR_DIGITS}(?:s|'s)?$`, 'u');

/**
 * What answers each kind of question, as patterns of general English: each match is an answer unless its
 * words are all the question's own ("who wrote Mary Poppins?" is not answered by "Mary Poppins" again).
 */
const CUES: Readonly<Record<Exclude<QuestionKind, 'other' | 'count'>, RegExp>> = {
  when: new RegExp(
    [
      // A day of a month first, so that "12 May" and "May 12" are dates though "may" alone is a small word.
      `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\b`,
      `\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
      `\\b(?:${MONTHS}|${DAYS})\\b`,
      `\\b${YEAR_DIGITS}(?:s\\b|\\b)`,
      `\\b\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|GMT|BST)\\b`,
      // A time of day on the 24-hour clock, as a timeline or a log writes it: "14:09", "22:21 UTC".
      '(?<![\\p{N}:.,])(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?!\\p{N}|[:.,]\\p{N})',
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
      // How long something lasts, told by when it ends: "will run every Friday until the end of September".
      `\\b(?:until|till|through) (?:(?:the )?(?:end|middle|start|beginning) of )?(?:the )?(?:${MONTHS}|${YEAR_DIGITS}|next (?:${PERIOD})|${SEASON})\\b`,
    ].join('|'),
    'giu',
  ),
  age: new RegExp(
    [
      '\\baged? \\p{N}+\\b',
      '\\b\\p{N}+[- ]years?[- ]old\\b',
      `\\bthe age of (?:\\p{N}+|(?:${NUMBER})(?:-\\p{L}+)?)\\b`,
      '\\bin (?:his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b',
      // An age between commas after a name or a noun, as news writes it: "Slater, 35, is replacing…".
      '\\b\\p{L}+, \\p{N}{1,3},',
    ].join('|'),
    'giu',
  ),
  frequency: new RegExp(
    [
      `\\b(?:every|each|once|twice|(?:${NUMBER}|\\p{N}+) times) (?:(?:other|${NUMBER}|\\p{N}+|a|per) )?(?:${PERIOD}|days?|weeks?|months?|years?|decades?|hours?)\\b`,
      '\\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|nightly|hourly|biennial|quarterly|regularly|rarely|seldom)\\b',
      `\\b(?:a|per) (?:${PERIOD}|day|hour)\\b(?! (?:ago|earlier|later|before|after))`,
    ].join('|'),
    'giu',
  ),
  meaning:
    /\b(?:defin(?:e|ed|es|ition|itions)|means|meaning|refers? to|is (?:known|called|termed) as|(?:stands?|stood) for|in other words)\b/iu,
  about: new RegExp(
    [
      '\\b(?:is|was|are|were) (?:all |mainly |largely )?(?:about|set (?:in|during|on|among))\\b',
      '\\b(?:centres|centers|centred|centered|focuses|focused|revolves|revolving) (?:on|around|upon)\\b',
      '\\b(?:tells|told|telling) (?:the|a|of) (?:story|tale|life)\\b',
      '\\b(?:story|tale|novel|book|film|play|musical|drama|comedy|documentary|series|memoir|biography) (?:about|of how|which follows|that follows)\\b',
      '\\b(?:deals|dealt) with\\b',
      '\\b(?:explores|explored|portrays|portrayed|depicts|depicted|chronicles|chronicled)\\b',
    ].join('|'),
    'iu',
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
  // A speaker's proposal: "I recommend that…", "I've established…", "we must…", "Congress should…".
  proposal: new RegExp(
    [
      '\\b(?:I|[Ww]e)(?: [\\p{L},]+){0,2} (?:recommend|urge|propose|suggest|ask|request|advise|want|hope|intend|wish|trust|favou?r|call (?:up)?on)',
      "\\b(?:I|[Ww]e)(?:['’]ve| have) (?:\\p{L}+ )?(?:established|directed|instructed|ordered|asked|requested|proposed|recommended|sent|submitted)\\b",
      '\\b(?:I|[Ww]e) (?:will|shall)\\b',
      '\\b(?:should|ought to|must)\\b',
      "\\b[Ll]et(?: us|['’]s)\\b",
      '\\b(?:recommendations?|proposals?)\\b',
    ].join('|'),
    'u',
  ),
  why: new RegExp(
    [
      // Not "due to" of a timetable: "the play, due to open this week", "he is due to be sentenced".
      '\\b(?:because|due to(?! (?:be|open|start|begin|end|close|take|meet|go|come|run|hold|sign|launch|appear|arrive|return|finish|resume|expire|retire)\\b)|owing to|thanks to|as a result|result of|reasons?|led to|leading to|amid|after)\\b',
      // A cause as the agent: "slid 41%, catalysed by the revelation", "a rally driven by oil". Before the verb alone, so that "caused by" is one cue.
      '\\b(?:caused|triggered|sparked|prompted|driven|fuell?ed|spurred|catalys|catalyz)(?:ed)? by\\b',
      '\\b(?:blam|caus)(?:e|ed|es|ing)\\b',
      '\\bin (?:a|an) (?:bid|effort|attempt|move) to\\b',
      '\\b(?:in order|so as) to\\b',
      // A purpose or a reaction: "was started in response to criticism", "a law designed to curb…".
      '\\bin (?:response|reaction|reply) to\\b',
      '\\b(?:aimed at|designed to|intended to|meant to|so that|in the hope|for fear)\\b',
      '\\b(?:for the (?:purpose|sake)|with (?:a|the) view to|with the (?:view|object|aim) of)\\b',
    ].join('|'),
    'iu',
  ),
};

/** The cues of a why question's answer, every one in a text. */
const WHY_CUES = new RegExp(CUES.why.source, 'giu');

/** Whether a cue's words are all the question's own. */
function ownWords(cue: string, asked: ReadonlySet<string>): boolean {
  return (foldText(cue).match(WORDS) ?? []).every((word) => asked.has(word));
}

/** A person's name as a who question's answers write it: a title and a name, or capitalised words in a row. */
const PERSON_NAME = new RegExp(
  `\\b(?:${TITLES})\\.? ${CAPITALIZED_WORD}|(?<!['’]s )${NAME_WORD}(?: (?:de |da |van |von |van der |bin |al-)?${NAME_WORD})+`,
  'gu',
);

/** Whether a word is a month's or a day's name ("May", "Friday"): a date, no one's name. */
export function isMonthOrDay(word: string): boolean {
  return MONTH_OR_DAY.test(word);
}

/**
 * Where a sentence names a person the question does not already name (see `CUES.who`): each name's end, as
 * an offset in the text. A month or a day is no name.
 */
export function namedPersons(text: string, asked: ReadonlySet<string>): { readonly end: number }[] {
  const names: { end: number }[] = [];
  for (const match of text.matchAll(PERSON_NAME)) {
    const words = (foldText(match[0]).match(WORDS) ?? []).filter((word) => !FRAME.has(word));
    if (MONTH_OR_DAY.test(words.at(-1) ?? '')) continue;
    if (words.filter((word) => !STOPWORDS.has(word)).some((word) => !asked.has(word)))
      names.push({ end: match.index + match[0].length });
  }
  return names;
}

/**
 * A count: a figure (with "m" or "bn" after it), a number word, or a vague one ("dozens"), then perhaps its
 * size ("ten million") and "per cent". Not after a currency sign, a letter or a digit.
 */
const COUNT_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}£$€¥.,])(?:\\p{N}[\\p{N},.]*(?:m|bn|k)?|${NUMBER}|dozens|hundreds|thousands|millions)` +
    `(?: (?:million|billion|thousand|hundred))?(?:%| ?per ?cent)?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** A count in words alone, no figure: "dozens", "millions". */
const VAGUE_COUNT = /^(?:dozens|hundreds|thousands|millions)$/iu;
/** Sums of money named after their figure ("12bn euros"): "how many" does not ask for them. */
const CURRENCIES = new Set([
  'euro',
  'euros',
  'dollar',
  'dollars',
  'pound',
  'pounds',
  'yen',
  'yuan',
  'rupees',
  'cents',
]);
/** A sum of money: a figure after a currency sign ("£35", "$ 9.3bn"), or before a currency ("12bn euros", "six hundred million dollars"). */
const SUM = new RegExp(
  `[£$€¥] ?\\p{N}|(?<![\\p{L}\\p{N}])(?:\\p{N}[\\p{N},.]*(?:m|bn|k)?|${NUMBER})(?: (?:million|billion|thousand|hundred))? (?:${[...CURRENCIES].join('|')})\\b`,
  'iu',
);

/** Whether a sentence names a sum of money (see `SUM`): what a price word asks for. */
export function namesSum(text: string): boolean {
  return SUM.test(text);
}

/**
 * How many words after a count the thing counted may come ("11 best-selling books", "40,000 more Indians").
 */
const COUNTED_REACH = 3;
/** Enough of the text after a count to hold its next `COUNTED_REACH` words: the rest is never read. */
const COUNTED_CHARS = 80;

const WORDS = /[\p{L}\p{N}]+/gu;
/** Words of a cue that say what kind it is, not what it is: "in", "the", "next", "Mr". */
const FRAME = new Set(['next', 'last', 'this', 'later', 'earlier', 'end', 'start', 'based', ...HONORIFICS]);

/** The folded words of a query that an answer must not merely repeat. */
export function askedWords(query: string): ReadonlySet<string> {
  return new Set(foldText(query).match(WORDS) ?? []);
}

/**
 * How well a sentence answers a question: not, with what it asks for, or with a count of what it asks about
 * (for "who", with the doer of what it asks: see `namesDoer`).
 */
export const Answer = { None: 0, Cue: 1, Counted: 2 } as const;
export type Answer = (typeof Answer)[keyof typeof Answer];

/**
 * How a sentence answers a "how many" question: with a count of something `counted` accepts (a folded
 * word: "11 best-selling books" for "how many books"), with another count, or not. A sum of money, a year
 * and a number joined to the word it describes ("a five-year high", "a 4-year plan") are no counts.
 */
export function countAnswer(
  text: string,
  asked: ReadonlySet<string>,
  counted: (word: string) => boolean,
): Answer {
  let found: Answer = Answer.None;
  for (const match of text.matchAll(COUNT_CUE)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + COUNTED_CHARS);
    const hyphened = /^-(\p{L}+)/u.exec(after);
    if (hyphened && !NUMBER_WORDS.includes(hyphened[1]!.toLowerCase())) continue;
    if (YEAR.test(match[0].replace(/[.,]$/u, ''))) continue;
    if (isDayOfMonth(text, match.index, end)) continue;
    const words = foldText(match[0]).match(WORDS) ?? [];
    if (words.every((word) => asked.has(word))) continue;
    const next = (foldText(after).match(WORDS) ?? []).slice(0, COUNTED_REACH);
    if (next[0] !== undefined && CURRENCIES.has(next[0])) continue;
    // "millions of people" counts them, but less than a figure ("45 million Americans") does.
    if (next.some(counted) && !VAGUE_COUNT.test(match[0])) return Answer.Counted;
    // "two countries", "one of them": a number word alone is a count only of what is asked about.
    if (words.length > 1 || !NUMBER_WORDS.includes(words[0]!)) found = Answer.Cue;
  }
  return found;
}

/** A month's name just before or after a figure ("April 18, 1890", "on 5 April"): a day, not a count. */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.? $`, 'u');
// Older prose names the day: "the 30th day of September".
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)? (?:day )?(?:of )?(?:${MONTHS})\\b`, 'u');

function isDayOfMonth(text: string, start: number, end: number): boolean {
  return (
    MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * Whether a sentence has what the question asks for (a date for "when", a name for "who", a cause for
 * "why"…) that the question does not already say; false for questions of no particular kind. A count
 * answers "how many" (see `countAnswer`).
 */
export function answersQuestion(kind: QuestionKind, text: string, asked: ReadonlySet<string>): boolean {
  if (kind === QuestionKind.Other) return false;
  if (kind === QuestionKind.Count) return countAnswer(text, asked, () => false) !== Answer.None;
  // A cause is a cause whoever names it: its words ("because", "due to") are no answer of their own. But a
  // sentence that only says the question's own verb again ("Together they caused a 47-minute outage." for "what
  // caused the outage?") gives no cause.
  if (kind === QuestionKind.Why) return [...text.matchAll(WHY_CUES)].some((cue) => !ownWords(cue[0], asked));
  // And so is a proposal: "I recommend…" says that it is one, whatever it proposes.
  if (kind === QuestionKind.Proposal) return CUES.proposal.test(text);
  // So is what a story is about: "is set in…", "centres on…".
  if (kind === QuestionKind.About) return CUES.about.test(text);
  // And what a word means: "a common technical definition of…", "…stands for".
  if (kind === QuestionKind.Meaning) return CUES.meaning.test(text);
  for (const match of text.matchAll(CUES[kind])) {
    const words = (foldText(match[0]).match(WORDS) ?? []).filter((word) => !FRAME.has(word));
    // A month or a day is a date, not a place nor a name ("until September" tells how long, though).
    const dateAnswers = kind === QuestionKind.When || kind === QuestionKind.Length;
    if (!dateAnswers && MONTH_OR_DAY.test(words[words.length - 1] ?? '')) continue;
    if (kind === QuestionKind.Amount && YEAR.test(match[0].replace(/[.,]$/u, ''))) continue;
    // "June 30", "the 30th day of September": a day is a date, no amount.
    const end = match.index + match[0].length;
    if (kind === QuestionKind.Amount && isDayOfMonth(text, match.index, end)) continue;
    const own = words.filter((word) => !STOPWORDS.has(word));
    if (kind === QuestionKind.Who && own.length === 0 && words.length > 0) return true;
    if (own.some((word) => !asked.has(word))) return true;
  }
  return false;
}
