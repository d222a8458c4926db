/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, "nucelar" → "nuclear" is 1),
 * giving up early once the distance must exceed `max`. Any distance above `max` may be returned as it is
 * or as `max + 1`: callers only ask whether it is within `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length === 0) return a.length;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/** Longest word the bit-parallel form handles: one bit of a 32-bit integer per character. */
const WORD_BITS = 32;

/**
 * One word compared with many others (a query word against a vocabulary): the same distance as
 * `editDistance`, computed with one 32-bit vector per column instead of a table (Hyyrö's bit-parallel
 * optimal string alignment, 2003), so that a comparison costs a few operations per character and
 * allocates nothing. Words longer than 32 characters fall back to the table.
 */
export class EditPattern {
  /** Bit i of `ascii[c]` is set when the word's character i is c (c < 128); other characters in `wide`. */
  private readonly ascii = new Int32Array(128);
  private readonly wide = new Map<number, number>();

  constructor(readonly word: string) {
    if (word.length > WORD_BITS) return;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code < 128) this.ascii[code]! |= 1 << i;
      else this.wide.set(code, (this.wide.get(code) ?? 0) | (1 << i));
    }
  }

  /** `editDistance(this.word, other, max)`, any distance above `max` given as `max + 1`. */
  distance(other: string, max: number): number {
    const m = this.word.length;
    const n = other.length;
    if (Math.abs(m - n) > max) return max + 1;
    if (m === 0) return n;
    if (m > WORD_BITS) return Math.min(max + 1, editDistance(this.word, other, max));
    // Vertical differences of the last column as bit vectors: vp (+1), vn (−1); d0 marks zero diagonals.
    let vp = -1;
    let vn = 0;
    let d0 = 0;
    let previous = 0;
    let distance = m;
    const last = 1 << (m - 1);
    for (let j = 0; j < n; j++) {
      const code = other.charCodeAt(j);
      const match = code < 128 ? this.ascii[code]! : (this.wide.get(code) ?? 0);
      const transposed = ((~d0 & match) << 1) & previous;
      d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
      let hp = vn | ~(d0 | vp);
      let hn = d0 & vp;
      if (hp & last) distance += 1;
      else if (hn & last) distance -= 1;
      hp = (hp << 1) | 1;
      hn <<= 1;
      vp = hn | ~(d0 | hp);
      vn = hp & d0;
      previous = match;
      // Each character left can lower the distance by one at most.
      if (distance - (n - 1 - j) > max) return max + 1;
    }
    return distance <= max ? distance : max + 1;
  }
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 9 ? 1 : 2;
}

/** The word with its letters at `at` and `at + 1` swapped (the commonest slip: "teh", "recieve"). */
export function swapped(word: string, at: number): string {
  return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
}

/** The word with two letters side by side swapped, each way it can be ("doubeld": odubeld, …, doubled). */
export function transpositions(word: string): string[] {
  const forms: string[] = [];
  for (let at = 0; at + 1 < word.length; at++) if (word[at] !== word[at + 1]) forms.push(swapped(word, at));
  return forms;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The words one slip makes of a word: a letter left out, added or changed, or two side by side swapped. */
export function* slipsOf(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) yield head + tail.slice(1);
    if (tail.length > 1) yield swapped(word, i);
    for (const letter of LETTERS) {
      yield head + letter + tail;
      if (tail.length > 0 && letter !== tail[0]) yield head + letter + tail.slice(1);
    }
  }
}

/**
 * The words the commonest slips make of a word: a double letter written single or a letter written twice
 * ("polination", "occured"), or two letters side by side swapped.
 */
export function* commonSlipsOf(word: string): Generator<string> {
  for (let at = 0; at < word.length; at++) {
    if (word[at] === word[at + 1]) yield word.slice(0, at) + word.slice(at + 1);
    else if (at + 1 < word.length) yield swapped(word, at);
    yield word.slice(0, at + 1) + word.slice(at);
  }
}
