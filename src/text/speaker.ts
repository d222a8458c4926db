/** Verbs a report credits words with: "…," Mr Chidambaram said. / BA chief Rod Eddington said… */
const SAYING = String.raw`(?:said|says|added|adds|told|explained|recalled|insisted|argued|warned|wrote|writes|conceded|admitted|claimed|stated|confirmed|acknowledged|stressed|noted|announced|replied)`;
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

/** Double quotation marks, straight and curly. */
const DOUBLE_MARK = /["“”„]/g;

/**
 * The person the sentence at `at` of a paragraph (its sentences in order) credits its words to, read with
 * the sentences around it as a reader does: a quotation of several sentences names who said it where it
 * ends (`"There's no doubt… best yet. If anything, …," said Madeley.`), and a quotation standing alone
 * right after one that names its speaker is theirs too (`"It was very hard…," said Amanda Ross. "We were
 * spoiled for choice…"`). Undefined when none is named, or when the words are the writer's own.
 */
export function speakerInParagraph(sentences: readonly string[], at: number): string | undefined {
  const text = sentences[at];
  if (text === undefined) return undefined;
  const own = speakerOf(text);
  if (own !== undefined) return own;
  const marksBefore = sentences.slice(0, at).reduce((count, each) => count + marksIn(each), 0);
  const inside = marksBefore % 2 === 1;
  const marks = marksIn(text);
  // Words of a quotation that goes on past this sentence: whoever the sentence that closes it names.
  if ((inside && marks % 2 === 0) || (!inside && marks % 2 === 1)) {
    for (let next = at + 1; next < sentences.length; next++) {
      if (marksIn(sentences[next]!) % 2 === 1) return speakerOf(sentences[next]!);
    }
    return undefined;
  }
  // A whole quotation (or the end of one begun before) with no one named: the speaker quoted just before.
  const quotation = marks > 0 || inside;
  const previous = sentences[at - 1];
  return quotation && previous !== undefined && marksIn(previous) > 0
    ? speakerInParagraph(sentences, at - 1)
    : undefined;
}

function marksIn(text: string): number {
  return text.match(DOUBLE_MARK)?.length ?? 0;
}

/** A title before a surname: "Mr Neeson", "Dr Wright". */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+/;

/**
 * The name as the article first gives it in full: "Mr Neeson" or "Neeson" is "Liam Neeson" where the article
 * writes "Liam Neeson"; the name as given when the article has no longer one that ends with it.
 */
export function fullNameIn(texts: readonly string[], name: string): string {
  const short = name.replace(TITLE, '');
  if (/\s/.test(short)) return name;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longer = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]+\s+){1,3})${escaped}\b`, 'u');
  for (const text of texts) {
    const words = longer.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
    while (words.length > 0 && (NOT_A_NAME.test(words[0]!) || TITLE.test(`${words[0]} `))) words.shift();
    if (words.length > 0) return `${words.join(' ')} ${short}`;
  }
  return name;
}
