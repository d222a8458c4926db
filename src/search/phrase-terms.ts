/** The phrases the dictionary knows in a query ("death penalty", "passed away") and their words as one. */
import { phraseRelatives, type QueryPhrases } from './lexicon-phrases.js';
import type { Lexicon } from './lexicon.js';
import type { QueryTerm } from './query-term.js';
import { CAPITALIZED, isFiller, type Word } from './query-words.js';

/** What the lexicon knows of the query's phrases ("passed away"), by the index of each of their words. */
export function phrasesOf(
  lexicon: Lexicon,
  words: readonly Word[],
  names: ReadonlyMap<Word, number>,
): QueryPhrases {
  return phraseRelatives(
    words.map((word) => (word.parts.length === 1 ? word.parts[0]!.term : undefined)),
    words.map(isFiller),
    words.map((word, i) => names.has(word) || (i > 0 && CAPITALIZED.test(word.surface))),
    lexicon,
  );
}

/**
 * Makes the words of each phrase the dictionary knows ("death penalty", "interest rates", "power plant") one
 * word as a name's are (`QueryTerm.name`: counted once), though not each required (`QueryTerm.phrase`):
 * "death penalty for murderers" asks for one thing, the death penalty, and a sentence on penalties for
 * murder has only half of it, while "credit rating upgraded" may find "the upgrade…" of a "foreign currency
 * rating". The words of a phrase are its content words with a term of their own, two at least, none of them
 * light or of a name.
 */
export function groupPhrases(
  terms: QueryTerm[],
  wordAt: readonly number[],
  spans: readonly (readonly [number, number])[],
): void {
  for (const [from, to] of spans) {
    const members: number[] = [];
    for (const [i, at] of wordAt.entries()) {
      if (at >= from && at < to && !terms[i]!.light && terms[i]!.name === undefined) members.push(i);
    }
    if (members.length < 2) continue;
    for (const i of members) terms[i] = { ...terms[i]!, name: from, phrase: true };
  }
}
