import type { Passage } from '../content/article.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { PassageRange } from './candidates.js';
import { compileTerms } from './compiled-query.js';
import type { QueryTerm } from './query-term.js';
import { questionOf } from './question.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * How many content words a query needs before a run of two of them may answer it: a short query's words are
 * each wanted, a long one's are a retelling, and a retelling shares a phrase with what it retells more often
 * than its scattered words.
 */
export const RUN_QUERY_WORDS = 5;
/** At most this many sentences of the library may have a run for it to answer: a rare phrase is a topic. */
export const RUN_SENTENCES = 3;

/** Two content words of a query next to each other as typed, the small words between them too, as stems. */
export interface WordRun {
  readonly stems: readonly string[];
  /** The units (see `wordRunsOf`) of its two words. */
  readonly units: readonly [number, number];
}

/** A sentence with a run of the query, and how many sentences of the library have that run. */
export interface RunHit {
  readonly at: number;
  /** Word positions of the run's first and last word in the sentence. */
  readonly span: readonly [number, number];
  readonly run: WordRun;
  readonly sentences: number;
}

/**
 * The runs of a query long enough for them (see `RUN_QUERY_WORDS`) that is no question: each two content
 * words of different units with only small words between them ("dreamed of scoring"). A unit is a term, or
 * the terms of one name or dictionary phrase ("home ground", "Bank of England"), which count as one word: a
 * phrase is no run of two. A light word (a question's frame, "always") or a filler ("quote") breaks a run.
 * None for a shorter query or a question.
 */
export function wordRunsOf(query: string, terms: readonly QueryTerm[]): WordRun[] {
  if (questionOf(query) !== undefined) return [];
  const units = new Set(terms.flatMap((term, i) => (term.light ? [] : [term.name ?? -1 - i])));
  if (units.size < RUN_QUERY_WORDS) return [];
  const parts = terms.map((term) => tokenize(term.label).map((token) => token.term));
  const tokens = tokenize(query).filter((token) => !token.alias);
  // Per token: its unit when it is a content word of the terms, null for a small word, undefined else.
  const unitOf: (number | null | undefined)[] = [];
  let cursor = 0;
  for (const token of tokens) {
    if (STOPWORDS.has(token.term)) {
      unitOf.push(null);
      continue;
    }
    const at = parts.findIndex((words, i) => i >= cursor && words.includes(token.term));
    if (at < 0) {
      unitOf.push(undefined);
      continue;
    }
    cursor = at;
    const term = terms[at]!;
    unitOf.push(term.light ? undefined : (term.name ?? -1 - at));
  }
  const runs: WordRun[] = [];
  let previous = -1;
  for (const [i, unit] of unitOf.entries()) {
    if (unit === null) continue;
    if (unit !== undefined && previous >= 0 && unitOf[previous] !== unit) {
      const run = tokens.slice(previous, i + 1);
      runs.push({
        stems: run.map((token) => token.stem),
        units: [unitOf[previous]!, unit],
      });
    }
    previous = unit === undefined ? -1 : i;
  }
  return runs;
}

/**
 * The sentences of the range that have one of the runs, word for word in order (each word in any of its
 * forms: "nominations" for "nominated"), when at most `RUN_SENTENCES` sentences of the index have it; the
 * rarest run's first.
 */
export function sentencesWithRuns(
  index: SentenceIndex,
  tokensOf: (passage: Passage) => readonly Token[],
  runs: readonly WordRun[],
  range: PassageRange,
): RunHit[] {
  const found: RunHit[] = [];
  for (const run of runs) {
    const first = run.stems[0]!;
    const last = run.stems[run.stems.length - 1]!;
    const rarer = postingsOf(index, first).length <= postingsOf(index, last).length ? first : last;
    const having = postingsOf(index, rarer).flatMap((at) => {
      const span = spanOf(tokensOf(index.passages[at]!), run.stems);
      return span === undefined ? [] : [{ at, span }];
    });
    if (having.length === 0 || having.length > RUN_SENTENCES) continue;
    for (const { at, span } of having)
      if (at >= range.from && at < range.to) found.push({ at, span, run, sentences: having.length });
  }
  return found.sort((a, b) => a.sentences - b.sentences || a.at - b.at);
}

/** Every passage with a word of this stem, ascending, each once. */
function postingsOf(index: SentenceIndex, stem: string): number[] {
  const all = new Set<number>();
  for (const term of index.termsWithStem(stem)) {
    const id = index.termId(term);
    if (id !== undefined) for (const at of index.postings(id)) all.add(at);
  }
  return [...all].sort((a, b) => a - b);
}

/**
 * Where the tokens say the stems side by side in order (the parts of "Oscar-nominated" too): the positions
 * of the first and the last; undefined when they do not.
 */
function spanOf(tokens: readonly Token[], stems: readonly string[]): [number, number] | undefined {
  const said = tokens.filter((token) => !token.alias);
  const i = said.findIndex((_, i) => stems.every((stem, j) => said[i + j]?.stem === stem));
  return i < 0 ? undefined : [said[i]!.position, said[i + stems.length - 1]!.position];
}

/**
 * The terms of the query's other units (as typed or through a relative) that the run's sentence has outside
 * the run: a run alone may be a set phrase any text says ("box office"); a third word says the sentence is
 * about the query's subject.
 */
export function thirdWords(index: SentenceIndex, terms: readonly QueryTerm[], hit: RunHit): QueryTerm[] {
  const compiled = compileTerms(index, terms);
  const { tokenOffsets, tokenTerms, tokenPositions } = index.data;
  index.loadTokens(hit.at);
  return terms.filter((_, i) => {
    const term = compiled[i]!;
    if (term.light) return false;
    const unit = terms[i]!.name ?? -1 - i;
    if (hit.run.units.includes(unit)) return false;
    const starts = new Set(term.starts);
    for (let k = tokenOffsets[hit.at]!; k < tokenOffsets[hit.at + 1]!; k++) {
      const position = tokenPositions[k]!;
      if (position >= hit.span[0] && position <= hit.span[1]) continue;
      if (starts.has(tokenTerms[k]!)) return true;
    }
    return false;
  });
}
