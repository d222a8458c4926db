import type { EditPattern } from './edit-distance.js';

/** Bit of a character in a word's letter mask: a–z each their own, any other character one of six more. */
function bitOf(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
}

function maskOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= bitOf(word.charCodeAt(i));
  return mask;
}

const PAD = '\u0001';

/** Distinct padded trigrams of a word, each as a number ("$$w", "$wo", … "d$$"). */
function gramsOf(word: string): Set<number> {
  const padded = `${PAD}${PAD}${word}${PAD}${PAD}`;
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    grams.add(
      padded.charCodeAt(i) * 0x1_0000_0000 + padded.charCodeAt(i + 1) * 0x1_0000 + padded.charCodeAt(i + 2),
    );
  }
  return grams;
}

/**
 * Whether a word shares with `word` as many padded trigrams as `budget` edits leave (`trigrams − 4 ×
 * budget`: an edit changes at most 4) and at least one: the count filter of the trigram index that
 * `NearWords` replaced, kept on the words it finds so that typo candidates stay what they were. Within the
 * budget it is mostly the "at least one" that fails: a short word with a wide budget ("rel", 2) does not
 * reach unrelated short words ("new").
 */
export function sharesTrigrams(word: string, budget: number): (other: string) => boolean {
  let grams: Set<number> | undefined;
  let needed = 0;
  return (other) => {
    if (grams === undefined) {
      grams = gramsOf(word);
      needed = Math.max(1, grams.size - 4 * budget);
    }
    return sharedGrams(grams, other) >= needed;
  };
}

/**
 * How many of `other`'s distinct padded trigrams are in `grams` (`gramsOf(other)` counted against them),
 * read off the word without building its set: it runs for every near word of every typo.
 */
function sharedGrams(grams: ReadonlySet<number>, other: string): number {
  const length = other.length + 4;
  const code = (i: number): number => (i < 2 || i >= length - 2 ? 1 : other.charCodeAt(i - 2));
  let shared = 0;
  for (let i = 0; i + 3 <= length; i++) {
    const gram = code(i) * 0x1_0000_0000 + code(i + 1) * 0x1_0000 + code(i + 2);
    if (!grams.has(gram)) continue;
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) {
      repeated = code(j) * 0x1_0000_0000 + code(j + 1) * 0x1_0000 + code(j + 2) === gram;
    }
    if (!repeated) shared += 1;
  }
  return shared;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const LETTERS = /^\p{L}+$/u;
/** Mask of a word that is left out: not all letters. */
const NOT_LETTERS = 0;

/**
 * The word's letter mask, or `NOT_LETTERS` when a character of it is not a letter (`/^\p{L}+$/u`, read
 * without the regex for words of a–z).
 */
function letterMaskOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return LETTERS.test(word) ? maskOf(word) : NOT_LETTERS;
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) return NOT_LETTERS;
    mask |= bitOf(code);
  }
  return mask;
}

/**
 * A vocabulary laid out for "which words are within k edits of this one", built in one pass over the words
 * (no per-word index to build on the first typo, no memory per character). Words are grouped by length, so
 * that only lengths within k of the word are read, and each carries a mask of the letters it has: an edit
 * adds or removes at most one letter on each side (a transposition none), so a word within k edits differs
 * in at most 2k letters of the mask. The few words left are measured exactly (`EditPattern`).
 */
export class NearWords {
  /** Word ids ordered by length; those of length L are `ids[starts[L]] … ids[starts[L + 1] - 1]`. */
  private readonly ids: Uint32Array;
  private readonly starts: Uint32Array;
  /** Letter mask of `ids[k]`, at the same position. */
  private readonly masks: Int32Array;

  /**
   * `words[i]` is found under id i; words shorter than `minLength` or with a character that is not a
   * letter are left out.
   */
  constructor(
    private readonly words: readonly string[],
    minLength: number,
  ) {
    // One pass over the characters: each word's mask (zero when left out), and how many of each length.
    const wordMasks = new Int32Array(words.length);
    let longest = 0;
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      if (word.length < minLength || word.length === 0) continue;
      wordMasks[id] = letterMaskOf(word);
      if (word.length > longest) longest = word.length;
    }
    const starts = new Uint32Array(longest + 2);
    for (let id = 0; id < words.length; id++) {
      if (wordMasks[id] !== NOT_LETTERS) starts[words[id]!.length + 1]! += 1;
    }
    for (let length = 1; length < starts.length; length++) starts[length]! += starts[length - 1]!;
    const fill = starts.slice(0, longest + 1);
    this.ids = new Uint32Array(starts[longest + 1]!);
    this.masks = new Int32Array(this.ids.length);
    for (let id = 0; id < words.length; id++) {
      const mask = wordMasks[id]!;
      if (mask === NOT_LETTERS) continue;
      const at = fill[words[id]!.length]!++;
      this.ids[at] = id;
      this.masks[at] = mask;
    }
    this.starts = starts;
  }

  /** Calls `found` with each word within `budget` edits of the pattern's word and its distance, by length. */
  within(pattern: EditPattern, budget: number, found: (id: number, distance: number) => void): void {
    const word = pattern.word;
    const mask = maskOf(word);
    const lengths = this.starts.length - 1;
    const from = this.starts[Math.min(lengths, Math.max(0, word.length - budget))]!;
    const to = this.starts[Math.min(lengths, Math.max(0, word.length + budget + 1))]!;
    const letters = 2 * budget;
    for (let k = from; k < to; k++) {
      if (bitCount(mask ^ this.masks[k]!) > letters) continue;
      const id = this.ids[k]!;
      const distance = pattern.distance(this.words[id]!, budget);
      if (distance <= budget) found(id, distance);
    }
  }
}
