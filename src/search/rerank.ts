import Fuse from 'fuse.js';
import { foldText } from '../text/fold.js';
import type { ScoredPassage } from './score.js';

/** One query word against one text, as fuse.js's token search (`useTokenSearch`) compares them. */
const WORD_OPTIONS = { threshold: 0.6, ignoreLocation: true } as const;
/** fuse.js's default tokenizer, applied to lower-cased text. */
const FUSE_WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/** fuse.js never scores a match below this. */
const FUSE_BEST_SCORE = 0.001;

/**
 * Re-ranks the index's best candidates with fuse.js (token search over their text, the whole query, stop
 * words included), blended with the index's own rank: `rank + weight × (1 − fuse score)`. The index
 * decides what is found and weighs it; fuse.js mostly breaks near-ties, e.g. in favour of the sentence
 * that also has the query's small words ("in the course of"). Measured: fuse.js's order alone is worse.
 *
 * Only the first `limit` of the order returned are final (the rest keep the index's order): fuse.js
 * compares the query with those candidates only that blending can bring into the first `limit`.
 */
export function rerankWithFuse(
  query: string,
  scored: readonly ScoredPassage[],
  /** The passage's folded text (`foldText`). */
  textOf: (at: number) => string,
  weight: number,
  limit: number,
): ScoredPassage[] {
  const open = contested(scored, weight, limit);
  if (open === 0) return [...scored];
  const similarity = fuseSimilarity(
    foldText(query),
    scored.map((item) => textOf(item.at)),
    open,
  );
  const head = scored
    .slice(0, open)
    .map((item, i) => ({ item, blended: item.rank + weight * similarity[i]! }))
    .sort((a, b) => b.blended - a.blended || a.item.at - b.item.at)
    .map(({ item }) => item);
  return [...head, ...scored.slice(open)];
}

/**
 * How many of the first candidates (best rank first) blending can reorder within the first `limit`:
 * it adds less than `weight`, so a candidate further than that below the `limit`-th stays out, and
 * candidates further apart than that keep their order. 0 when nothing can move: fuse.js is skipped.
 */
function contested(scored: readonly ScoredPassage[], weight: number, limit: number): number {
  if (weight <= 0 || scored.length < 2) return 0;
  let open = Math.max(1, Math.min(limit, scored.length));
  const last = scored[open - 1]!.rank;
  while (open < scored.length && scored[open]!.rank + weight >= last) open += 1;
  for (let i = 1; i < open; i++) if (scored[i - 1]!.rank - scored[i]!.rank < weight) return open;
  return 0;
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(FUSE_WORD) ?? [];

/** How many texts' sets of words are remembered (emptied when full), as many as passages' folded texts. */
const TEXT_WORDS_LIMIT = 20_000;
const textWords = new Map<string, ReadonlySet<string>>();

/** The distinct words of a text, remembered: the candidates of one query are often those of the next. */
function wordSetOf(text: string): ReadonlySet<string> {
  let words = textWords.get(text);
  if (words === undefined) {
    words = new Set(wordsOf(text));
    if (textWords.size >= TEXT_WORDS_LIMIT) textWords.clear();
    textWords.set(text, words);
  }
  return words;
}

/**
 * `1 − score` that `new Fuse(texts, { includeScore: true, ignoreLocation: true, useTokenSearch: true,
 * threshold: 0.6 }).search(query)` gives each of the first `count` texts (0 when not found), computed for
 * those texts only: fuse.js's token search weighs each query word's fuzzy match (`Fuse.match`, its bitap
 * search) by the word's inverse document frequency among all the texts, and the result by the text's
 * length norm. fuse.js has no call that scores a few texts of a collection, and comparing words with
 * texts is most of its cost (tests/search/rerank.test.ts checks this against fuse.js itself).
 */
export function fuseSimilarity(query: string, texts: readonly string[], count: number): number[] {
  const similarity = new Array<number>(count).fill(0);
  // A blank query lists every text, unscored.
  if (query.trim().length === 0) return similarity;
  const words = wordsOf(query);
  if (words.length === 0) return similarity;
  const frequency = new Map<string, number>(words.map((word) => [word, 0]));
  let fields = 0;
  for (const text of texts) {
    if (text.trim().length === 0) continue;
    const present = wordSetOf(text);
    if (present.size === 0) continue;
    fields += 1;
    for (const [word, df] of frequency) if (present.has(word)) frequency.set(word, df + 1);
  }
  const idf = words.map((word) => {
    const df = frequency.get(word)!;
    return Math.log(1 + (fields - df + 0.5) / (df + 0.5));
  });
  const patterns = words.map((word) => new WordPattern(word));
  for (let i = 0; i < count; i++) {
    const text = texts[i]!;
    if (text.trim().length === 0) continue;
    // fuse.js compares the lower-cased text.
    const lower = text.toLowerCase();
    let weighted = 0;
    let possible = 0;
    let matched = 0;
    for (let w = 0; w < words.length; w++) {
      const score = wordScore(patterns[w]!, lower);
      possible += idf[w]!;
      if (score !== NO_MATCH) {
        matched += 1;
        weighted += idf[w]! * (1 - score);
      }
    }
    if (matched === 0) continue;
    const normalized = possible > 0 ? 1 - weighted / possible : 0;
    similarity[i] = 1 - Math.pow(Math.max(FUSE_BEST_SCORE, normalized), lengthNorm(text));
  }
  return similarity;
}

/** How many word-in-text results are remembered (emptied when full), as many as passages' folded texts. */
const WORD_SCORES_LIMIT = 20_000;
const NO_MATCH = -1;
const wordScores = new Map<string, Map<string, number>>();
let wordScoreCount = 0;

/**
 * `Fuse.match(word, text)`'s score, `NO_MATCH` when it does not match, remembered: queries repeat their
 * words and their hits repeat sentences. A word found as written needs no memo (`WordPattern.score` says
 * so at once); the others cost a bitap search each.
 */
function wordScore(pattern: WordPattern, text: string): number {
  const word = pattern.word;
  let byText = wordScores.get(word);
  let score = byText?.get(text);
  if (score !== undefined) return score;
  score = pattern.score(text);
  if (score === FUSE_BEST_SCORE) return score;
  if (wordScoreCount >= WORD_SCORES_LIMIT) {
    wordScores.clear();
    wordScoreCount = 0;
    byText = undefined;
  }
  if (byText === undefined) wordScores.set(word, (byText = new Map()));
  byText.set(text, score);
  wordScoreCount += 1;
  return score;
}

/** fuse.js's threshold for WORD_OPTIONS: a match with more errors than this share of the word fails. */
const THRESHOLD = WORD_OPTIONS.threshold;
/** fuse.js's bitap works on words of at most this many characters (longer ones it splits). */
const BITAP_MAX = 32;
/**
 * The bitap's two rows (this error count's and the last one's), shared by every search: one runs at a time.
 */
let rows = [new Int32Array(512), new Int32Array(512)] as const;

/**
 * One query word as fuse.js's bitap search (`Fuse.match(word, text, WORD_OPTIONS)`) compares it with
 * texts, built once per word rather than per text, with no allocation per text: the same steps as fuse.js
 * 7's `search` with `ignoreLocation` (so every error count scans the whole text, and the score is errors
 * / length), on reused typed arrays. Checked against fuse.js itself (tests/search/rerank.test.ts).
 */
export class WordPattern {
  /** Bit masks of the word's characters (fuse.js's pattern alphabet), by UTF-16 code unit. */
  private readonly ascii = new Int32Array(128);
  private readonly others = new Map<number, number>();

  /** `word` in lower case (fuse.js lower-cases the pattern). */
  constructor(readonly word: string) {
    const length = word.length;
    for (let i = 0; i < length; i++) {
      const code = word.charCodeAt(i);
      const bit = 1 << (length - i - 1);
      if (code < 128) this.ascii[code]! |= bit;
      else this.others.set(code, (this.others.get(code) ?? 0) | bit);
    }
  }

  private maskOf(code: number): number {
    return code < 128 ? this.ascii[code]! : (this.others.get(code) ?? 0);
  }

  /** fuse.js's score of the word in `text` (lower case), `NO_MATCH` when it does not match. */
  score(text: string): number {
    const word = this.word;
    // fuse.js has no pattern to look for in an empty word.
    if (word.length === 0) return NO_MATCH;
    if (word === text) return 0;
    // fuse.js's bitap finds an exact occurrence with no error: its best score.
    if (text.includes(word)) return FUSE_BEST_SCORE;
    if (word.length > BITAP_MAX) {
      const result = Fuse.match(word, text, WORD_OPTIONS);
      return result.isMatch ? result.score : NO_MATCH;
    }
    const length = word.length;
    const textLength = text.length;
    const finish = textLength + length;
    if (rows[0].length < finish + 2)
      rows = [new Int32Array(2 * (finish + 2)), new Int32Array(2 * (finish + 2))];
    let [bits, last] = rows;
    const mask = 1 << (length - 1);
    let threshold: number = THRESHOLD;
    let found = false;
    let finalScore = 1;
    for (let errors = 0; errors < length; errors++) {
      bits[finish + 1] = (1 << errors) - 1;
      for (let j = finish; j >= 1; j--) {
        const charMatch = j - 1 < textLength ? this.maskOf(text.charCodeAt(j - 1)) : 0;
        let value = ((bits[j + 1]! << 1) | 1) & charMatch;
        if (errors > 0) value |= ((last[j + 1]! | last[j]!) << 1) | 1 | last[j + 1]!;
        bits[j] = value;
        if ((value & mask) !== 0) {
          finalScore = errors / length;
          if (finalScore <= threshold) {
            threshold = finalScore;
            found = true;
          }
        }
      }
      if ((errors + 1) / length > threshold) break;
      const swap = last;
      last = bits;
      bits = swap;
    }
    return found ? Math.max(FUSE_BEST_SCORE, finalScore) : NO_MATCH;
  }
}

/** fuse.js's field-length norm: 1 / √(words separated by white space), to three decimals. */
function lengthNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words += 1;
    inWord = !separator;
  }
  return Math.round(1000 / Math.pow(Math.max(1, words), 0.5)) / 1000;
}
