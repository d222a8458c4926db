import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';

/** What a question asks for, from its question word: a hit that has it is preferred a little. */
export const QuestionKind = {
  /** when, what year, which day…: a date or a time. */
  When: 'when',
  /** who, whom: a person, named. */
  Who: 'who',
  /** where, which city…: a place, named. */
  Where: 'where',
  /** how much, how big…: a number or an amount (a year is a date, not an amount). */
  Amount: 'amount',
  /**
   * how many: a count ("146,000 jobs", "ten million children"), not a sum of money nor a number that
   * describes ("a five-year high"); best a count of what is asked about.
   */
  Count: 'count',
  /** how long: a span of time or a length ("for almost 20 years", "200 metres"). */
  Length: 'length',
  /** how old: an age ("aged 77", "a 77-year-old", "Slater, 35, is…"). */
  Age: 'age',
  /** how often: a frequency ("every two years", "twice a week", "annual"). */
  Frequency: 'frequency',
  /** why: a cause or a purpose ("because", "due to", "blamed … for", "in a bid to"). */
  Why: 'why',
  /**
   * what is it about: what a book, a film or a play tells of ("is set in…", "centres on…",
   * "tells the story").
   */
  About: 'about',
  /**
   * what does X mean, what counts as X, what is (a) X: what a word or a thing is ("A common technical
   * definition of a recession is…", "…is known as", "…stands for").
   */
  Meaning: 'meaning',
  /** which book, which firm…: a name (a title, a company) the question does not say. */
  Name: 'name',
  /**
   * what did X want, propose, recommend…: what someone asks for, in a speaker's own words ("I recommend
   * that…", "we must…", "Congress should…").
   */
  Proposal: 'proposal',
  /** what, which, how, or a question mark: no kind of answer preferred. */
  Other: 'other',
} as const;
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];

const WORD = /\p{L}+/gu;
/** How far into a query its question word may stand ("so, can you tell me who…", "do you know when…"). */
const QUESTION_WORD_REACH = 6;
/** The words after "how" that ask for an amount, a time, an age or a frequency: "how big", "how often". */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'much',
  'many',
  'big',
  'long',
  'large',
  'high',
  'often',
  'old',
  'far',
  'soon',
  'fast',
  'quickly',
]);
/** The "how" questions that ask for more than a number. */
const HOW_KINDS: Readonly<Record<string, QuestionKind>> = {
  many: QuestionKind.Count,
  soon: QuestionKind.When,
  long: QuestionKind.Length,
  old: QuestionKind.Age,
  often: QuestionKind.Frequency,
};
/** Nouns after what/which that ask for a time or a place, as stems: "which days", "which countries". */
const TIME_NOUNS = new Set(['year', 'day', 'date', 'time', 'month', 'week', 'hour', 'season'].map(stemOf));
const PLACE_NOUNS = new Set(
  ['city', 'country', 'town', 'place', 'venue', 'region', 'state', 'county'].map(stemOf),
);
/**
 * Nouns of a quantity, as written (and plural): "what is the jobless rate", "what top tax rate…", "what was
 * the total population" ask for an amount; "what is india's credit rating" does not.
 */
const AMOUNT_NOUNS = new Set(
  [
    'rate',
    'price',
    'cost',
    'amount',
    'total',
    'number',
    'figure',
    'value',
    'sum',
    'salary',
    'wage',
    'fee',
    'budget',
    'deficit',
    'population',
    'percentage',
    'proportion',
    'profit',
    'revenue',
    'turnover',
    'size',
    'worth',
  ].flatMap((noun) => [noun, `${noun}s`]),
);
/** Words of a "what" question before the thing it asks of: "what was the", "what did the". */
const WHAT_FRAME = new Set(['is', 'are', 'was', 'were', 's', 'do', 'does', 'did', 'the', 'a', 'an']);
/** How many words after "what" and its frame may name the quantity asked for ("what top income tax rate"). */
const AMOUNT_NOUN_REACH = 4;
const OTHER_OPENERS = new Set([
  'what',
  'which',
  'how',
  'whose',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
]);
/** Words that may come before a question word in a polite or spoken frame: "hey bot, do you know who…". */
const FRAME_WORDS = new Set(
  'so and ok okay hey hi hello bot please can could would will you tell me us let know do does i wonder wondering just say remind anyone'.split(
    ' ',
  ),
);

/**
 * Verbs of wanting something done, as written: "what did truman want done about rent control?" asks for
 * what the speaker proposed. Not "plan" ("what was in eisenhower's civil rights plan?" asks what it held).
 */
const PROPOSAL_WORDS = new Set(
  `want wants wanted propose proposes proposed recommend recommends recommended suggest suggests suggested urge
  urges urged intend intends intended`.split(/\s+/),
);

/** The verb of wanting, a light word of any query ("want"): a proposal question's frame. */
const WANTING = new Set(['want', 'wants', 'wanted']);

/**
 * Whether a word of a proposal question is its frame, which a proposal says in its own words ("I recommend
 * that…"): "want", and "done" after it ("what did grant want done about…"). The other verbs of
 * `PROPOSAL_WORDS` stay words looked for: a proposal often says them or a relative ("the hope that…").
 */
export function isProposalFrame(term: string, previous: string | undefined): boolean {
  return WANTING.has(term) || (term === 'done' && previous !== undefined && WANTING.has(previous));
}

/** Articles that may stand before the thing a "what is" question asks about. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** The words after "what" say they ask what something means: "does X mean", "counts as X". */
function asksMeaning(rest: readonly string[]): boolean {
  if (rest.length >= 3 && (rest.at(-1) === 'mean' || rest.at(-1) === 'means')) return true;
  return rest[0] === 'counts' && rest[1] === 'as' && rest.length > 2;
}

/**
 * The words after "what" name a thing to define: "is (a) X" of one or two words and no more ("what is a
 * recession?", not "what is india's credit rating now?").
 */
function namesThing(rest: readonly string[]): boolean {
  if (rest[0] !== 'is' && rest[0] !== 'are' && rest[0] !== 's') return false;
  const thing = ARTICLES.has(rest[1] ?? '') ? rest.slice(2) : rest.slice(1);
  return thing.length >= 1 && thing.length <= 2 && !thing.some((word) => STOPWORDS.has(word));
}

/** The words after "what" ask for a quantity: "is the us jobless rate", "top income tax rate did…". */
function asksAmount(rest: readonly string[]): boolean {
  let start = 0;
  while (start < rest.length && WHAT_FRAME.has(rest[start]!)) start += 1;
  return rest.slice(start, start + AMOUNT_NOUN_REACH).some((word) => AMOUNT_NOUNS.has(word));
}

/**
 * The noun a "what"/"which" question asks with for a time or a place ("time" of "what time is it?", "city" of
 * "which city…"): the question's frame, not what it is about. Undefined when there is none.
 */
export function frameNoun(query: string): string | undefined {
  const words = (foldText(query).match(WORD) ?? []).slice(0, QUESTION_WORD_REACH);
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if ((word === 'what' || word === 'which') && next !== undefined) {
      const noun = stemOf(next);
      return TIME_NOUNS.has(noun) || PLACE_NOUNS.has(noun) ? next : undefined;
    }
    if (!FRAME_WORDS.has(word)) return undefined;
  }
  return undefined;
}

/**
 * Verbs of causing, as written after "what": "what caused the outage?", "what led to the strike?" ask why it
 * happened, as "why" does.
 */
const CAUSE_VERBS = new Set('cause causes caused triggered prompted sparked led leads lead'.split(' '));

/** Whether the words after "what" ask for a cause: a verb of causing first ("led" only with "to"). */
function asksCause(rest: readonly string[]): boolean {
  const verb = rest[0];
  if (verb === undefined || !CAUSE_VERBS.has(verb) || rest.length < 2) return false;
  return !verb.startsWith('le') || rest[1] === 'to';
}

/** A question of no kind yet asks for a proposal when a word after its opener is one of wanting. */
function otherKind(rest: readonly string[]): QuestionKind {
  return rest.some((word) => PROPOSAL_WORDS.has(word)) ? QuestionKind.Proposal : QuestionKind.Other;
}

/**
 * The kind of question a query is, or undefined when it is not one ("election", "red line"). The question
 * word may follow a polite frame ("can you tell me when…"); "what year" asks "when", "which city" "where".
 */
export function questionOf(query: string): QuestionKind | undefined {
  const all = foldText(query).match(WORD) ?? [];
  const words = all.slice(0, QUESTION_WORD_REACH);
  for (const [i, word] of words.entries()) {
    const next = words[i + 1] ?? '';
    const noun = stemOf(next);
    if (word === 'when') return QuestionKind.When;
    if (word === 'who' || word === 'whom') return QuestionKind.Who;
    if (word === 'where') return QuestionKind.Where;
    if (word === 'why') return QuestionKind.Why;
    if (word === 'how' && AMOUNT_WORDS.has(next)) return HOW_KINDS[next] ?? QuestionKind.Amount;
    if ((word === 'what' || word === 'which') && TIME_NOUNS.has(noun)) return QuestionKind.When;
    if ((word === 'what' || word === 'which') && PLACE_NOUNS.has(noun)) return QuestionKind.Where;
    if (word === 'which' && next.length > 0 && !STOPWORDS.has(next)) return QuestionKind.Name;
    if (word === 'what' && asksCause(all.slice(i + 1))) return QuestionKind.Why;
    if (word === 'what' && all.length > i + 2 && all.at(-1) === 'about') return QuestionKind.About;
    // "what is the unemployment rate" asks for the figure, "what does the rate mean" for a meaning.
    if (word === 'what' && asksMeaning(all.slice(i + 1))) return QuestionKind.Meaning;
    if (word === 'what' && asksAmount(all.slice(i + 1))) return QuestionKind.Amount;
    if (word === 'what' && namesThing(all.slice(i + 1))) return QuestionKind.Meaning;
    if (word === 'what' || word === 'which' || word === 'how') return otherKind(all.slice(i + 1));
    if (!FRAME_WORDS.has(word)) break;
  }
  const first = words[0];
  if (first !== undefined && OTHER_OPENERS.has(first)) return otherKind(all.slice(1));
  if (query.trimEnd().endsWith('?')) return QuestionKind.Other;
  return undefined;
}
