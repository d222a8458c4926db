import type { Passage } from '../src/index.js';
import { foldText } from '../src/text/fold.js';
import { REQUEST_WORDS, STOPWORDS } from '../src/text/stopwords.js';
import { tokenize } from '../src/text/tokenize.js';

/** The kinds of query the benchmark asks, each from a random sentence of the library. */
export const QUERY_KINDS = ['words', 'typo', 'phrase', 'stopwords'] as const;
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

/** A query of `kind` from this passage, or undefined when the sentence has no such words. */
function queryFrom(kind: QueryKind, passage: Passage, rand: () => number): BenchQuery | undefined {
  const tokens = tokenize(passage.text).filter((token) => !token.alias);
  const source = foldText(passage.text);
  if (kind === 'words' || kind === 'typo') {
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
    let words = ordered;
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
      const query = queryFrom(kind, passages[Math.floor(rand() * passages.length)]!, rand);
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

/**
 * How many passages contain every word of each words/typo query (the source among them): when more than
 * five do, no engine can tell the source from the others by the query alone. Returns the share of such
 * queries and the best strict hit@5 an engine can expect ranking equals at random (mean of min(1, 5/n)).
 */
export function ambiguityOf(
  queries: readonly BenchQuery[],
  snapshot: { terms: readonly string[]; postingOffsets: Uint32Array; postings: Uint32Array },
): { queries: number; ambiguous: number; expectedHit5: number } {
  const ids = new Map(snapshot.terms.map((term, id) => [term, id]));
  const postings = (id: number): Uint32Array =>
    snapshot.postings.subarray(snapshot.postingOffsets[id], snapshot.postingOffsets[id + 1]);
  const counted = queries
    .filter((query) => query.kind === 'words' || query.kind === 'typo')
    .map((query) => {
      const lists = query.terms
        .map((term) => postings(ids.get(term) ?? 0))
        .sort((a, b) => a.length - b.length);
      const others = lists.slice(1).map((list) => new Set(list));
      return lists[0]!.filter((at) => others.every((set) => set.has(at))).length;
    });
  const share = (values: number[]): number =>
    Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 1000) / 1000;
  return {
    queries: counted.length,
    ambiguous: share(counted.map((n) => (n > 5 ? 1 : 0))),
    expectedHit5: share(counted.map((n) => Math.min(1, 5 / Math.max(1, n)))),
  };
}
