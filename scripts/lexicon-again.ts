/**
 * Verbs English makes of "re" and another verb, meaning it done again: "reopen" (open again or anew),
 * "reelect", "reappear". WordNet knows them, but links few to their verb ("reopen" has no link at all), so a
 * question's "when will the bridge reopen?" found nothing where the text says "expected to open again in
 * March". `build-lexicon.ts` links each to its verb, both ways, as a derived form.
 */

/** What the split needs to know of the dictionary. */
export interface AgainDictionary {
  /** Whether the word is a verb of the dictionary. */
  isVerb(word: string): boolean;
  /** The dictionary forms of a word of a definition ("opened": open). */
  formsOf(token: string): readonly string[];
}

/** The shortest verb after the prefix: "redo" (do) is too short to tell from "red" or "reed". */
const MIN_VERB = 3;
/** A definition says "again" or "anew" of a verb done once more ("open again or anew"). */
const AGAIN = /\b(?:again|anew|once more)\b/;

/**
 * The verb a verb in "re" does again, or undefined: the rest of the word after "re" (or "re-") is a verb of
 * the dictionary, and the definition of the word's commonest verb sense names that verb and says "again"
 * ("reopen": "open again or anew"). So "resign" (give up a position) is no "sign", "react" no "act"; nor is
 * "recover" (get or find back) a "cover", though a rarer sense of it is to "cover anew".
 */
export function verbDoneAgain(
  lemma: string,
  definition: string,
  dictionary: AgainDictionary,
): string | undefined {
  const verb = /^re-?([a-z]+)$/.exec(lemma)?.[1];
  if (verb === undefined || verb.length < MIN_VERB || !dictionary.isVerb(verb)) return undefined;
  if (!AGAIN.test(definition)) return undefined;
  const tokens = definition.match(/[a-z]+/g) ?? [];
  return tokens.some((token) => dictionary.formsOf(token).includes(verb)) ? verb : undefined;
}
