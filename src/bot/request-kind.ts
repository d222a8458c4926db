import { ARTICLES_PHRASES, QUOTE_PHRASES, SUMMARY_PHRASES, type IntentKeyword } from './intent-words.js';
import type { Word } from './message-words.js';

/** A request keyword or phrase of a message: what it asks for and at which of its words. */
export interface IntentFound {
  readonly intent: IntentKeyword;
  /** The index of its first word. */
  readonly at: number;
  /** Where a quote phrase's subject may begin. */
  readonly from?: number;
}

/**
 * What a message asks for, earliest first: a keyword ("summarize", "qoute") or a phrase ("sum it up"). `from`
 * is where its subject may begin: after a quote phrase ("does the article mention the pandemic").
 */
export function intentOf(words: readonly Word[], corrected: string): IntentFound[] {
  const found: IntentFound[] = [];
  for (const [at, word] of words.entries()) if (word.intent) found.push({ intent: word.intent, at });
  const wordAt = (index: number): number => corrected.slice(0, index).split(' ').length - 1;
  const phrases = [
    ['summary', SUMMARY_PHRASES],
    ['quote', QUOTE_PHRASES],
    ['articles', ARTICLES_PHRASES],
  ] as const;
  for (const [intent, patterns] of phrases) {
    for (const pattern of patterns) {
      const match = pattern.exec(corrected);
      if (!match) continue;
      const at = wordAt(match.index);
      found.push(
        intent === 'quote' ? { intent, at, from: wordAt(match.index + match[0].length) + 1 } : { intent, at },
      );
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
