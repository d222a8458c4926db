import { asksOrLists } from '../text/asking.js';
import { lowerBound } from './bounds.js';
import {
  candidatesOf,
  estimatedFrequency,
  nextStamp,
  postingCountIn,
  postingSpanIn,
  postingsIn,
  type PassageRange,
  type PostingSpan,
} from './candidates.js';
import {
  compileTerms,
  matchCompiled,
  MAX_MASKED_TERMS,
  type CompiledTerm,
  type TermMatch,
} from './compiled-query.js';
import { RelationKind } from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query.js';
import type { QuestionKind } from './question.js';
import { labelToken } from './query-words.js';
import { heavyWords, sharesNeeded, nameSurplus, wordsRequired } from './required-words.js';
import type { IdArray } from './index-data.js';
import type { SentenceIndex } from './sentence-index.js';
import { smallestSorted } from './smallest.js';
import type { TitleContext, TitleCredits } from './title-context.js';

/** A passage that matched, before it is turned into a hit. */
export interface ScoredPassage {
  readonly at: number;
  readonly score: number;
  readonly rank: number;
  /** It lacks a word of a question whose hits may lack one (`rank` then has no `WHOLE_ANSWER`). */
  readonly partial?: true;
  /**
   * The share of `score` (and `rank`) its question's asked words give it, counted as found everywhere (see
   * `QueryTerm.asked`): taken back from a sentence that does not have the answer.
   */
  readonly asked?: number;
}

/** Below this many passages, a term's document frequency is counted exactly (phrases included). */
const EXACT_FREQUENCY_LIMIT = 4_096;
/** The most sentences a name may be in and stand alone for a two-word query (see `rareNameAlone`). */
const RARE_NAME_SENTENCES = 3;
/** The most `rank` can exceed `score` by for the length preference. */
const LENGTH_BONUS = 0.06;
/**
 * The words of the shortest sentence the length preference favours most: a sentence shorter than this is
 * more often an exclamation or a fragment ("Not sourdough!", "The sourdough phase!") than a clause that says
 * something, and counts as long as it is short of it ("Not sourdough!", two words, as a ten-word one).
 * Measured on all sets at 6: no answer changes; at 8: one more (a speech's paraphrase).
 */
const SHORTEST_CLAUSE = 6;
/**
 * Early termination: at most this many candidates are read in full, best bound (then shortest) first.
 * Only queries of very common words reach it (a phrase of small words in 100k+ sentences): the rest,
 * longer sentences with no better bound, would each add at most a phrase bonus.
 */
const MAX_READ = 12_000;
/**
 * Share of `score` that rewards query words standing as typed: in the typed order, and side by side. Among
 * sentences with every query word, the typed order tells the one a user has in mind from the others, but
 * people also type remembered words in another order: kept small, it settles ties together with the length
 * preference instead of overruling it. Measured on the scale benchmark at 100k sentences (1,000 queries a
 * kind, strict hit@5, words / one typo): words in the sentence's order 0.933 / 0.898 with the former
 * adjacency-only bonus of 0.1, 0.953 / 0.918 now; the same words shuffled 0.927 / 0.888 before, 0.938 /
 * 0.900 now. Each 0.01 more gains about 0.004 on ordered queries and loses as much or more on shuffled.
 */
const NEARNESS_WEIGHT = 0.02;
/**
 * What `rank` gains for having every word of a question whose hits may lack one: more than any score and
 * preference, so those come first, as matches come before closest matches. A question may leave a word
 * out because the text may word it otherwise, not because a sentence without it answers as well.
 */
export const WHOLE_ANSWER = 1;
/** Weight of a light word (a question's frame, a filler) against a word of the same rarity. */
const LIGHT_WEIGHT = 0.3;
/** The most `rank` can exceed `score` by for having the typed words in a row (small words included). */
const PHRASE_BONUS = 0.08;

/** Sort keys: bounds scaled to integers, times a span (a power of two) that holds any passage number. */
const KEY_SCALE = 1_000_000;
const KEY_CEILING = 3 * KEY_SCALE;
const ALL_TERMS = -1;
/** `PassageScorer.asking`: a passage that asks or lists, and one that states. */
const ASKS = 1;
const STATES = 2;

/** Whether `list` is the view of `all` that the span gives (`all.subarray(span.start, span.end)`). */
const isSpanOf = (list: IdArray, all: IdArray, span: PostingSpan): boolean =>
  list.buffer === all.buffer &&
  list.byteOffset === all.byteOffset + span.start * all.BYTES_PER_ELEMENT &&
  list.length === span.end - span.start;

/**
 * How the found query words stand (0–1): half for each found word coming after the one found before it,
 * half for neighbours in the query that are neighbours in the sentence ("South Korea").
 */
function nearness(matches: readonly TermMatch[]): number {
  if (matches.length === 1) return 1;
  let adjacent = 0;
  let ordered = 0;
  let found = 0;
  let previous = -1;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    if (match.quality <= 0) continue;
    const left = matches[i - 1];
    if (left && left.quality > 0 && match.first === left.last + 1) adjacent += 1;
    if (found > 0 && match.first > previous) ordered += 1;
    previous = match.last;
    found += 1;
  }
  const order = found <= 1 ? 1 : ordered / (found - 1);
  return (adjacent / (matches.length - 1) + order) / 2;
}

/**
 * Each passage of the postings that a credited span holds, ascending. A few spans (articles whose title
 * has a query word) are each looked up in the postings; many (sentences credited one by one: surnames,
 * neighbours) are walked alongside them.
 */
function forEachCredited(postings: IdArray, credits: TitleCredits, visit: (at: number) => void): void {
  if (credits.size * Math.log2(postings.length + 2) < postings.length) {
    for (let k = 0; k < credits.size; k++) {
      const end = credits.to(k);
      for (let p = lowerBound(postings, credits.from(k)); p < postings.length && postings[p]! < end; p++)
        visit(postings[p]!);
    }
    return;
  }
  let k = 0;
  for (const at of postings) {
    while (k < credits.size && credits.to(k) <= at) k++;
    if (k === credits.size) return;
    if (at >= credits.from(k)) visit(at);
  }
}

/**
 * How far a ranking reaches for sentences that lack some of the query's words (see `PassageScorer.score`).
 */
export const Reach = {
  /** Sentences with the words a match needs, of their own or through their article's title. */
  Match: 'match',
  /** Those too whose neighbouring sentences have some of the words, with two of their own. */
  Neighbours: 'neighbours',
  /** Those with one word fewer than a match needs (see `wordsRequired`). */
  Closest: 'closest',
} as const;
export type Reach = (typeof Reach)[keyof typeof Reach];

/**
 * Content words a sentence needs of its own: one, so that context never answers alone; two when its
 * neighbours lend it words, so that a sentence is not found for one word next to a sentence with the rest
 * (see `ownWordsBesideNeighbours`).
 */
const OWN_WORDS = 1;
const OWN_WORDS_BESIDE_NEIGHBOURS = 2;

/**
 * Content words a sentence needs of its own when its neighbours lend it the others: two, or one of a query
 * of two names the library writes as names, which sentences side by side seldom share by chance ("delawares
 * wabash": "…a relinquishment of native title has been received from the Delawares." / "That tribe… has
 * ceded to us all the country between the Wabash and Ohio…").
 */
export function ownWordsBesideNeighbours(index: SentenceIndex, terms: readonly QueryTerm[]): number {
  const heavy = terms.filter((term) => !term.light);
  const names =
    heavy.length === 2 &&
    heavy.every((term) => {
      const token = labelToken(term.label);
      return token !== undefined && index.writesAsName(token.term);
    });
  return names ? 1 : OWN_WORDS_BESIDE_NEIGHBOURS;
}

/** A query compiled for scoring. */
interface Query {
  readonly terms: readonly CompiledTerm[];
  readonly required: number;
  /** The share of the query's weighted words a hit needs (see `sharesNeeded`). */
  readonly minScore: number;
  readonly must: readonly boolean[];
  readonly mustCount: number;
  readonly weights: readonly number[];
  readonly weightSum: number;
  readonly phrase: Int32Array | undefined;
  /** Words beyond the first of each multi-word name: a name counts once towards `required`. */
  readonly surplus: number;
  /** Each word's multi-word name or phrase (`QueryTerm.name`), whose words count once anyway. */
  readonly names: readonly (number | undefined)[];
  /** What the articles' titles hold of the query (undefined: nothing). */
  readonly credits: TitleCredits | undefined;
  /** A question's words (names counted once) when its hits may lack one, else 0: see `WHOLE_ANSWER`. */
  readonly whole: number;
  /** Content words a passage needs of its own (see `OWN_WORDS`). */
  readonly ownWords: number;
  /** Per term, whether it is a question's asked word, found in every passage (see `QueryTerm.asked`). */
  readonly asked: readonly boolean[];
  /** The weight of the asked words. */
  readonly askedWeight: number;
  /** The query's content words, each multi-word name counted once (see `heavyWords`). */
  readonly heavy: number;
}

const before = (a: ScoredPassage, b: ScoredPassage): boolean =>
  a.rank > b.rank || (a.rank === b.rank && a.at < b.at);

/** The best `depth` passages so far, best first (rank, then library order). */
class TopPassages {
  readonly items: ScoredPassage[] = [];
  constructor(private readonly depth: number) {}

  get floor(): number {
    return this.items.length < this.depth ? -Infinity : this.items.at(-1)!.rank;
  }

  offer(item: ScoredPassage): void {
    if (this.items.length >= this.depth && !before(item, this.items.at(-1)!)) return;
    let i = this.items.length;
    while (i > 0 && before(item, this.items[i - 1]!)) i--;
    this.items.splice(i, 0, item);
    if (this.items.length > this.depth) this.items.pop();
  }
}

/**
 * Scores passages against query terms over the typed-array index. `score` (0–1) is the share of the query
 * found, each word weighted by its rarity and by how it was found (exact, inflection, synonym, typo),
 * times a bonus for query words found side by side and in the typed order (see `nearness`). `rank` adds
 * a small preference for shorter sentences, as BM25's length norm does. Only candidates (see
 * `candidatesOf`) are read, and a candidate whose best possible rank cannot enter the top `depth` is
 * skipped before its words are matched.
 */
export class PassageScorer {
  private readonly marks: Uint32Array;
  private readonly slotOf: Int32Array;
  private readonly masks: Uint32Array;
  /** Per passage, whether it asks or lists: 0 not read yet, else `ASKS` or `STATES`. */
  private readonly asking: Uint8Array;
  private readonly span: number;
  private alternativeOf = new Int32Array(8);
  /** Reused by `presence`, which reads many postings per ranking. */
  private readonly span0: PostingSpan = { start: 0, end: 0 };
  /** Words (names counted once) the passage last scored has, by itself or through its title. */
  private matchedWords = 0;
  /** The weighted words the passage last scored has (asked words included). */
  private coverage = 0;

  constructor(
    private readonly index: SentenceIndex,
    private readonly options: SearchOptions,
    private readonly titles: () => TitleContext | undefined = () => undefined,
  ) {
    this.marks = new Uint32Array(index.passageCount + 1);
    this.slotOf = new Int32Array(index.termCount).fill(-1);
    this.masks = new Uint32Array(index.passageCount);
    this.asking = new Uint8Array(index.passageCount);
    this.span = 2 ** Math.ceil(Math.log2(index.passageCount + 1));
  }

  /**
   * The best `depth` passages of the range. `phrase` (stem ids of the query's words in order, small words
   * included; -1 for a word no passage has) adds to `rank` for the longest run of them a passage has.
   * `Reach.Closest` asks for passages with one word fewer than a match needs (see `wordsRequired`),
   * and for none when the query has no word to spare. A multi-word name counts as one word.
   *
   * A word the sentence lacks but its article's title has (see `TitleContext`) counts at the title's
   * quality, towards the words required too; but a sentence needs one content word of its own, so the
   * title alone never answers, and a sentence with the words itself outranks one that leans on the title.
   * `Reach.Neighbours` counts the words of the sentences next to it so too, at a lower quality (see
   * `neighbourCredits`), and then a sentence needs two words of its own.
   */
  score(
    terms: readonly QueryTerm[],
    range: PassageRange,
    depth: number,
    phrase?: Int32Array,
    question?: QuestionKind,
    reach: Reach = Reach.Match,
  ): ScoredPassage[] {
    const compiled = compileTerms(this.index, terms);
    const n = compiled.length;
    if (n === 0) return [];
    const surplus = nameSurplus(terms);
    const heavy = heavyWords(terms);
    const shares = sharesNeeded(heavy, question, this.options);
    // A dictionary phrase's words are not each required (`QueryTerm.phrase`).
    const must = compiled.map(
      (term, i) => term.required || (terms[i]!.name !== undefined && !terms[i]!.phrase),
    );
    const required =
      wordsRequired(compiled, must, heavy, question, shares.coverage, reach === Reach.Closest) ??
      (reach === Reach.Closest ? this.rareNameAlone(terms, compiled, must, heavy, range) : undefined);
    if (required === undefined) return [];
    for (let i = 0; i < n; i++) must[i] ||= required === heavy && !compiled[i]!.light;
    const estimates = compiled.map((term) => estimatedFrequency(this.index, term, range));
    const passages = this.index.passageCount;
    const weights = compiled.map((term, i) => {
      const df = estimates[i]! <= EXACT_FREQUENCY_LIMIT ? this.exactFrequency(term, range) : estimates[i]!;
      // A light word no sentence has ("plz", "actually" in a library without it) weighs as little as one
      // every sentence has, not as the rarest word: a question's frame must not sink its answer.
      const counted = term.light && df === 0 ? passages : df;
      return (1 + Math.log(1 + passages / (1 + counted))) * (term.light ? LIGHT_WEIGHT : 1);
    });
    // A question's asked word ("how many") is found wherever its answer is, which only ranking reads.
    const asked = terms.map((term) => question !== undefined && term.asked === true);
    const query: Query = {
      terms: compiled,
      required,
      minScore: shares.score,
      must,
      mustCount: must.filter(Boolean).length,
      weights,
      weightSum: weights.reduce((sum, weight) => sum + weight, 0),
      phrase,
      surplus,
      names: terms.map((term) => term.name),
      credits: this.titles()?.creditsFor(
        compiled,
        terms,
        range,
        reach === Reach.Neighbours ? { ownWords: ownWordsBesideNeighbours(this.index, terms) } : undefined,
      ),
      whole: question !== undefined && required < heavy ? heavy : 0,
      ownWords: reach === Reach.Neighbours ? ownWordsBesideNeighbours(this.index, terms) : OWN_WORDS,
      asked,
      askedWeight: weights.reduce((sum, weight, i) => (asked[i] ? sum + weight : sum), 0),
      heavy,
    };
    const found = candidatesOf(this.index, compiled, estimates, required, (i) => must[i]!, range, this.marks);
    const candidates = query.credits ? this.withTitleCandidates(query, found, query.credits) : found;
    const lists = this.bindStarts(compiled);
    if (this.alternativeOf.length < n) this.alternativeOf = new Int32Array(n);
    try {
      return this.best(query, this.bounded(query, candidates, lists, range), depth, lists);
    } finally {
      this.unbindStarts(compiled);
    }
  }

  /**
   * One word of two for a closest match when that word is a name so rare that its few sentences are what the
   * query is about ("battle of plattsburg": the one sentence of the attack at Plattsburg); a common name
   * ("india cricket") or a word nothing has ("bitcoin mining") still finds nothing.
   */
  private rareNameAlone(
    terms: readonly QueryTerm[],
    compiled: readonly CompiledTerm[],
    must: readonly boolean[],
    heavy: number,
    range: PassageRange,
  ): number | undefined {
    // Two words, not a longer name in part ("dred scott decision" is not about any Scott), and the name one
    // word: a name of several ("north korea sea") says less of where it is than a town's.
    if (heavy !== 2 || compiled.filter((term) => !term.light).length !== 2) return undefined;
    const named = compiled.flatMap((term, i) => (!term.light && must[i] ? [i] : []));
    if (named.length !== 1) return undefined;
    // A name of letters, not a figure: "23%" is no question about "KN-23".
    const label = terms[named[0]!]!.label;
    if (!/^\p{L}+$/u.test(label)) return undefined;
    const frequency = this.exactFrequency(compiled[named[0]!]!, range);
    return frequency > 0 && frequency <= RARE_NAME_SENTENCES ? 1 : undefined;
  }

  /**
   * The candidates and, in the articles whose title has query words, the passages with a content word
   * of the query of their own (a title never answers alone), and the interviews' answers whose question
   * has one (which is theirs), ascending.
   */
  private withTitleCandidates(query: Query, candidates: IdArray, credits: TitleCredits): IdArray {
    const stamp = nextStamp(this.marks);
    for (const at of candidates) this.marks[at] = stamp;
    const extra: number[] = [];
    for (let k = 0; k < credits.size; k++) {
      if (credits.asked[k] === 0) continue;
      for (let at = credits.from(k); at < credits.to(k); at++) {
        if (this.marks[at] === stamp) continue;
        this.marks[at] = stamp;
        extra.push(at);
      }
    }
    for (const term of query.terms) {
      if (term.light) continue;
      for (const id of term.starts) {
        forEachCredited(this.index.postings(id), credits, (at) => {
          if (this.marks[at] === stamp) return;
          this.marks[at] = stamp;
          extra.push(at);
        });
      }
    }
    if (extra.length === 0) return candidates;
    const merged = new Uint32Array(candidates.length + extra.length);
    merged.set(candidates);
    merged.set(extra, candidates.length);
    return merged.sort();
  }

  /**
   * Pass 1: which query words each candidate may contain, dropping those that cannot have enough.
   * Returns the others as sort keys, best bound first: the bound (coverage if every present word matched
   * side by side, plus the length preference) rounded to 1e-6, then the passage number, in one float;
   * at most `MAX_READ` of them, the best.
   */
  private bounded(
    query: Query,
    candidates: IdArray,
    lists: readonly number[][],
    range: PassageRange,
  ): Float64Array {
    const n = query.terms.length;
    const keys = new Float64Array(candidates.length);
    let count = 0;
    const presence = this.presence(query, candidates, lists, range);
    let mustMask = 0;
    for (let i = 0; i < n; i++) if (query.must[i]) mustMask |= 1 << i;
    const credits = query.credits;
    for (let c = 0; c < candidates.length; c++) {
      const at = candidates[c]!;
      const mask = n > MAX_MASKED_TERMS ? ALL_TERMS : presence(at, c);
      const k = credits ? credits.find(at) : -1;
      const titled = k >= 0 ? credits!.masks[k]! & ~mask : 0;
      const asked = k >= 0 ? credits!.asked[k]! & titled : 0;
      let own = 0;
      let found = 0;
      let bound = 0;
      for (let i = 0; i < n; i++) {
        if (query.asked[i]) bound += query.weights[i]!;
        else if ((mask & (1 << i)) !== 0) {
          if (!query.terms[i]!.light) own += 1;
          bound += query.weights[i]! * query.terms[i]!.maxQuality;
        } else if (i < MAX_MASKED_TERMS && (titled & (1 << i)) !== 0) {
          if (!query.terms[i]!.light) found += 1;
          if ((asked & (1 << i)) !== 0 && !query.terms[i]!.light) own += 1;
          bound += query.weights[i]! * credits!.qualities[k * n + i]!;
        }
      }
      found += own - query.surplus;
      if (own < query.ownWords || found < query.required || ((mask | titled) & mustMask) !== mustMask)
        continue;
      const maxScore = bound / query.weightSum;
      if (maxScore < query.minScore) continue;
      const phraseBound = query.phrase ? PHRASE_BONUS : 0;
      const whole = query.whole > 0 && found >= query.whole ? WHOLE_ANSWER : 0;
      const ceiling = Math.round((maxScore + this.lengthBonus(at) + phraseBound + whole) * KEY_SCALE);
      keys[count++] = (KEY_CEILING - ceiling) * this.span + at;
    }
    // Only the first `MAX_READ` in bound order are ever read (see `best`).
    return smallestSorted(keys.subarray(0, count), MAX_READ);
  }

  /**
   * A function giving the bit mask of query words candidate `at` may contain. Either from the words'
   * postings (cost: their total length) or from each candidate's tokens (cost: candidates × sentence
   * length), whichever reads less.
   */
  private presence(
    query: Query,
    candidates: IdArray,
    lists: readonly number[][],
    range: PassageRange,
  ): (at: number, c: number) => number {
    const n = query.terms.length;
    if (n > MAX_MASKED_TERMS) return () => ALL_TERMS;
    // A word whose postings are the candidates (a short query's rarest word) is in every one of them.
    let everywhere = 0;
    let postingCost = 0;
    // Spans of the postings rather than views, and indexed loops: this runs per ranking, for every word.
    const span = this.span0;
    const { postings, tokenOffsets, tokenTerms } = this.index.data;
    for (let i = 0; i < n; i++) {
      const term = query.terms[i]!;
      if (term.starts.length === 1) postingSpanIn(this.index, term.starts[0]!, range, span);
      if (term.starts.length === 1 && isSpanOf(candidates, postings, span)) everywhere |= 1 << i;
      else postingCost += estimatedFrequency(this.index, term, range);
    }
    const tokensPerPassage = tokenTerms.length / Math.max(1, this.index.passageCount);
    if (postingCost < candidates.length * tokensPerPassage) {
      const stamp = nextStamp(this.marks);
      for (let i = 0; i < n; i++) {
        if ((everywhere & (1 << i)) !== 0) continue;
        for (const id of query.terms[i]!.starts) {
          postingSpanIn(this.index, id, range, span);
          for (let p = span.start; p < span.end; p++) {
            const at = postings[p]!;
            if (this.marks[at] !== stamp) {
              this.marks[at] = stamp;
              this.masks[at] = 0;
            }
            this.masks[at]! |= 1 << i;
          }
        }
      }
      return (at) => everywhere | (this.marks[at] === stamp ? this.masks[at]! : 0);
    }
    return (at) => {
      this.index.loadTokens(at);
      let mask = 0;
      for (let k = tokenOffsets[at]!; k < tokenOffsets[at + 1]!; k++) {
        const slot = this.slotOf[tokenTerms[k]!]!;
        if (slot >= 0) for (const i of lists[slot]!) mask |= 1 << i;
      }
      return mask;
    };
  }

  /** Pass 2: full matching in bound order, until no bound can enter the top any more. */
  private best(query: Query, keys: Float64Array, depth: number, lists: readonly number[][]): ScoredPassage[] {
    const top = new TopPassages(Math.max(1, depth));
    const matches: TermMatch[] = query.terms.map(() => ({ quality: 0, first: 0, last: 0 }));
    const runs = new Int32Array((query.phrase?.length ?? 0) + 1);
    const end = Math.min(keys.length, MAX_READ);
    for (let k = 0; k < end; k++) {
      const key = keys[k]!;
      const ceiling = (KEY_CEILING - Math.floor(key / this.span)) / KEY_SCALE + 1 / KEY_SCALE;
      if (ceiling < top.floor) break;
      const at = key % this.span;
      // The phrase bonus is cheaper than matching: with it known, the bound tightens before matching.
      const phrase = query.phrase ? this.phraseBonus(at, query.phrase, runs) : 0;
      if (query.phrase && ceiling - PHRASE_BONUS + phrase < top.floor) continue;
      const score = this.scoreOf(query, at, matches, lists, query.credits?.find(at) ?? -1);
      if (score < query.minScore) continue;
      // The share of the query's words the sentence has, as Lucene's classic `coord` factor: of two
      // sentences with the same weighted share, the one with more of the words comes first.
      const coord = Math.min(1, this.matchedWords / Math.max(1, query.heavy));
      // A question or a numbered step says nothing on its own: no length preference lifts it over a statement.
      const short = this.asksOrLists(at) ? 0 : this.lengthBonus(at);
      const rank = score * coord + short + phrase;
      const asked = query.askedWeight > 0 ? { asked: (score * query.askedWeight) / this.coverage } : {};
      if (query.whole === 0) top.offer({ at, score, rank, ...asked });
      else if (this.matchedWords >= query.whole)
        top.offer({ at, score, rank: rank + WHOLE_ANSWER, ...asked });
      else top.offer({ at, score, rank, partial: true, ...asked });
    }
    return top.items;
  }

  /** The passage's score (0 when it lacks required words), as the type's documentation describes. */
  private scoreOf(
    query: Query,
    at: number,
    matches: TermMatch[],
    lists: readonly number[][],
    titled: number,
  ): number {
    const n = query.terms.length;
    this.matchWords(query, at, matches, lists);
    let matched = 0;
    let own = 0;
    let coverage = 0;
    for (let i = 0; i < n; i++) {
      const match = matches[i]!;
      if (query.asked[i]) {
        match.quality = 0;
        coverage += query.weights[i]!;
        continue;
      }
      if (!query.terms[i]!.simple) matchCompiled(this.index, at, query.terms[i]!, match);
      const title = titled >= 0 && i < MAX_MASKED_TERMS ? query.credits!.qualities[titled * n + i]! : 0;
      if (match.quality > 0 || title > 0) {
        if (!query.terms[i]!.light) {
          matched += 1;
          // An interview's answer says what its question asked: those words are its own.
          if (match.quality > 0 || (query.credits!.asked[titled]! & (1 << i)) !== 0) own += 1;
        }
        coverage += Math.max(match.quality, title) * query.weights[i]!;
      } else if (query.must[i]) return 0;
    }
    matched -= this.sharedWords(query, at, matches);
    this.matchedWords = matched - query.surplus;
    if (own < query.ownWords || this.matchedWords < query.required) return 0;
    this.coverage = coverage;
    return (coverage / query.weightSum) * (1 - NEARNESS_WEIGHT + NEARNESS_WEIGHT * nearness(matches));
  }

  /**
   * How many query words matched only a word another one matched too, one of the two through a relative:
   * one text word is one word of the query's, however many query words it is a relative of ("betting" is
   * no second word of "sports betting" in "outdoor sports"). Two words the text writes as one are each
   * found as typed ("time warner": TimeWarner).
   */
  private sharedWords(query: Query, at: number, matches: readonly TermMatch[]): number {
    let shared = 0;
    for (let j = 1; j < matches.length; j++) {
      const b = matches[j]!;
      if (b.quality <= 0 || query.terms[j]!.light) continue;
      for (let i = 0; i < j; i++) {
        const a = matches[i]!;
        if (a.quality <= 0 || query.terms[i]!.light || a.first !== b.first || a.last !== b.last) continue;
        // An inflection or a spelling is the word itself; below them, a relative (or a typo).
        if (Math.min(a.quality, b.quality) >= this.options.relationQuality[RelationKind.Inflection]) continue;
        if (query.names[i] !== undefined && query.names[i] === query.names[j]) continue;
        // Not when either is also elsewhere in the sentence ("inmates": prisons, beside "prisoners").
        if (
          this.foundElsewhere(query.terms[i]!, at, a.first) ||
          this.foundElsewhere(query.terms[j]!, at, a.first)
        )
          continue;
        shared += 1;
        break;
      }
    }
    return shared;
  }

  /** Whether a one-word term matches a word of the passage at another position than `position`. */
  private foundElsewhere(term: CompiledTerm, at: number, position: number): boolean {
    if (!term.simple) return true;
    const { tokenOffsets, tokenTerms, tokenPositions } = this.index.data;
    for (let k = tokenOffsets[at]!; k < tokenOffsets[at + 1]!; k++) {
      if (tokenPositions[k] === position) continue;
      if (term.alternatives.some((units) => units[0]!.has(tokenTerms[k]!))) return true;
    }
    return false;
  }

  /**
   * Matches the one-word terms in one pass over the passage's tokens, as `matchCompiled` would: the best
   * quality, then the earliest alternative, then the earliest token.
   */
  private matchWords(query: Query, at: number, matches: TermMatch[], lists: readonly number[][]): void {
    this.index.loadTokens(at);
    const { tokenOffsets, tokenTerms, tokenPositions } = this.index.data;
    const alternativeOf = this.alternativeOf;
    for (let i = 0; i < matches.length; i++) {
      matches[i]!.quality = 0;
      alternativeOf[i] = 0x7fffffff;
    }
    for (let k = tokenOffsets[at]!; k < tokenOffsets[at + 1]!; k++) {
      const term = tokenTerms[k]!;
      const slot = this.slotOf[term]!;
      if (slot < 0) continue;
      for (const i of lists[slot]!) {
        const compiled = query.terms[i]!;
        if (!compiled.simple) continue;
        const match = matches[i]!;
        for (let a = 0; a < compiled.alternatives.length; a++) {
          const quality = compiled.alternatives[a]![0]!.get(term);
          if (quality === undefined) continue;
          if (quality > match.quality || (quality === match.quality && a < alternativeOf[i]!)) {
            match.quality = quality;
            match.first = tokenPositions[k]!;
            match.last = match.first;
            alternativeOf[i] = a;
          }
        }
      }
    }
  }

  /** Preference for the passage that has the longest run of the typed words, small words included. */
  private phraseBonus(at: number, phrase: Int32Array, runs: Int32Array): number {
    this.index.loadTokens(at);
    const { tokenOffsets, tokenTerms, tokenPositions, termStems } = this.index.data;
    runs.fill(0);
    let longest = 0;
    let lastPosition = -1;
    for (let k = tokenOffsets[at]!; k < tokenOffsets[at + 1]!; k++) {
      // Compounds and number aliases repeat a position already read.
      if (tokenPositions[k]! <= lastPosition) continue;
      lastPosition = tokenPositions[k]!;
      const stem = termStems[tokenTerms[k]!]!;
      for (let j = phrase.length; j >= 1; j--) {
        runs[j] = phrase[j - 1] === stem ? runs[j - 1]! + 1 : 0;
        if (runs[j]! > longest) longest = runs[j]!;
      }
    }
    return longest >= 2 ? (PHRASE_BONUS * longest) / phrase.length : 0;
  }

  /** Whether the passage asks or lists (`asksOrLists`), read once per passage: most candidates come back. */
  private asksOrLists(at: number): boolean {
    let known = this.asking[at]!;
    if (known === 0) this.asking[at] = known = asksOrLists(this.index.passages[at]!.text) ? ASKS : STATES;
    return known === ASKS;
  }

  /** BM25-like preference for shorter sentences, at most `LENGTH_BONUS`, down to a clause (`SHORTEST_CLAUSE`). */
  private lengthBonus(at: number): number {
    const words = this.index.data.lengths[at]!;
    const length = words < SHORTEST_CLAUSE ? 2 * SHORTEST_CLAUSE - words : words;
    const norm = 1 / (0.5 + (0.5 * length) / this.index.averageLength);
    return (LENGTH_BONUS / 2) * Math.min(norm, 2);
  }

  /** For each term id that starts a query term, the query terms it starts (slot lists). */
  private bindStarts(compiled: readonly CompiledTerm[]): number[][] {
    const lists: number[][] = [];
    for (let i = 0; i < compiled.length; i++) {
      for (const id of compiled[i]!.starts) {
        let slot = this.slotOf[id]!;
        if (slot < 0) {
          slot = lists.length;
          lists.push([]);
          this.slotOf[id] = slot;
        }
        lists[slot]!.push(i);
      }
    }
    return lists;
  }

  private unbindStarts(compiled: readonly CompiledTerm[]): void {
    for (const term of compiled) for (const id of term.starts) this.slotOf[id] = -1;
  }

  /**
   * Passages of the range where the term matches (a phrase only where its words stand together). The starts
   * of one-word alternatives are counted first: a passage they hold matches, and only the rest of a phrase's
   * postings are matched.
   */
  private exactFrequency(term: CompiledTerm, range: PassageRange): number {
    const words = term.alternatives.every((units) => units.length === 1);
    if (words && term.starts.length === 1) return postingCountIn(this.index, term.starts[0]!, range);
    const single = new Set<number>();
    for (const units of term.alternatives)
      if (units.length === 1) for (const id of units[0]!.keys()) single.add(id);
    const stamp = nextStamp(this.marks);
    let count = 0;
    for (const id of single) {
      for (const at of postingsIn(this.index, id, range)) {
        if (this.marks[at] === stamp) continue;
        this.marks[at] = stamp;
        count += 1;
      }
    }
    if (words) return count;
    const match: TermMatch = { quality: 0, first: 0, last: 0 };
    for (const id of term.starts) {
      if (single.has(id)) continue;
      for (const at of postingsIn(this.index, id, range)) {
        if (this.marks[at] === stamp) continue;
        this.marks[at] = stamp;
        matchCompiled(this.index, at, term, match);
        if (match.quality > 0) count += 1;
      }
    }
    return count;
  }
}
