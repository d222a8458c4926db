import { stemmer } from 'stemmer';
import { foldText } from './fold.js';
import { greekSpellings } from './greek-letters.js';
import { numberAliases, romanValue } from './numbers.js';
import { STOPWORDS } from './stopwords.js';

/** One searchable term of a text, with where it stands in the original string. */
export interface Token {
  /** Folded form: lower case, no diacritics, no apostrophes ("biegun", "kn23", "75th"). */
  readonly term: string;
  /**
   * Porter stem of `term` ("provocations" → "provoc"), never a function word's (see `stemOf`); digits and
   * codes are their own stem.
   */
  readonly stem: string;
  /** Character range in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Word position; the parts of "Jong-un" take consecutive positions, their compound shares the first. */
  readonly position: number;
  /** True for an extra term that stands for other tokens too (a hyphenated compound or a number alias). */
  readonly alias: boolean;
  /** Index of the written word this token comes from: the parts of "KN-23" share one. */
  readonly word: number;
}

// A dotted acronym ("U.S."), a number with its thousands set apart or a decimal point ("6,000", "9.3bn"),
// or a word: letters, marks and digits, with inner apostrophes ("Biegun’s") and inner hyphens ("KN-23").
const WORD =
  /(?:\p{L}\.){2,}|(?<![\p{N}.,])(?:\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+\.\p{N}+)(?![\p{N}]|[.,]\p{N})\p{L}*|[\p{L}\p{M}\p{N}]+(?:['’‘`ʼ][\p{L}\p{M}\p{N}]+)*(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’‘`ʼ][\p{L}\p{M}\p{N}]+)*)*/gu;
const POSSESSIVE = /'s$/;
const POSSESSIVE_RAW = /(?<=\p{L})['’‘`ʼ][sS]$/u;
/** A term with a letter: a word, or a number written with one ("75th"), not a figure alone. */
export const HAS_LETTER = /\p{L}/u;
/** A term that starts as a figure: "6000", "9.3", "75th". */
export const DIGIT_FIRST = /^\p{N}/u;

// Most words are plain ASCII letters and digits: folding them is lower-casing (same result, far cheaper).
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

function foldWord(raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw.toLowerCase();
  return foldText(raw).replace(POSSESSIVE, '').replace(/['.]/g, '');
}

const stemCache = new Map<string, string>();

function porterStem(term: string): string {
  if (!HAS_LETTER.test(term) || term.length <= 2) return term;
  const stem = stemmer(term);
  return /[aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}i` : stem;
}

/** The stems of the function words ("on", "own", "will"), which no content word may share. */
let functionStems: ReadonlySet<string> | undefined;
/**
 * Appended to a content word's stem where the stemmer gives it a function word's: "one" is stemmed "on",
 * "owned" "own", "willing" "will", and would match every "on", "own" and "will" of a text.
 */
const CONTENT_MARK = '+';

/** The stem used for matching inflections; cached because vocabularies repeat words. */
export function stemOf(term: string): string {
  let stem = stemCache.get(term);
  if (stem === undefined) {
    stem = porterStem(term);
    functionStems ??= new Set([...STOPWORDS].map(porterStem));
    if (functionStems.has(stem) && !STOPWORDS.has(term)) stem += CONTENT_MARK;
    if (stemCache.size < 200_000) stemCache.set(term, stem);
  }
  return stem;
}

function makeToken(
  term: string,
  start: number,
  end: number,
  position: number,
  alias: boolean,
  word: number,
): Token {
  return { term, stem: stemOf(term), start, end, position, alias, word };
}

/** What one written word (no hyphen) always becomes: its term, stem and number aliases. */
interface WordForm {
  /** Length without a possessive "’s". */
  readonly length: number;
  readonly term: string;
  readonly stem: string;
  readonly aliases: readonly string[];
}

// Texts repeat their words: a written word is folded, stemmed and looked up as a number once.
const wordForms = new Map<string, WordForm>();
const WORD_FORM_LIMIT = 200_000;
/**
 * Where a written word is cut into parts: its hyphens, and the apostrophe of an elided article or pronoun
 * before a vowel, as French and Italian write them ("l’électricité", "d’Italia", "qu’il"): the word after it
 * is a word of its own, and the whole ("lelectricite") its compound, as "Jong-un" is "jong", "un" and "jongun".
 */
const PART_BREAK = /[-‐‑]|(?<=^(?:[cdjlmnst]|qu))['’‘`ʼ](?=[aeiouyhàâäéèêëîïôöùûüœæ])/iu;
const SPLIT_PARTS = new RegExp(PART_BREAK.source, 'giu');
/** A number with its thousands set apart or a decimal point: one word, "6000" and "9.3" (see `WORD`). */
const SEPARATED_NUMBER = /^\p{N}+[.,]\p{N}/u;
/** A figure with the size it counts in ("£9m", "$9.3bn", "5k"), and the word of that size. */
const SIZED = /^(\p{N}[\p{N}.]*)(m|bn|k|tn|trn)$/u;
const SIZES: Readonly<Record<string, string>> = {
  m: 'million',
  bn: 'billion',
  k: 'thousand',
  tn: 'trillion',
  trn: 'trillion',
};
/** How many zeros each size stands for. */
const ZEROS: Readonly<Record<string, number>> = { m: 6, bn: 9, k: 3, tn: 12, trn: 12 };

/** A figure with its size ("9.3bn"): the figure, the size's word, and its value in full when it is whole. */
export interface SizedFigure {
  readonly figure: string;
  readonly size: string;
  readonly full: string | undefined;
}

/**
 * The figure and size of a word such as "9.3bn" ({9.3, billion, 9300000000}) or "30k"
 * ({30, thousand, 30000}), which it stands for too, so that "9.3 billion" and "30,000" find it; else
 * undefined.
 */
export function sizedFigure(term: string): SizedFigure | undefined {
  const sized = SIZED.exec(term);
  if (!sized) return undefined;
  const [figure, unit] = [sized[1]!, sized[2]!];
  const [whole, fraction = '', more] = figure.split('.');
  const zeros = ZEROS[unit]!;
  const full =
    more === undefined && fraction.length <= zeros
      ? `${whole}${fraction.padEnd(zeros, '0')}`.replace(/^0+(?=\d)/u, '')
      : undefined;
  return { figure, size: SIZES[unit]!, full };
}

/** The digits a roman numeral stands for ("II": "2"), if it is one. */
function romanAliases(raw: string): string[] {
  const value = romanValue(raw);
  return value === undefined ? [] : [value];
}

/** What else a written figure stands for (see `sizedFigure`). */
function figureAliases(term: string): string[] {
  const sized = sizedFigure(term);
  if (!sized) return [];
  return sized.full === undefined ? [sized.figure, sized.size] : [sized.figure, sized.size, sized.full];
}

/** The form of a written word, or undefined for a hyphenated one (its parts are tokens of their own). */
function wordFormOf(written: string): WordForm | undefined {
  let form = wordForms.get(written);
  if (form !== undefined) return form;
  if (SEPARATED_NUMBER.test(written)) {
    // The same number however it is written: "6,000" is "6000"; "9.3" keeps its point (no "93").
    const term = written.replace(/,/g, '').toLowerCase();
    form = { length: written.length, term, stem: term, aliases: figureAliases(term) };
    if (wordForms.size < WORD_FORM_LIMIT) wordForms.set(written, form);
    return form;
  }
  const dotted = written.includes('.');
  if (!dotted && PART_BREAK.test(written)) return undefined;
  // A possessive "’s" is not part of the word: "Biegun’s" is "Biegun", highlighted without the "’s".
  const raw = written.replace(POSSESSIVE_RAW, '');
  const term = foldWord(raw);
  // A dotted acronym is never an inflected word: "U.S." must not share a stem with "use" and "used".
  const stem = dotted ? `${term}.` : stemOf(term);
  form = {
    length: raw.length,
    term,
    stem,
    aliases: [
      ...numberAliases([term]),
      ...figureAliases(term),
      ...romanAliases(raw),
      ...greekSpellings(term),
    ],
  };
  if (wordForms.size < WORD_FORM_LIMIT) wordForms.set(written, form);
  return form;
}

/** The words that multiply a number word before them into one figure: "three hundred" is 300. */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
};
/** A figure in digits, whole or with a decimal point ("464000", "1.5"), as the index writes it. */
export const FIGURE = /^\d+(?:\.\d+)?$/;
/** What may stand between a number word and its multiplier: a space or a line break. */
const SPACE = /^\s+$/u;

/**
 * The number word just before ("three", "twenty-five", "half") or figure ("1.5"): its value, where it stands,
 * its position and word.
 */
interface NumberWord {
  readonly value: number;
  /** Written in digits: only a multiplier joins it ("1.5 million"), as "half" (a) does. */
  readonly figure?: true;
  readonly start: number;
  readonly end: number;
  readonly position: number;
  readonly word: number;
}

/**
 * The number a number word and the next word make together, or undefined: "three hundred" is 300, "twenty
 * thousand" 20000, and "sixty five" (written without its hyphen) 65.
 */
function joinedValue(previous: NumberWord, term: string, value: number | undefined): number | undefined {
  if (Object.hasOwn(MULTIPLIERS, term)) {
    const joined = previous.value * MULTIPLIERS[term]!;
    return Number.isInteger(previous.value) ? joined : Math.round(joined);
  }
  if (previous.figure) return undefined;
  const tens = previous.value >= 20 && previous.value < 100 && previous.value % 10 === 0;
  return tens && value !== undefined && value > 0 && value < 10 ? previous.value + value : undefined;
}

/** The value of a number alias of whole digits ("25"), or undefined (ordinals such as "3rd"). */
function wholeValue(aliases: readonly string[]): number | undefined {
  const digits = aliases.find((alias) => /^\d+$/.test(alias));
  return digits === undefined ? undefined : Number(digits);
}

/** Scripts written without spaces between words: ICU's dictionaries find their words ("北京", "桃花"). */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let wordSegmenter: Intl.Segmenter | undefined;
/** `WORD` for `wordCount`'s own loop, so that its `lastIndex` is no one else's. */
const COUNTED_WORD = new RegExp(WORD.source, WORD.flags);

/** The words of a text as written, each with where it starts. */
function* writtenWords(text: string): Generator<{ written: string; start: number }> {
  const unspaced = UNSPACED.test(text);
  for (const match of text.matchAll(WORD)) {
    if (!unspaced || !UNSPACED.test(match[0])) {
      yield { written: match[0], start: match.index };
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const part of wordSegmenter.segment(match[0]))
      if (part.isWordLike) yield { written: part.segment, start: match.index + part.index };
  }
}

/**
 * An ordered list's number before a text's first word, as a step is quoted ("4. Loosen the nut"): it counts the
 * step, and is no word the step says, for a query of "4" or "4 percent" to find.
 */
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+(?=["“‘'(]?\p{L})/u;

/**
 * Splits text into searchable tokens. Pure and deterministic; offsets index into `text`. A list's number
 * before the first word ("4. Loosen the nut") is no token (see `LIST_NUMBER`).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  let word = -1;
  let number: NumberWord | undefined;
  const listNumber = LIST_NUMBER.exec(text)?.[0].length ?? 0;
  for (const { written, start } of writtenWords(text)) {
    if (start < listNumber) continue;
    word += 1;
    const form = wordFormOf(written);
    // "three hundred", "sixty five": the figure ("300", "65") is a term of the two words too.
    const previous = number;
    number = undefined;
    if (form !== undefined) {
      const end = start + form.length;
      tokens.push({ term: form.term, stem: form.stem, start, end, position, alias: false, word });
      for (const alias of form.aliases) tokens.push(makeToken(alias, start, end, position, true, word));
      const value = HAS_LETTER.test(form.term) ? wholeValue(form.aliases) : undefined;
      const spaced = previous !== undefined && SPACE.test(text.slice(previous.end, start));
      if (spaced) {
        const joined = joinedValue(previous, form.term, value);
        if (joined !== undefined && Number.isSafeInteger(joined))
          tokens.push(makeToken(String(joined), previous.start, end, previous.position, true, previous.word));
      }
      if (value !== undefined && value > 0) number = { value, start, end, position, word };
      // "1.5 million" is 1500000 and "half a million" 500000, as "three million" is 3000000.
      else if (FIGURE.test(form.term) && Number(form.term) > 0)
        number = { value: Number(form.term), figure: true, start, end, position, word };
      else if (form.term === 'half') number = { value: 0.5, figure: true, start, end, position, word };
      else if (form.term === 'a' && spaced && previous.value === 0.5) number = { ...previous, end };
      // A figure before "%" stands for "percent" too: "5 percent" finds "5%".
      if (text[end] === '%' && DIGIT_FIRST.test(form.term))
        tokens.push(makeToken('percent', start, end + 1, position, true, word));
      position += 1;
      continue;
    }
    const raw = written.replace(POSSESSIVE_RAW, '');
    const first = position;
    const folded: string[] = [];
    const pieces: Token[] = [];
    let offset = start;
    for (const piece of raw.split(SPLIT_PARTS)) {
      const term = foldWord(piece);
      folded.push(term);
      pieces.push(makeToken(term, offset, offset + piece.length, position, false, word));
      // "β-catenin": "beta" stands where "β" does.
      for (const spelled of greekSpellings(term))
        pieces.push(makeToken(spelled, offset, offset + piece.length, position, true, word));
      offset += piece.length + 1;
      position += 1;
    }
    tokens.push(...pieces);
    const end = start + raw.length;
    tokens.push(makeToken(folded.join(''), start, end, first, true, word));
    const aliases = numberAliases(folded);
    for (const alias of aliases) tokens.push(makeToken(alias, start, end, first, true, word));
    const value = wholeValue(aliases);
    if (value !== undefined && value > 0) number = { value, start, end, position: first, word };
    // A number that is one part of the word is a number too: "a five-year high" is a "5 year high"
    // ("twenty-five" is 25 alone, not 20 nor 5).
    if (aliases.length > 0) continue;
    for (const piece of pieces) {
      for (const alias of numberAliases([piece.term]))
        tokens.push(makeToken(alias, piece.start, piece.end, piece.position, true, word));
    }
  }
  return tokens;
}

/**
 * Words in a text, as a reader counts them: the tokens `tokenize` gives that are no alias, counted without
 * making them (a summary counts a whole article's words, which was a twelfth of its time).
 */
export function wordCount(text: string): number {
  const listNumber = LIST_NUMBER.exec(text)?.[0].length ?? 0;
  if (UNSPACED.test(text)) {
    let count = 0;
    for (const { written, start } of writtenWords(text)) if (start >= listNumber) count += tokensIn(written);
    return count;
  }
  // Spaced text, the usual, without `writtenWords`' generator: its objects were a ninth of a summary's garbage.
  let count = 0;
  COUNTED_WORD.lastIndex = 0;
  for (let match = COUNTED_WORD.exec(text); match !== null; match = COUNTED_WORD.exec(text)) {
    if (match.index >= listNumber) count += tokensIn(match[0]);
  }
  return count;
}

/** A word with a form is one token; a word cut in parts ("five-year", "l'année") one per part. */
function tokensIn(written: string): number {
  return wordFormOf(written) === undefined
    ? written.replace(POSSESSIVE_RAW, '').split(SPLIT_PARTS).length
    : 1;
}
