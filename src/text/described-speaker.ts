import { lemmaCandidates, type Lexicon } from '../search/lexicon.js';
import {
  ASIDE,
  isOwner,
  maySaySomething,
  NAME,
  SAYING,
  TITLE,
  TITLES,
  withoutDescription,
} from './speaker-names.js';

/** "The" and up to four words that end in a noun: "the Ballymena-born actor", "the firm's chief executive". */
const DESCRIPTION = String.raw`[Tt]he(?:\s+[\p{L}'’-]+){0,3}?\s+\p{Ll}[\p{L}'’-]*`;
/** A description before the verb: "The Ballymena-born actor said", `The judges called it "…"`. */
const DESCRIPTION_SAID = new RegExp(String.raw`(?:^|[\s,;:"“”])(${DESCRIPTION})${ASIDE}\s+${SAYING}\b`, 'u');
/** A description after the verb that follows a quotation, and last: `," wrote the judges.` */
const SAID_DESCRIPTION = new RegExp(
  String.raw`[,.!?]["”’]\s+${SAYING}\s+(${DESCRIPTION})(?=\s*(?:[.,;:!?]|$))`,
  'u',
);
/**
 * People of a kind who open the sentence, a plural of everyday words, perhaps where they are, before the verb:
 * "Shop owners on Mill Street said", "Residents told". The place is no speaker: the head of the subject is.
 */
const GROUP_SAID = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}'’-]*){0,2}?)(?:\s+(?:on|in|at|near|outside|along|around|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?${ASIDE}\s+${SAYING}\b`,
  'u',
);
/** Each name a sentence gives, at most four capitalised words after their titles. */
const NAMES = new RegExp(NAME, 'gu');
/** The word before a name, which may say what the person does ("actor Hugh Grant"). */
const WORD_BEFORE = /([\p{L}'’-]+)\s+$/u;

/**
 * Who the sentence credits its words to when it describes them rather than names them, with a noun the
 * lexicon knows for a person ("The Ballymena-born actor said…", `The judges called it "…"`, `," wrote the
 * judges.`): the one person the sentences just before it name (`before`: the paragraph so far and the one
 * before it), as a reader takes the actor to be "Hollywood film star Liam Neeson" of the sentence before;
 * else the description itself, as the article gives it ("the judges", a group; "the actor", when it names
 * no one before, or several); or people of a kind who open the sentence, without "the" ("Shop owners on Mill
 * Street said": "shop owners", never the street). Undefined when it describes no person ("the company said").
 */
export function describedSpeaker(
  text: string,
  before: readonly string[],
  article: readonly string[],
  lexicon: Lexicon,
): string | undefined {
  if (!maySaySomething(text)) return undefined;
  const description = (SAID_DESCRIPTION.exec(text) ?? DESCRIPTION_SAID.exec(text))?.[1];
  if (description === undefined) return groupSaid(text, lexicon);
  const noun = description.split(/\s+/).at(-1)!.toLowerCase();
  const asGiven = description.replace(/^The\b/, 'the');
  if (lexicon.isPerson?.(noun)) {
    const persons = personsNamedIn(before, article, lexicon);
    return persons.length === 1 ? persons[0] : asGiven;
  }
  // A plural ("the judges") is several people, whoever the article names.
  return isPlural(noun, lexicon) ? asGiven : undefined;
}

/** The people of a kind who open the sentence and say its words (`GROUP_SAID`), as given: "shop owners". */
function groupSaid(text: string, lexicon: Lexicon): string | undefined {
  const group = GROUP_SAID.exec(text)?.[1];
  const noun = group?.split(/\s+/).at(-1)!.toLowerCase();
  if (group === undefined || noun === undefined || !isPlural(noun, lexicon)) return undefined;
  return `${group[0]!.toLowerCase()}${group.slice(1)}`;
}

/** Whether `noun` is the plural of a noun for a person ("owners", "judges"). */
function isPlural(noun: string, lexicon: Lexicon): boolean {
  return (
    noun.endsWith('s') && lemmaCandidates(noun).some((lemma) => lemma !== noun && lexicon.isPerson?.(lemma))
  );
}

/**
 * The people `sentences` name, each once (by the last word of the name: "Liam Neeson" is "Mr Neeson"): a
 * name with a title ("Sir Trevor McDonald"), after a noun for a person ("actor Hugh Grant", "Teacher Joan
 * Pike"), or one whose last word the article gives with a title elsewhere ("Liam Neeson", of "Mr Neeson").
 * A name with none of these is left out: it may be a place or a firm ("New York", "Lyric Theatre").
 */
export function personsNamedIn(
  sentences: readonly string[],
  article: readonly string[],
  lexicon: Lexicon,
): string[] {
  const persons = new Map<string, string>();
  for (const text of sentences) {
    for (const found of text.matchAll(NAMES)) {
      const wordBefore = WORD_BEFORE.exec(text.slice(0, found.index))?.[1];
      ownerAndOwned(found[0].split(/\s+/)).forEach((name, at) => {
        const words = withoutDescription(name, lexicon);
        const last = words.at(-1);
        if (last === undefined) return;
        // What the person does, before the name or as its first capitalised words: "actor Hugh Grant".
        const before = at === 0 && wordBefore !== undefined ? [wordBefore] : [];
        const described = [...before, ...name.slice(0, -2)].some((word) => isPersonNoun(word, lexicon));
        if (described || (words.length > 1 && TITLE.test(`${words[0]} `)) || titledIn(article, last))
          if (!persons.has(last)) persons.set(last, words.join(' '));
      });
    }
  }
  return [...persons.values()];
}

/** A name split where a word owns the next: "John Guy's The Life" is "John Guy" and "The Life". */
function ownerAndOwned(words: readonly string[]): string[][] {
  const names: string[][] = [[]];
  for (const word of words) {
    names.at(-1)!.push(isOwner(word) ? word.replace(/['’]s?$/, '') : word);
    if (isOwner(word)) names.push([]);
  }
  return names.filter((name) => name.length > 0);
}

/** Whether `word` is a noun for a person or its plural ("actor", "authors"); not "star" (first a sun). */
export function isPersonNoun(word: string, lexicon: Lexicon): boolean {
  return lemmaCandidates(word.toLowerCase()).some((lemma) => lexicon.isPerson?.(lemma));
}

/** Whether the article gives `surname` after a title: "Mr Neeson", "Dr Wright". */
function titledIn(article: readonly string[], surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const titled = new RegExp(String.raw`\b${TITLES}\.?\s+${escaped}\b`, 'u');
  return article.some((text) => titled.test(text));
}
