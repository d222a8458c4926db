import type { Passage } from '../src/index.js';
import type { IdArray } from '../src/search/index-data.js';
import { foldText } from '../src/text/fold.js';
import { REQUEST_WORDS, STOPWORDS } from '../src/text/stopwords.js';
import { tokenize } from '../src/text/tokenize.js';

/** The kinds of query the benchmark asks, each from a random sentence of the library. */
// Kinds added later come last ('shuffled': the words of 'words' in random order; 'long'): the other kinds'
// queries stay the same.
export const QUERY_KINDS = ['words', 'typo', 'phrase', 'stopwords', 'shuffled', 'long'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly query: string;
  /** Folded text of the sentence it was drawn from (a hit is any passage with that text). */
  readonly source: string;
  /** Folded terms a passage must all contain to answer as well as the source (lenient hit). */
  readonly terms: readonly string[];
}

const isContent = (term: string): boolean =>
  term.length >= 3 && /^\p{L}+$/u.test(term) && !STOPWORDS.has(term) && !REQUEST_WORDS.has(term);

/** One typo: a substitution, deletion, insertion or swap of neighbours, never at the first letter. */
function typo(word: string, rand: () => number): string {
  const at = 1 + Math.floor(rand() * (word.length - 1));
  const letter = String.fromCharCode(97 + Math.floor(rand() * 26));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, at) + (letter === word[at] ? 'q' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return at + 1 < word.length && word[at] !== word[at + 1]
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word.slice(0, at) + word.slice(at + 1);
  }
}

/** Distinct content words of the passage, in its order. */
const contentOf = (passage: Passage): string[] => [
  ...new Set(
    tokenize(passage.text)
      .filter((token) => !token.alias && isContent(token.term))
      .map((token) => token.term),
  ),
];

/**
 * A retelling in one's own words: 7–9 words, of which 3–4 are content words of a sentence of 9 or more (in
 * its order) and the others words of another sentence, standing where the sentence's words they replace
 * stood. `terms` are the sentence's own words kept.
 */
function longFrom(passage: Passage, other: Passage, rand: () => number): BenchQuery | undefined {
  const own = contentOf(passage);
  const foreign = contentOf(other).filter((word) => !own.includes(word));
  if (own.length < 9 || foreign.length < 2) return undefined;
  const count = 7 + Math.floor(rand() * 3);
  const kept = new Set<number>();
  while (kept.size < count) kept.add(Math.floor(rand() * own.length));
  const words = [...kept].sort((a, b) => a - b).map((at) => own[at]!);
  const replaced = new Set<number>();
  const ownWords = 3 + Math.floor(rand() * 2);
  while (replaced.size < count - ownWords) replaced.add(Math.floor(rand() * words.length));
  const query = words.map((word, i) =>
    replaced.has(i) ? foreign[Math.floor(rand() * foreign.length)]! : word,
  );
  return {
    kind: 'long',
    query: query.join(' '),
    source: foldText(passage.text),
    terms: words.filter((_, i) => !replaced.has(i)),
  };
}

/** A query of `kind` from this passage, or undefined when the sentence has no such words. */
function queryFrom(
  kind: QueryKind,
  passage: Passage,
  rand: () => number,
  other: () => Passage,
): BenchQuery | undefined {
  if (kind === 'long') return longFrom(passage, other(), rand);
  const tokens = tokenize(passage.text).filter((token) => !token.alias);
  const source = foldText(passage.text);
  if (kind === 'words' || kind === 'typo' || kind === 'shuffled') {
    const content = tokens.filter((token) => isContent(token.term));
    const picked = [...new Set(content.map((token) => token.term))];
    if (picked.length < 2) return undefined;
    const count = Math.min(picked.length, 2 + Math.floor(rand() * 2));
    const chosen: string[] = [];
    while (chosen.length < count) {
      const word = picked.splice(Math.floor(rand() * picked.length), 1)[0]!;
      chosen.push(word);
    }
    const ordered = content
      .map((token) => token.term)
      .filter((term, i, all) => chosen.includes(term) && all.indexOf(term) === i);
    // `chosen` is in the random order the words were picked in.
    let words = kind === 'shuffled' ? chosen : ordered;
    if (kind === 'typo') {
      const long = ordered.filter((word) => word.length >= 5);
      if (long.length === 0) return undefined;
      const target = long[Math.floor(rand() * long.length)]!;
      words = ordered.map((word) => (word === target ? typo(word, rand) : word));
    }
    return { kind, query: words.join(' '), source, terms: ordered };
  }
  const small = (term: string): boolean => STOPWORDS.has(term);
  const length = kind === 'phrase' ? 3 + Math.floor(rand() * 4) : 3;
  for (let tries = 0; tries < 8; tries++) {
    const start = Math.floor(rand() * Math.max(1, tokens.length - length + 1));
    const span = tokens.slice(start, start + length);
    if (span.length < length) return undefined;
    const terms = span.map((token) => token.term);
    const fits = kind === 'phrase' ? terms.some(isContent) : terms.every(small);
    if (fits) return { kind, query: passage.text.slice(span[0]!.start, span.at(-1)!.end), source, terms };
  }
  return undefined;
}

/** `count` queries of each kind, from passages drawn at random (seeded). */
export function queriesFor(passages: readonly Passage[], count: number, rand: () => number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (const kind of QUERY_KINDS) {
    let made = 0;
    for (let tries = 0; made < count && tries < count * 200; tries++) {
      const pick = (): Passage => passages[Math.floor(rand() * passages.length)]!;
      const query = queryFrom(kind, pick(), rand, pick);
      if (query) {
        queries.push(query);
        made += 1;
      }
    }
  }
  return queries;
}

/** Whether a returned sentence answers the query: the source itself (strict), or as well (lenient). */
export function judge(query: BenchQuery, text: string): { strict: boolean; lenient: boolean } {
  const folded = foldText(text);
  if (folded === query.source) return { strict: true, lenient: true };
  const terms = tokenize(text)
    .filter((token) => !token.alias)
    .map((token) => token.term);
  if (query.kind === 'phrase' || query.kind === 'stopwords') {
    return { strict: false, lenient: ` ${terms.join(' ')} `.includes(` ${query.terms.join(' ')} `) };
  }
  const present = new Set(terms);
  return { strict: false, lenient: query.terms.every((term) => present.has(term)) };
}

/** The kinds of query made of a sentence's words, whose ambiguity is measured. */
export type AmbiguousKind = 'words' | 'typo' | 'shuffled';

/** How far the words of one kind of query can tell their source sentence from others (see `ambiguityOf`). */
export interface Ambiguity {
  readonly queries: number;
  /** Share of queries whose words more than five sentences have. */
  readonly ambiguous: number;
  /** Strict hit@5 of ranking the sentences with every query word in random order. */
  readonly randomHit5: number;
  /**
   * Strict hit@5 of the best ranking there is for these queries, in expectation: the one that knows how
   * they were made (each sentence's words equally likely to be picked; for 'words' and 'typo', kept in the
   * sentence's order), so it puts the sentences with the words in the typed order first (not for
   * 'shuffled'), then those with the fewest content words to pick from (the likeliest sources), ties in
   * random order.
   */
  readonly bestHit5: number;
}

/**
 * How many passages contain every word of each words/typo query (the source among them). When more than
 * five do, no engine can always tell the source from the others by the query alone: this gives, per
 * kind, what random ranking and the best possible ranking can expect.
 */
export function ambiguityOf(
  queries: readonly BenchQuery[],
  snapshot: { terms: readonly string[]; postingOffsets: Uint32Array; postings: IdArray },
  passages: readonly Passage[],
): Record<AmbiguousKind, Ambiguity> {
  const ids = new Map(snapshot.terms.map((term, id) => [term, id]));
  const postings = (id: number): IdArray =>
    snapshot.postings.subarray(snapshot.postingOffsets[id], snapshot.postingOffsets[id + 1]);
  const share = (values: number[]): number =>
    Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 1000) / 1000;
  const of = (kind: QueryKind): Ambiguity => {
    const counted = queries
      .filter((query) => query.kind === kind)
      .map((query) => {
        const lists = query.terms
          .map((term) => postings(ids.get(term) ?? 0))
          .sort((a, b) => a.length - b.length);
        const others = lists.slice(1).map((list) => new Set(list));
        const ties = [...lists[0]!.filter((at) => others.every((set) => set.has(at)))];
        return {
          count: ties.length,
          best: bestExpectation(
            query,
            ties.map((at) => passages[at]!.text),
          ),
        };
      });
    return {
      queries: counted.length,
      ambiguous: share(counted.map(({ count }) => (count > 5 ? 1 : 0))),
      randomHit5: share(counted.map(({ count }) => Math.min(1, 5 / Math.max(1, count)))),
      bestHit5: share(counted.map(({ best }) => best)),
    };
  };
  return { words: of('words'), typo: of('typo'), shuffled: of('shuffled') };
}

/** Chance that the best ranking (see `Ambiguity.bestHit5`) puts the source in the top five. */
function bestExpectation(query: BenchQuery, texts: readonly string[]): number {
  // Shuffled words say nothing by their order: then the best ranking goes by the number of words alone.
  const byOrder = query.kind !== 'shuffled';
  const keyOf = (text: string): [number, number] => {
    const terms = tokenize(text)
      .filter((token) => !token.alias)
      .map((token) => token.term);
    const at = query.terms.map((term) => terms.indexOf(term));
    const ordered = at.every((position, i) => i === 0 || position > at[i - 1]!);
    return [ordered || !byOrder ? 0 : 1, new Set(terms.filter(isContent)).size];
  };
  const compare = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
  const keyed = texts.map((text) => ({ source: foldText(text) === query.source, key: keyOf(text) }));
  const sources = keyed.filter((item) => item.source).map((item) => item.key);
  if (sources.length === 0) return 0;
  const best = sources.sort(compare)[0]!;
  const others = keyed.filter((item) => !item.source);
  const better = others.filter((item) => compare(item.key, best) < 0).length;
  const equal = others.filter((item) => compare(item.key, best) === 0).length;
  return better >= 5 ? 0 : Math.min(1, (5 - better) / (equal + 1));
}
