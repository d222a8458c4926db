import type { Word } from './message-words.js';

/**
 * A mention's sentence as `readRequest` has read it before it knows which request it makes: what the readers
 * of each kind of request (`summaryAsked`, `quoteAsked`) go on from.
 */
export interface SentenceRead {
  /** The sentence, without an author named last ("another quote from obama": "another quote"). */
  readonly text: string;
  /** Its words (`wordsOf`). */
  readonly words: readonly Word[];
  /** Its words folded and corrected, one space between them: what the phrases of `intent-words.ts` match. */
  readonly corrected: string;
  /** The options typed or read in it (`topic`, `length`, `sentences`, `article`, `author`). */
  readonly named: Readonly<Record<string, string>>;
  /** The `article:` option, or undefined. */
  readonly article: string | undefined;
  /** The number of sentences asked ("in 3 sentences", `sentences:3`), or undefined. */
  readonly sentences: number | undefined;
}
