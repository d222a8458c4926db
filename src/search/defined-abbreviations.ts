import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * Abbreviations a text defines in brackets after their long form, as scientific and technical writing does:
 * "reactive oxygen species (ROS)", "Interleukin-6 (IL-6)", "interleukin 6 (IL-6)", "critical thermal maximum
 * (CTmax)", "N-acetylcysteine (NAC, 100 µM)". Told by shape alone, never by a list: the short form is one word in
 * brackets (what follows a comma or semicolon inside them is left out), and its letters are, in order, the initials
 * of the long form's words and of their hyphen-joined parts, with more letters taken from inside those words
 * ("max" of "maximum", "c" of "acetylcysteine") and its figures from the long form's figures ("6" of "interleukin
 * 6"). The long form is the fewest words before the bracket that spell it so (the classic rule of Schwartz and
 * Hearst, 2003).
 */

/** A short form defined in brackets: its folded parts joined ("il6"), and its long form's folded parts. */
export interface DefinedAbbreviation {
  readonly short: string;
  readonly long: readonly string[];
}

/** A bracket that opens on one word, perhaps hyphen-joined, then closes or goes on after a comma or semicolon. */
const BRACKETED = /\(([\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*)(?:\)|[,;][^()]*\))/gu;
/** The words before a bracket, last first: letters and figures, hyphen-joined parts kept together. */
const WORD_BEFORE = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
/** What ends a long form going back from its bracket: any mark but a hyphen inside a word. */
const CLAUSE_MARK = /[^-‐‑\p{L}\p{N}\s]/u;
const PART_BREAK = /[-‐‑]/u;
/** Letters and figures a short form has at least and at most: "ROS" has three, "IL-6R" four. */
const MIN_SHORT = 2;
const MAX_SHORT = 10;

/** The abbreviations a sentence defines in brackets (see the module's comment). */
export function definedAbbreviations(sentence: string): DefinedAbbreviation[] {
  if (!sentence.includes('(')) return [];
  const found: DefinedAbbreviation[] = [];
  for (const match of sentence.matchAll(BRACKETED)) {
    const short = foldText(match[1]!)
      .split(PART_BREAK)
      .join('')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (short.length < MIN_SHORT || short.length > MAX_SHORT || !/\p{L}/u.test(short)) continue;
    const long = longFormOf(short, sentence.slice(0, match.index));
    if (long !== undefined) found.push({ short, long });
  }
  return found;
}

/**
 * The fewest words right before a bracket whose parts spell the short form (`spells`), as folded parts, or
 * undefined. At most as many words as the short form has letters and five more, or twice as many, whichever is
 * fewer, as Schwartz and Hearst bound it.
 */
function longFormOf(short: string, before: string): string[] | undefined {
  const clause = before.trimEnd();
  let start = clause.length;
  while (start > 0 && !CLAUSE_MARK.test(clause[start - 1]!)) start--;
  const words = (clause.slice(start).match(WORD_BEFORE) ?? []).map((word) => foldText(word));
  const most = Math.min(short.length + 5, short.length * 2);
  for (let count = 1; count <= Math.min(most, words.length); count++) {
    const chosen = words.slice(words.length - count);
    if (STOPWORDS.has(chosen[0]!) || chosen[0]![0] !== short[0]) continue;
    const parts = chosen.flatMap((word) => word.split(PART_BREAK)).filter((part) => part.length > 0);
    // One word alone ("mitochondria (MT)") is no long form, nor one that holds the short form itself.
    if (parts.length < 2 || parts.includes(short) || chosen.includes(short)) continue;
    if (spells(short, parts, 0, 0)) return parts;
  }
  return undefined;
}

/**
 * Whether the short form's letters from `at` are spelt by the parts from `part`: each part that is no small word
 * gives its first letter, then perhaps more of its letters in order; a small word ("of", "and") gives its first
 * letter or nothing.
 */
function spells(short: string, parts: readonly string[], at: number, part: number): boolean {
  if (part === parts.length) return at === short.length;
  const word = parts[part]!;
  if (STOPWORDS.has(word) && spells(short, parts, at, part + 1)) return true;
  if (at === short.length || word[0] !== short[at]) return false;
  return spellsWithin(short, parts, at + 1, part, 1);
}

/** Whether, after the part's letters before `from` gave the short form's up to `at`, the rest is spelt. */
function spellsWithin(
  short: string,
  parts: readonly string[],
  at: number,
  part: number,
  from: number,
): boolean {
  if (spells(short, parts, at, part + 1)) return true;
  if (at === short.length) return false;
  const word = parts[part]!;
  for (let i = word.indexOf(short[at]!, from); i >= 0; i = word.indexOf(short[at]!, i + 1)) {
    if (spellsWithin(short, parts, at + 1, part, i + 1)) return true;
  }
  return false;
}

/** The abbreviations a library's sentences define, both ways: short form to long forms, long form to short forms. */
export class AbbreviationTable {
  private readonly longForms = new Map<string, Map<string, readonly string[]>>();
  private readonly shortForms = new Map<string, Set<string>>();
  /** The most parts of any long form: a query's run of words is looked up no longer. */
  longest = 0;

  constructor(sentences: Iterable<string>) {
    for (const sentence of sentences) {
      for (const { short, long } of definedAbbreviations(sentence)) {
        const key = long.join(' ');
        let forms = this.longForms.get(short);
        if (forms === undefined) this.longForms.set(short, (forms = new Map()));
        forms.set(key, long);
        let shorts = this.shortForms.get(key);
        if (shorts === undefined) this.shortForms.set(key, (shorts = new Set()));
        shorts.add(short);
        this.longest = Math.max(this.longest, long.length);
      }
    }
  }

  /** The long forms (folded parts) the library defines a short form ("il6") by. */
  longFormsOf(short: string): (readonly string[])[] {
    return [...(this.longForms.get(short)?.values() ?? [])];
  }

  /** The short forms ("ros") the library defines for a long form's folded parts joined by spaces. */
  shortFormsOf(long: string): string[] {
    return [...(this.shortForms.get(long) ?? [])];
  }
}
