/**
 * A letter's parts that are no passage of it, read from its shape: a salutation among its first paragraphs
 * ("Dear Sir,", "Sir:", "My dear Colonel,"), the lines above it that address it ("Hon. Simon Cameron, Secretary
 * of War"), and its sign-off at the end, a closing formula and the name under it ("Very respectfully, your
 * obedient servant," / "R. E. Lee Colonel First Cavalry", or "Yours, A. Lincoln." on one line).
 */
export interface LetterParts {
  /** The paragraphs above the salutation: whom the letter is to, a line to find, not a heading. */
  readonly address: readonly boolean[];
  /** The salutation, the closing and the signature: kept, as a heading is, and never quoted. */
  readonly formula: readonly boolean[];
}

/** A salutation alone on its line: "Dear Sir,", "My dear Mr. Greeley:", "Sir:", "Gentlemen,". */
const SALUTATION =
  /^(?:(?:my )?(?:dear|dearest)\s+[\p{L}.' -]{1,40}|sir|sirs|madam|madame|gentlemen|to whom it may concern)\s*[,:]$/iu;
/** How far into the body a salutation may stand (after a dateline and an address of two lines). */
const SALUTATION_WITHIN = 3;
/** A closing formula's and a signature's most words: "Very respectfully, your obedient servant,". */
const SIGN_OFF_WORDS = 8;
/** A closing formula's most words before the name when both share one line ("Yours, A. Lincoln."). */
const CLOSING_WORDS = 4;
/** How many paragraphs at the end a closing may stand in: the closing, a name, a rank or place. */
const SIGN_OFF_WITHIN = 3;

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];

/** A line of a name and rank: every word capitalised or an initial ("R. E. Lee Colonel First Cavalry"). */
function isNameLine(text: string): boolean {
  const words = wordsOf(text.replace(/[.,]$/, ''));
  return words.length > 0 && words.length <= SIGN_OFF_WORDS && words.every((word) => /^\p{Lu}/u.test(word));
}

/** A closing formula alone: a few words ending in a comma ("Yours truly,", "Very respectfully, your obedient servant,"). */
function isClosing(text: string): boolean {
  const words = wordsOf(text);
  return /,$/.test(text.trim()) && words.length > 0 && words.length <= SIGN_OFF_WORDS;
}

/** A closing and the name on one line: "Yours, A. Lincoln.", "Sincerely, Jane Roe". */
function isClosingWithName(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const closing = wordsOf(text.slice(0, comma));
  return closing.length > 0 && closing.length <= CLOSING_WORDS && isNameLine(text.slice(comma + 1).trim());
}

/**
 * The letter parts of a body's paragraphs (`texts`); none of a text with no salutation near its start, which is
 * no letter: a speech's closing "Thank you," or a name line under an essay are read as they always were.
 */
export function letterParts(texts: readonly string[]): LetterParts {
  const address = texts.map(() => false);
  const formula = texts.map(() => false);
  const salutation = texts
    .slice(0, SALUTATION_WITHIN)
    .findIndex((text) => wordsOf(text).length <= SIGN_OFF_WORDS && SALUTATION.test(text.trim()));
  if (salutation < 0) return { address, formula };
  formula[salutation] = true;
  for (let i = 0; i < salutation; i += 1) address[i] = true;
  const last = texts.length - 1;
  if (last <= salutation) return { address, formula };
  if (isClosingWithName(texts[last]!)) {
    formula[last] = true;
    return { address, formula };
  }
  // A closing formula before the end, and the name (and rank) lines after it to the end.
  for (let closing = last; closing > salutation && closing >= texts.length - SIGN_OFF_WITHIN; closing -= 1) {
    if (!isClosing(texts[closing]!)) continue;
    const after = texts.slice(closing + 1);
    if (!after.every(isNameLine)) break;
    for (let i = closing; i <= last; i += 1) formula[i] = true;
    break;
  }
  return { address, formula };
}
