import type { Passage } from '../content/article.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** A passage with its tokens, as the index keeps it. */
export interface IndexedPassage {
  readonly passage: Passage;
  readonly tokens: readonly Token[];
  /** Number of words (aliases not counted), for length normalisation. */
  readonly length: number;
}

/**
 * Inverted index over passages: term → passages, stem → terms, and a surface form of each term for
 * did-you-mean suggestions. Built once per content version.
 */
export class SentenceIndex {
  readonly passages: IndexedPassage[] = [];
  readonly postings = new Map<string, number[]>();
  readonly termsByStem = new Map<string, string[]>();
  readonly surfaceOf = new Map<string, string>();
  readonly averageLength: number;

  constructor(passages: readonly Passage[]) {
    let words = 0;
    for (const passage of passages) {
      const tokens = tokenize(passage.text);
      const length = tokens.filter((token) => !token.alias).length;
      const at = this.passages.length;
      this.passages.push({ passage, tokens, length });
      words += length;
      for (const token of tokens) this.add(token, at, passage.text);
    }
    this.averageLength = this.passages.length === 0 ? 1 : words / this.passages.length;
  }

  private add(token: Token, at: number, text: string): void {
    let list = this.postings.get(token.term);
    if (list === undefined) {
      list = [];
      this.postings.set(token.term, list);
      const sameStem = this.termsByStem.get(token.stem);
      if (sameStem) sameStem.push(token.term);
      else this.termsByStem.set(token.stem, [token.term]);
      if (!token.alias) this.surfaceOf.set(token.term, text.slice(token.start, token.end));
    }
    if (list.at(-1) !== at) list.push(at);
  }

  /** Vocabulary: every distinct term. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }
}
