import { compileTerms, matchCompiled, type CompiledTerm, type TermMatch } from './compiled-query.js';
import type { QueryTerm } from './query.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * The sentences around a hit as weak context for it: "the deficit will remain at close to half a trillion
 * dollars" follows a sentence about the US's deficits, so it is about the US too. Used only to order
 * sentences that each lack a word of a question (see `SearchEngine.preferAnswers`), never to find one.
 */
export class NeighbourContext {
  private readonly terms: readonly CompiledTerm[];
  private readonly match: TermMatch = { quality: 0, first: 0, last: 0 };

  constructor(
    private readonly index: SentenceIndex,
    terms: readonly QueryTerm[],
  ) {
    this.terms = compileTerms(index, terms).filter((term) => !term.light);
  }

  /** How many of the query's content words passage `at` lacks and a neighbour of its article has. */
  wordsAround(at: number): number {
    const slug = this.index.passages[at]!.slug;
    const neighbours = [at - 1, at + 1].filter((k) => this.index.passages[k]?.slug === slug);
    let count = 0;
    for (const term of this.terms) {
      if (this.has(at, term)) continue;
      if (neighbours.some((k) => this.has(k, term))) count += 1;
    }
    return count;
  }

  private has(at: number, term: CompiledTerm): boolean {
    matchCompiled(this.index, at, term, this.match);
    return this.match.quality > 0;
  }
}
