import type { Passage } from '../content/article.js';
import { tokenize } from '../text/tokenize.js';
import { IndexBuilder } from './index-builder.js';
import { NameIds } from './name-ids.js';
import { CAPITALIZED } from './query-words.js';
import { INDEX_FORMAT_VERSION, passageCheckOf, type IdArray, type IndexSnapshot } from './index-data.js';

/** A term of ASCII letters only, which a sentence writes as the same letters in some case. */
const PLAIN_WORD = /^[a-z]+$/;
/** How many terms' surfaces an index remembers. */
const SURFACE_MEMO = 10_000;
/** What continues a word: a term found next to one of these is part of a longer word ("ferris's"). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’‘`ʼ]/u;
/** How many of a term's sentences `writesAsName` reads at most. */
const NAME_READS = 3;

/**
 * Inverted index over passages, stored as typed arrays (see `IndexSnapshot`): term → passages, passage →
 * term ids with word positions, stem → terms. Memory grows with the number of tokens, not with objects.
 */
export class SentenceIndex {
  readonly averageLength: number;
  private readonly termIds: NameIds;
  private readonly stemIds: NameIds;
  private readonly stemTermOffsets: Uint32Array;
  private readonly stemTerms: Uint32Array;
  /** Terms' surfaces already found (null: the library has no such term), emptied when full. */
  private readonly surfaces = new Map<string, string | null>();
  /** `writesAsName` of terms already asked about (a query asks of each word), emptied when full. */
  private readonly asNames = new Map<string, boolean>();

  /**
   * `updated`: when `data` is an update of `previous`'s index whose first `terms` terms and `stems` stems
   * kept their ids (see `updateIndex`), whose name maps are then shared.
   */
  constructor(
    readonly passages: readonly Passage[],
    readonly data: IndexSnapshot,
    updated?: { readonly previous: SentenceIndex; readonly terms: number; readonly stems: number },
  ) {
    const { terms, stems, termStems } = data;
    this.termIds = updated
      ? NameIds.after(updated.previous.termIds, terms, updated.terms)
      : NameIds.of(terms);
    this.stemIds = updated
      ? NameIds.after(updated.previous.stemIds, stems, updated.stems)
      : NameIds.of(stems);
    this.stemTermOffsets = new Uint32Array(stems.length + 1);
    // Indexed loops, not iterators: a cold start runs this before any of it is optimised.
    for (let id = 0; id < termStems.length; id++) this.stemTermOffsets[termStems[id]! + 1]! += 1;
    for (let s = 0; s < stems.length; s++) this.stemTermOffsets[s + 1]! += this.stemTermOffsets[s]!;
    this.stemTerms = new Uint32Array(terms.length);
    const fill = this.stemTermOffsets.slice(0, stems.length);
    for (let id = 0; id < terms.length; id++) this.stemTerms[fill[termStems[id]!]!++] = id;
    let words = 0;
    for (let at = 0; at < data.lengths.length; at++) words += data.lengths[at]!;
    this.averageLength = data.passageCount === 0 ? 1 : words / data.passageCount;
  }

  /** Builds the index of `passages` in one go. */
  static build(passages: readonly Passage[]): SentenceIndex {
    const builder = new IndexBuilder();
    for (const passage of passages) builder.add(passage);
    return new SentenceIndex(passages, builder.finish(passages));
  }

  /** Restores an index from its data; throws when the data does not belong to these passages. */
  static restore(passages: readonly Passage[], data: IndexSnapshot): SentenceIndex {
    if (data.version !== INDEX_FORMAT_VERSION)
      throw new Error(`index format ${data.version} is not supported`);
    if (data.passageCount !== passages.length || data.passageCheck !== passageCheckOf(passages)) {
      throw new Error('the index was built from other passages');
    }
    const terms = data.terms.length;
    const consistent =
      data.termStems.length === terms &&
      data.postingOffsets.length === terms + 1 &&
      data.postingOffsets[terms] === data.postings.length &&
      data.tokenOffsets.length === passages.length + 1 &&
      data.tokenOffsets[passages.length] === data.tokenTerms.length &&
      data.tokenPositions.length === data.tokenTerms.length &&
      data.lengths.length === passages.length;
    if (!consistent) throw new Error('the index data is inconsistent');
    return new SentenceIndex(passages, data);
  }

  get passageCount(): number {
    return this.data.passageCount;
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  hasTerm(term: string): boolean {
    return this.termIds.has(term);
  }

  term(id: number): string {
    return this.data.terms[id]!;
  }

  /** Every term whose stem is `stem`. */
  termsWithStem(stem: string): string[] {
    const id = this.stemIds.get(stem);
    if (id === undefined) return [];
    const found: string[] = [];
    for (let k = this.stemTermOffsets[id]!; k < this.stemTermOffsets[id + 1]!; k++) {
      found.push(this.data.terms[this.stemTerms[k]!]!);
    }
    return found;
  }

  /** Stem of a term of the vocabulary. */
  stemOfTerm(id: number): string {
    return this.data.stems[this.data.termStems[id]!]!;
  }

  /** Id of a stem of the vocabulary. */
  stemId(stem: string): number | undefined {
    return this.stemIds.get(stem);
  }

  /** Whether some term of the vocabulary has this stem. */
  hasStem(stem: string): boolean {
    return this.stemIds.has(stem);
  }

  /**
   * Makes passage `at`'s tokens readable in `data.tokenTerms` and `data.tokenPositions`: every reader of a
   * passage's tokens calls it first (they may be read on demand, see `ListLoader`).
   */
  loadTokens(at: number): void {
    const loader = this.data.tokenLoader;
    if (loader !== undefined) loader.load(this.data.tokenOffsets[at]!, this.data.tokenOffsets[at + 1]!);
  }

  /** Sorted passage numbers that contain the term. */
  postings(id: number): IdArray {
    this.loadPostings(id);
    return this.data.postings.subarray(this.data.postingOffsets[id], this.data.postingOffsets[id + 1]);
  }

  /**
   * Makes the term's postings readable in `data.postings`: every reader of them calls it first (they may be
   * read on demand, see `ListLoader`).
   */
  loadPostings(id: number): void {
    const loader = this.data.postingLoader;
    if (loader !== undefined) loader.load(this.data.postingOffsets[id]!, this.data.postingOffsets[id + 1]!);
  }

  documentFrequency(id: number): number {
    return this.data.postingOffsets[id + 1]! - this.data.postingOffsets[id]!;
  }

  /**
   * The term as first written in the library ("Biegun" for "biegun"), for did-you-mean and for telling
   * names from words; remembered per term. A term of plain letters is found as a whole word of the
   * lower-cased sentence without tokenizing it (when lower-casing keeps its length: "İ" does not).
   */
  surfaceOf(term: string): string | undefined {
    let surface = this.surfaces.get(term);
    if (surface === undefined) {
      surface = this.findSurface(term) ?? null;
      if (this.surfaces.size >= SURFACE_MEMO) this.surfaces.clear();
      this.surfaces.set(term, surface);
    }
    return surface ?? undefined;
  }

  /**
   * Whether the library writes the term as a name: capitalised wherever it stands after a sentence's first
   * word ("Iraq", "Formula One") in its first few sentences; false when it stands only first, or when one of
   * them writes it in lower case ("new" of "new programs", though an address names "New Orleans" first).
   */
  writesAsName(term: string): boolean {
    let found = this.asNames.get(term);
    if (found === undefined) {
      found = this.readsAsName(term);
      if (this.asNames.size >= SURFACE_MEMO) this.asNames.clear();
      this.asNames.set(term, found);
    }
    return found;
  }

  /** `writesAsName`, read from the term's first sentences. */
  private readsAsName(term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const postings = this.postings(id);
    let capitalised = false;
    for (let p = 0; p < Math.min(postings.length, NAME_READS); p++) {
      const text = this.passages[postings[p]!]!.text;
      const inside = tokenize(text).find(
        (token) => token.term === term && !token.alias && token.position > 0,
      );
      if (inside === undefined) continue;
      if (!CAPITALIZED.test(text.slice(inside.start, inside.end))) return false;
      capitalised = true;
    }
    return capitalised;
  }

  /** `surfaceOf`, found: one sentence that has the term, read again. */
  private findSurface(term: string): string | undefined {
    const id = this.termIds.get(term);
    if (id === undefined || this.documentFrequency(id) === 0) return undefined;
    const text = this.passages[this.postings(id)[0]!]!.text;
    if (PLAIN_WORD.test(term)) {
      const lower = text.toLowerCase();
      if (lower.length === text.length) {
        for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
          const end = at + term.length;
          if (!WORD_CHAR.test(lower[at - 1] ?? ' ') && !WORD_CHAR.test(lower[end] ?? ' '))
            return text.slice(at, end);
        }
      }
    }
    const token = tokenize(text).find((candidate) => candidate.term === term && !candidate.alias);
    return token && text.slice(token.start, token.end);
  }
}
