import type { Passage } from '../content/article.js';
import { foldText } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokenize.js';

const LIMIT = 20_000;

/**
 * Tokens and folded text of passages that were recently hits: popular passages come back query after
 * query, and re-tokenizing them for highlights and re-ranking was most of a small library's query time.
 * Bounded: emptied when full, so a large library never keeps more than `LIMIT` entries.
 */
export class PassageCache {
  private readonly tokensById = new Map<string, readonly Token[]>();
  private readonly foldedById = new Map<string, string>();

  tokens(passage: Passage): readonly Token[] {
    let tokens = this.tokensById.get(passage.id);
    if (tokens === undefined) {
      if (this.tokensById.size >= LIMIT) this.tokensById.clear();
      tokens = tokenize(passage.text);
      this.tokensById.set(passage.id, tokens);
    }
    return tokens;
  }

  folded(passage: Passage): string {
    let folded = this.foldedById.get(passage.id);
    if (folded === undefined) {
      if (this.foldedById.size >= LIMIT) this.foldedById.clear();
      folded = foldText(passage.text);
      this.foldedById.set(passage.id, folded);
    }
    return folded;
  }
}
