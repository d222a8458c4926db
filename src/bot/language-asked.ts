/** Where the words a summary may be asked in begin: "in", "into" ("summarize it into french"). */
const IN_WORD = /(?:^|\s)(?:in|into)\s+/giu;
/** What may follow it, to the end: a language of up to three words, then politeness ("spanish please"). */
const LANGUAGE_TO_END =
  /^(?:the\s+)?(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,2}?)(?:[\s,]+(?:please|pls|plz|thanks|thx))?[\s?!.]*$/iu;

/**
 * The language a request ends by asking for ("summarize the article in french", "summary in spanish please"), as
 * typed, and the request before it; undefined when it ends in no language `isLanguage` knows ("in french
 * ports", "in 1975").
 */
export function languageAsked(
  text: string,
  isLanguage: ((words: string) => boolean) | undefined,
): { language: string; rest: string } | undefined {
  if (isLanguage === undefined) return undefined;
  for (const marker of text.matchAll(IN_WORD)) {
    const words = LANGUAGE_TO_END.exec(text.slice(marker.index + marker[0].length))?.[1];
    if (words !== undefined && isLanguage(words))
      return { language: words, rest: text.slice(0, marker.index) };
  }
  return undefined;
}
