const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Own-property lookup: "constructor" is not a number word. */
function lookup(table: Readonly<Record<string, number>>, word: string | undefined): number | undefined {
  return word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;
}

/** The numbers written as one word, zero to nineteen and the tens ("twenty", not "twenty-one"). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS)];

/** The value of a number word from zero to nineteen ("twelve" → 12), or undefined. */
export function unitValue(word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(UNITS, key) ? UNITS[key] : undefined;
}

/**
 * The digit forms of an English number word, so that "75th" finds "seventy-fifth" and "3" finds "three".
 * `parts` are the folded words of one hyphenated word ("seventy", "fifth"). Returns [] for other words.
 */
export function numberAliases(parts: readonly string[]): string[] {
  if (parts.length === 0 || parts.length > 2) return [];
  const [first, second] = parts as [string, string | undefined];
  let value: number | undefined;
  let ordinal = false;
  if (second === undefined) {
    value = lookup(UNITS, first) ?? lookup(TENS, first);
    if (value === undefined && lookup(ORDINAL_UNITS, first) !== undefined) {
      value = lookup(ORDINAL_UNITS, first);
      ordinal = true;
    }
  } else {
    const tens = lookup(TENS, first);
    if (tens === undefined) return [];
    const unit = lookup(UNITS, second);
    const ordinalUnit = lookup(ORDINAL_UNITS, second);
    if (unit !== undefined && unit > 0 && unit < 10) value = tens + unit;
    else if (ordinalUnit !== undefined && ordinalUnit < 10) {
      value = tens + ordinalUnit;
      ordinal = true;
    }
  }
  if (value === undefined) return [];
  return ordinal ? [`${value}${ordinalSuffix(value)}`] : [String(value)];
}

/** A roman numeral in capitals from II to XXXIX ("World War II", "Henry VIII", "Title IX"). */
const ROMAN = /^(?=[IVX]{2})(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/**
 * The digits of a roman numeral as a text writes it, in capitals ("II" → "2", so that "world war 2" finds
 * "World War II"), or undefined. One letter is no numeral ("I", "V", "X" are a word or a letter), nor are
 * capitals of other letters (an acronym: "CV", "XL").
 */
export function romanValue(written: string): string | undefined {
  if (!ROMAN.test(written)) return undefined;
  let value = 0;
  for (let i = 0; i < written.length; i++) {
    const digit = ROMAN_DIGITS[written[i]!]!;
    const next = ROMAN_DIGITS[written[i + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return String(value);
}
