import type { Passage } from '../content/article.js';
import { tokenize } from '../text/tokenize.js';
import { growUint16, growUint32 } from './growable.js';
import { INDEX_FORMAT_VERSION, passageCheckOf, type IndexSnapshot } from './index-data.js';

const MAX_POSITION = 0xffff;

/**
 * Builds the index data passage by passage, so that a caller may build a large library in slices
 * (yielding between them) while the bot already answers. `finish` inverts the token lists into postings.
 */
export class IndexBuilder {
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly stemIds = new Map<string, number>();
  private readonly termStems = growUint32();
  private readonly tokenOffsets = growUint32();
  private readonly tokenTerms = growUint32();
  private readonly tokenPositions = growUint16();
  private readonly lengths = growUint16();
  private count = 0;

  constructor() {
    this.tokenOffsets.push(0);
  }

  /** Passages added so far. */
  get size(): number {
    return this.count;
  }

  add(passage: Passage): void {
    let words = 0;
    for (const token of tokenize(passage.text)) {
      this.tokenTerms.push(this.termIdOf(token.term, token.stem));
      this.tokenPositions.push(Math.min(token.position, MAX_POSITION));
      if (!token.alias) words += 1;
    }
    this.tokenOffsets.push(this.tokenTerms.length);
    this.lengths.push(Math.min(words, MAX_POSITION));
    this.count += 1;
  }

  /** The finished index data; `passages` must be the passages added, in order. */
  finish(passages: readonly Passage[]): IndexSnapshot {
    if (passages.length !== this.count) {
      throw new Error(`index built over ${this.count} passages, finished with ${passages.length}`);
    }
    const tokenOffsets = this.tokenOffsets.toArray();
    const tokenTerms = this.tokenTerms.toArray();
    const { postingOffsets, postings } = invert(tokenOffsets, tokenTerms, this.terms.length);
    return {
      version: INDEX_FORMAT_VERSION,
      passageCount: this.count,
      passageCheck: passageCheckOf(passages),
      terms: this.terms,
      stems: this.stems,
      termStems: this.termStems.toArray(),
      postingOffsets,
      postings,
      tokenOffsets,
      tokenTerms,
      tokenPositions: this.tokenPositions.toArray(),
      lengths: this.lengths.toArray(),
    };
  }

  private termIdOf(term: string, stem: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      let stemId = this.stemIds.get(stem);
      if (stemId === undefined) {
        stemId = this.stems.length;
        this.stems.push(stem);
        this.stemIds.set(stem, stemId);
      }
      this.termStems.push(stemId);
    }
    return id;
  }
}

/** Token lists (passage → terms) to postings (term → sorted distinct passages). */
export function invert(
  tokenOffsets: Uint32Array,
  tokenTerms: Uint32Array,
  termCount: number,
): { postingOffsets: Uint32Array; postings: Uint32Array } {
  const passageCount = tokenOffsets.length - 1;
  const lastSeen = new Int32Array(termCount).fill(-1);
  const postingOffsets = new Uint32Array(termCount + 1);
  for (let p = 0; p < passageCount; p++) {
    for (let k = tokenOffsets[p]!; k < tokenOffsets[p + 1]!; k++) {
      const term = tokenTerms[k]!;
      if (lastSeen[term] !== p) {
        lastSeen[term] = p;
        postingOffsets[term + 1]! += 1;
      }
    }
  }
  for (let t = 0; t < termCount; t++) postingOffsets[t + 1]! += postingOffsets[t]!;
  const postings = new Uint32Array(postingOffsets[termCount]!);
  const fill = postingOffsets.slice(0, termCount);
  lastSeen.fill(-1);
  for (let p = 0; p < passageCount; p++) {
    for (let k = tokenOffsets[p]!; k < tokenOffsets[p + 1]!; k++) {
      const term = tokenTerms[k]!;
      if (lastSeen[term] !== p) {
        lastSeen[term] = p;
        postings[fill[term]!++] = p;
      }
    }
  }
  return { postingOffsets, postings };
}
