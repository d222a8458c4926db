import { foldText } from '../text/fold.js';
import { lemmaCandidatesIn, type Lexicon } from './lexicon.js';

/** The topic a noun of money is filed under (`Lexicon.topicsOf`), and a noun of money itself. */
const MONEY = 'money';
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
  const money = lemmaCandidatesIn(word, lexicon).some(
    (lemma) => lemma === MONEY || (lexicon.topicsOf?.(lemma) ?? []).some((topic) => topic.word === MONEY),
  );
  return money ? word : undefined;
}
