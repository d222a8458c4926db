/** The words of a query as typed, and how each reads: filler, a question's light word, part of a name. */
import { CONTRACTIONS, LIGHT_WORDS, REQUEST_VERBS, REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { DIGIT_FIRST, HAS_LETTER, tokenize, type Token } from '../text/tokenize.js';
import { AMOUNT_WORDS } from './question.js';

/** A word of a query as typed: its tokens (a hyphenated word has several), and what it reads as. */
export interface Word {
  readonly parts: readonly Token[];
  readonly compound: Token | undefined;
  readonly surface: string;
  /**
   * The figures a number word stands for ("ten": 10, "sixty-five": 65, "three hundred": 300 for both its
   * words), as the tokenizer writes them for a text: a query's "ten" finds a text's "10".
   */
  readonly figures: readonly string[];
}

/** The query's words in order, each with its tokens and its surface text as typed. */
export function wordsOf(query: string): Word[] {
  const byWord = new Map<number, Token[]>();
  const tokens = tokenize(query);
  for (const token of tokens) {
    const list = byWord.get(token.word);
    if (list) list.push(token);
    else byWord.set(token.word, [token]);
  }
  const numbers = tokens.filter((token) => token.alias && DIGIT_FIRST.test(token.term));
  return [...byWord.values()].map((tokens) => {
    const parts = tokens.filter((token) => !token.alias);
    const compound = parts.length > 1 ? tokens.find((token) => token.alias) : undefined;
    const first = tokens[0]!;
    const end = Math.max(...tokens.map((t) => t.end));
    // A figure typed as such ("9.3bn") has its sizes read elsewhere (`sizedFigure`); a number word's
    // figure may span the next word too ("three hundred").
    const spelled = parts.every((part) => HAS_LETTER.test(part.term));
    const figures = spelled
      ? numbers.filter((token) => token.start <= first.start && token.end >= end).map((token) => token.term)
      : [];
    return { parts, compound, surface: query.slice(first.start, end), figures };
  });
}

const LETTERS = /\p{L}+/gu;

/**
 * Chat shorthand the lexicon lacks, each with one meaning ("min", "gen", "rep", "sec" and "intel" have
 * several): read as the word it stands for, with all that word's forms and relatives.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  ppl: 'people',
  govt: 'government',
  gov: 'government',
  thru: 'through',
  intl: 'international',
  natl: 'national',
  dept: 'department',
  pres: 'president',
  uni: 'university',
  univ: 'university',
  yrs: 'years',
  mgmt: 'management',
  econ: 'economy',
  admin: 'administration',
  mfg: 'manufacturing',
  stats: 'statistics',
  avg: 'average',
};
const SHORT_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}{2,5}(?![\p{L}\p{N}'’-])/gu;

/**
 * The query with its chat shorthand written out ("ppl who use kerosene" is "people who use kerosene"), but
 * for words `kept` says to leave as typed (those a text of the library writes: "stats", "admin").
 */
export function writtenOut(query: string, kept: (word: string) => boolean = () => false): string {
  return query.replace(SHORT_WORD, (word) =>
    Object.hasOwn(SHORTHAND, word) && !kept(word) ? SHORTHAND[word]! : word,
  );
}

/** Words of up to this many letters may be acronyms ("BA", "AOL", "IMF"). */
const ACRONYM_LETTERS = 3;

/**
 * The query in lower case when it is typed all in capitals ("AOL LOSING SUBSCRIBERS"): shouting, not a row
 * of names. A short word stays as typed where `isAcronym` says the library writes it so ("AOL", not "WON").
 */
export function unshouted(query: string, isAcronym: (word: string) => boolean): string {
  if (/\p{Ll}/u.test(query) || (query.match(/\p{Lu}{2,}/gu) ?? []).length < 2) return query;
  return query.replace(LETTERS, (word) =>
    word.length <= ACRONYM_LETTERS && isAcronym(word.toLowerCase()) ? word : word.toLowerCase(),
  );
}

/** How many labels' tokens are remembered (emptied when full): queries repeat words. */
const LABEL_MEMO = 10_000;
const labelTokens = new Map<string, Token | undefined>();

/** The one token of a query word's label ("Ferris's": ferris), undefined for a phrase; remembered. */
export function labelToken(label: string): Token | undefined {
  if (labelTokens.has(label)) return labelTokens.get(label);
  const tokens = tokenize(label).filter((token) => !token.alias);
  const token = tokens.length === 1 ? tokens[0] : undefined;
  if (labelTokens.size >= LABEL_MEMO) labelTokens.clear();
  labelTokens.set(label, token);
  return token;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
/** A word written with a capital first letter (a name, when it is not the first word of a query). */
export const CAPITALIZED = /^\p{Lu}/u;

export function isLight(word: Word, previous: Word | undefined, beforePrevious?: Word): boolean {
  if (word.parts.length !== 1) return false;
  // What "how many" counts is what is asked about: "how many articles are subject to duty?"
  if (previous !== undefined && isAsked(previous, beforePrevious)) return false;
  // "what counts as a recession": the question's frame, not what it asks about.
  if (word.parts[0]!.term === 'counts' && previous?.parts[0]?.term === 'what') return true;
  return LIGHT_WORDS.has(word.parts[0]!.term) || isAsked(word, previous);
}

/** The word after "how" that says what a question asks for ("how many", "how big"): it is not looked for. */
export function isAsked(word: Word, previous: Word | undefined): boolean {
  return (
    word.parts.length === 1 && previous?.parts[0]?.term === 'how' && AMOUNT_WORDS.has(word.parts[0]!.term)
  );
}

/**
 * Words of a price, as typed: in "how much is the prize worth?" or "how much did it cost?" the sum that answers
 * says them, whatever its words ("The new £60,000 award…").
 */
const PRICE_WORDS: ReadonlySet<string> = new Set(
  'worth cost costs costing priced pay pays paid paying charge charges charged owe owes owed spend spends spent value valued'.split(
    ' ',
  ),
);

/** Whether a query word (as typed, any case) is a word of a price (see `PRICE_WORDS`). */
export function isPriceWord(word: string): boolean {
  return PRICE_WORDS.has(word.toLowerCase());
}

/** A contraction as typed, with its apostrophe: "won't", "we'll", "they're", "I'd", "I'm". */
const CONTRACTION = /\p{L}['’‘`ʼ](?:t|re|ve|ll|d|m)$/iu;

export function isFiller(word: Word): boolean {
  if (word.parts.length !== 1 || ACRONYM.test(word.surface)) return false;
  const term = word.parts[0]!.term;
  return (
    STOPWORDS.has(term) || REQUEST_WORDS.has(term) || CONTRACTIONS.has(term) || CONTRACTION.test(word.surface)
  );
}

/**
 * Which of the query's words are filler (`isFiller`), a request verb ("tell", "show") only in the request's
 * frame before the words to look for ("tell me about x", "can you tell me when…", "show me the latest news on
 * x"), not among them ("don't ask don't tell", "the show"): a light word ("article", "latest") goes on the
 * frame.
 */
export function fillersOf(words: readonly Word[]): boolean[] {
  let framing = true;
  return words.map((word) => {
    const request = word.parts.length === 1 && REQUEST_VERBS.has(word.parts[0]!.term);
    const filler = isFiller(word) && (framing || !request);
    if (!filler && !(word.parts.length === 1 && LIGHT_WORDS.has(word.parts[0]!.term))) framing = false;
    return filler;
  });
}

/**
 * The query's multi-word names: runs of two or more capitalised content words side by side, the first
 * word of the query included ("Da Vinci Code movie"); each word mapped to its run's number.
 */
export function nameRuns(words: readonly Word[]): Map<Word, number> {
  const runs = new Map<Word, number>();
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    const word = words[i];
    const capital =
      word !== undefined &&
      word.parts.length === 1 &&
      CAPITALIZED.test(word.surface) &&
      !isFiller(word) &&
      !LIGHT_WORDS.has(word.parts[0]!.term);
    if (capital) continue;
    if (i - start >= 2) for (let j = start; j < i; j++) runs.set(words[j]!, start);
    start = i + 1;
  }
  return runs;
}
