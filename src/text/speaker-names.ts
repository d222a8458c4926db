/**
 * How a report prints who says something: its verbs of saying, titles and names, and the words before a name that
 * are no part of it. The speaker finders (`speaker.ts`, `described-speaker.ts`) read sentences with them.
 */
import type { Lexicon } from '../search/lexicon.js';

/**
 * Verbs a report credits words with: "…," Mr Chidambaram said. / BA chief Rod Eddington said… / Dr Wright
 * described the novel as "a great thriller" ("described" only with its "as", since "described the scene" is
 * no verdict) / Sir Richard Eyre called her work "thought provoking", or called it a disaster ("called" only
 * with what it called the thing, in quotation marks or after "a": "called the meeting", "called for calm"
 * and "called on the board to" say no words of theirs).
 */
export const SAYING = String.raw`(?:said|says|added|adds|told|explained|recalled|insisted|argued|warned|wrote|writes|conceded|admitted|claimed|stated|confirmed|acknowledged|stressed|noted|announced|replied|described(?=(?:\s+[\p{L}'’-]+){1,6}\s+as\b)|called(?!\s+(?:for|on|upon|off|in|up|out|back|over)\b)(?=(?:\s+[\p{L}'’-]+){1,6}\s+(?:["“]|an?\s)))`;
/**
 * Verbs of saying of a few other languages, as a report prints them after a quotation („…“, sagte Karl-Heinz
 * Vogel; « … », explique Jeanne Martin; «…», dijo Ana Ruiz; «…», ha detto Marco Rossi), with the verb's own
 * word boundaries ("a déclaré" ends in a letter `\b` does not know).
 */
export const OTHER_LANGUAGE_SAYING = String.raw`(?<!\p{L})(?:sagte|sagt|erklärte|erklärt|betonte|meinte|dit|a\s+dit|explique|a\s+expliqué|déclare|a\s+déclaré|ajoute|a\s+ajouté|affirme|dijo|explicó|afirmó|añadió|declaró|ha\s+detto|ha\s+dichiarato|ha\s+spiegato|spiega|disse)(?!\p{L})`;
/**
 * Whether a text holds a verb of saying (`SAYING`, `OTHER_LANGUAGE_SAYING`) or "according", as plain letters
 * anywhere, any case: a text without one credits no words to anyone, so the speaker finders return at once
 * instead of running their expressions on it. Each of those holds many `\p{L}` classes, which V8 compiles on
 * first use at milliseconds apiece: a one-shot `quotebot quote` spent 50–80 ms of CPU compiling them for hits
 * with no verb of saying. A loose test (it passes "credit" for "dit"), never a stricter one than theirs.
 */
export function maySaySomething(text: string): boolean {
  return SAYING_LETTERS.test(text);
}
const SAYING_LETTERS =
  /said|says|added|adds|told|explained|recalled|insisted|argued|warned|wrote|writes|conceded|admitted|claimed|stated|confirmed|acknowledged|stressed|noted|announced|replied|described|called|according|sagt|erklärt|betonte|meinte|dit|expliqu|déclar|ajout|affirme|dijo|explicó|afirmó|añadió|declaró|detto|dichiarato|spieg|disse/i;
/** Titles a report prints before a name, several at once in a cleric's ("the Rt Rev Dr Tom Wright"). */
export const TITLES = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Rt|Very|Rev|Revd|Hon)`;
/** A capitalised word of a name, perhaps after the small words of a surname ("Nick Van den Brul"). */
const NAME_WORD = String.raw`(?:(?:van|von|de|den|der|del|da|di|du|le|la)\s+)*\p{Lu}[\p{L}'’.-]+`;
/**
 * A word between the one saying and the verb: "Hailey later recalled", "he once said", "Mr Clarke also
 * warned", "Sir Cameron Mackintosh has said" (not "was" or "is": "who is said to have cried" is no one's words).
 */
export const ASIDE = String.raw`(?:\s+(?:\p{Ll}+ly|also|later|once|then|still|earlier|has|had|have))?`;
/** A person's name as a report prints it: capitalised words, perhaps after titles. */
export const NAME = String.raw`(?:${TITLES}\.?\s+){0,3}\p{Lu}[\p{L}'’.-]+(?:\s+${NAME_WORD}){0,3}`;
/**
 * A capitalised word of an organisation's name, without a sentence's full stop ("Bank", "England"), and not one
 * that owns the next ("The Bank of England's Mervyn King" is a person).
 */
const BODY_WORD = String.raw`\p{Lu}[\p{L}'’-]*(?<!['’]s|s['’])`;
/**
 * An organisation or an office named as "the X of Y" or "the X for Y", where the whole is the name and neither
 * part is: "The National Union of Journalists", "the Bank of England", "the Chancellor of the Exchequer", "the
 * Department of Trade and Industry", "the Office for National Statistics". A person's name takes no "the", so "Nick Van den Brul of BNP Paribas" is a person and the
 * firm they work for.
 */
export const BODY = String.raw`[Tt]he\s+${BODY_WORD}(?:\s+${BODY_WORD}){0,3}\s+(?:of|for)\s+(?:the\s+)?${BODY_WORD}(?:\s+(?:(?:and|&)\s+)?${BODY_WORD}){0,3}`;
/** The words of a name that are an organisation's (`BODY`), all of them. */
const WHOLE_BODY = new RegExp(String.raw`^${BODY}$`, 'u');

/**
 * An organisation's name as a reply gives it, "the Bank of England" (as "the judges"), or undefined when `name` is
 * none.
 */
export function asBody(name: string): string | undefined {
  return WHOLE_BODY.test(name) ? name.replace(/^The\b/, 'the') : undefined;
}

/**
 * Capitalised words that are no name: a sentence's first word, a pronoun, a determiner, and the plural nouns a
 * report credits words to unnamed ("Analysts said"). A list, not WordNet: the finder also reads without a
 * lexicon ("Analyst Ella van der Berg" is still Ella van der Berg's), and WordNet knows "Will", "Don" and "May"
 * as ordinary words and "Banks" as the plural of one, so it cannot tell these from names.
 */
export const NOT_A_NAME =
  /^(?:The|A|An|It|He|She|They|We|I|You|This|That|These|Those|Its|His|Her|Their|Our|But|And|Yet|So|Then|Also|Officials?|Analysts?|Critics?|Sources?)$/;

/** A title before a surname: "Mr Neeson", "Dr Wright". */
export const TITLE = new RegExp(String.raw`^${TITLES}\.?\s+`);

/**
 * The words of a name without those before it that are no name: a sentence's first word, a pronoun, an owner
 * and its name ("The ERAA's Mr Clarke", "Morgan Stanley's Ann Cole"), and a description that ends in a noun for a person, capitalised at the start of a
 * sentence or as a title ("Teacher Joan Pike", "Communications Minister Dayanidhi Maran"): Joan Pike. A
 * description stays when one word would be left ("Prince Frederik"), since that is how the person is named; a
 * title of address ("Dr", "the Rt Rev") is part of the name. The sentence's full stop after it is left out too.
 */
export function withoutDescription(name: readonly string[], lexicon: Lexicon): string[] {
  const words = [...name];
  const owner = words.slice(0, -1).findLastIndex(isOwner);
  words.splice(0, owner + 1);
  while (words.length > 1 && NOT_A_NAME.test(words[0]!)) words.shift();
  if (words.length === 1 && NOT_A_NAME.test(words[0]!)) words.shift();
  let description = 0;
  for (let at = 0; at < words.length - 2 && !TITLE.test(`${words[at]} `); at++) {
    if (lexicon.isPerson?.(words[at]!.toLowerCase())) description = at + 1;
  }
  const kept = words.slice(description);
  // The sentence's full stop is no initial's ("…said Heizo Takenaka.").
  const last = kept.length - 1;
  if (last >= 0 && kept[last]!.length > 3) kept[last] = kept[last]!.replace(/\.$/, '');
  return kept;
}

/** A word that owns the next: "BA's", "Harbour Ferries'". */
export function isOwner(word: string): boolean {
  return /(?:['’]s|s['’])$/.test(word);
}
