import { foldText } from '../text/fold.js';
import type { Lexicon } from './lexicon.js';

/** The noun straight after "how much", folded: "how much revenue…" asks for a sum of revenue. */
const AFTER_HOW_MUCH = /\bhow much (\p{L}+)/u;

/**
 * The word after "how much" when the dictionary files it under money ("money", "revenue", "income",
 * "profit", "salary": `Lexicon.topicsOf`), folded; else undefined. Such a question asks for a sum, as one
 * with a price word does ("how much did it cost?"): "how much revenue did the treasury bring in?" is answered
 * by "the receipts have amounted to near $16 millions", which does not say "revenue".
 */
export function moneyAskedAbout(lexicon: Lexicon, query: string): string | undefined {
  const word = AFTER_HOW_MUCH.exec(foldText(query))?.[1];
  if (word === undefined) return undefined;
  const lemmas = word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
  const money = lemmas.some(
    (lemma) => lemma === 'money' || (lexicon.topicsOf?.(lemma) ?? []).some((topic) => topic.word === 'money'),
  );
  return money ? word : undefined;
}
