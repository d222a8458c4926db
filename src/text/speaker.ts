/** Verbs a report credits words with: "…," Mr Chidambaram said. / BA chief Rod Eddington said… */
const SAYING = String.raw`(?:said|says|added|adds|told|explained|recalled|insisted|argued|warned|wrote|writes)`;
/** A person's name as a report prints it: capitalised words, perhaps after a title. */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}`;
/**
 * Name first ("Rod Eddington said", "the Bishop said"), set apart by commas before the verb (`…in Uganda, Sarah
 * Mukasa, told`), or after the verb that follows a quotation, perhaps after a role (`," said economy minister
 * Heizo Takenaka`, `," said the authority's chief executive, Maria Lindqvist`).
 */
const NAME_SAID = new RegExp(String.raw`(?:^|[\s,;:"“”])((?:the\s+)?${NAME})\s+${SAYING}\b`, 'u');
const NAME_APART = new RegExp(String.raw`,\s+(${NAME}),\s+${SAYING}\b`, 'u');
const SAID_NAME = new RegExp(String.raw`[,.!?]["”’]\s+${SAYING}\s+(?:[\p{Ll}'’-]+,?\s+){0,4}(${NAME})`, 'u');
/** Capitalised words that are no name: a sentence's first word, a pronoun, a determiner. */
const NOT_A_NAME =
  /^(?:The|A|An|It|He|She|They|We|I|You|This|That|These|Those|Its|His|Her|Their|Our|But|And|Yet|So|Then|Also|Officials?|Analysts?|Critics?|Sources?)$/;

/**
 * The person a sentence credits its words to, as a report names them ("Rod Eddington", "Mr Chidambaram"), or
 * undefined when it names none (the writer's own words, "the council's ruling said", "he said").
 */
export function speakerOf(text: string): string | undefined {
  const name = (SAID_NAME.exec(text) ?? NAME_APART.exec(text) ?? NAME_SAID.exec(text))?.[1];
  if (name === undefined) return undefined;
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_A_NAME.test(words[0]!)) words.shift();
  // The sentence's full stop is no initial's ("…said Heizo Takenaka.").
  const last = words.length - 1;
  if (last >= 0 && words[last]!.length > 3) words[last] = words[last]!.replace(/\.$/, '');
  return words.length > 0 ? words.join(' ') : undefined;
}
