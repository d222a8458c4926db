import type { Lexicon } from '../search/lexicon.js';
import { isPersonNoun, personsNamedIn } from './described-speaker.js';
import { NAME, TITLE, withoutDescription } from './speaker-names.js';

/** Words in double quotation marks: someone's words, whose names are not what the narration is about. */
const QUOTED_SPAN = /["“„«][^"“”„«»]*["”“»]/gu;
/**
 * The subject of a sentence that opens on a name, perhaps after a short phrase set apart by a comma ("On
 * Saturday, …") and up to two words that say who the person is ("Town manager", "Fifteen-year-old"), then
 * perhaps who they are between commas ("Maya Lin, the youngest player in the team, won…"), then a word in
 * small letters, its verb ("changed", "has won"); not a name joined to another ("Marsh and Reid", "Club of
 * Harbury") nor one that owns the next word ("Marsh's side").
 */
const SUBJECT = new RegExp(
  String.raw`^(?:[^,;:]{1,40},\s+)?((?:[\p{L}'’-]+\s+){0,2}?)(${NAME})(?<!['’]s|s['’])(?:,\s+([^,;:]+),)?\s+(?!(?:and|or|of|at|for|from|in|on|to|with)\b)\p{Ll}`,
  'u',
);
/** An age before a name says it is a person's: "Fifteen-year-old Maya Lin", "the 15-year-old". */
const AGE = /\b[\p{L}\d]+-years?-old\s*$/u;
const AGED_NAME = /^([\p{L}\d]+-years?-old)\s+/u;

/**
 * The person a sentence of narration is about, whom words "she said" in the sentence after it are then
 * credited to: news names someone doing anything ("Town manager Ellen Marsh changed both full-backs at the
 * interval.") and quotes them next with a pronoun (`"We were too polite…," she said.`). The one person the
 * sentence names (`personsNamedIn`: after a title or a noun for a person, "Mayor Susan Clarke"), or of several
 * the one who is its subject; or a subject whose age or description says it is a person ("Fifteen-year-old
 * Maya Lin, the youngest player in the team, won…"); not a firm or a place ("Harbury Chess Club has won…"), nor
 * anyone quoted in it. The pronoun's gender is not read: the library knows none. Undefined when it names no
 * person, or several none of whom is the subject.
 */
export function narratedPerson(
  text: string,
  article: readonly string[],
  lexicon: Lexicon,
): string | undefined {
  const narration = text.replace(QUOTED_SPAN, '…');
  const persons = personsNamedIn([narration], article, lexicon);
  return subjectPerson(narration, persons, lexicon) ?? (persons.length === 1 ? persons[0] : undefined);
}

/** The sentence's subject (`SUBJECT`), when it is one of `persons` or its age or description says it is a person. */
function subjectPerson(narration: string, persons: readonly string[], lexicon: Lexicon): string | undefined {
  const subject = SUBJECT.exec(narration);
  if (subject === null) return undefined;
  const [, opening = '', given = '', aside = ''] = subject;
  // An age capitalised at the start is no part of the name: "Fifteen-year-old Maya Lin".
  const aged = AGED_NAME.exec(given);
  const before = aged === null ? opening : `${opening}${aged[1]!}`;
  const words = withoutDescription(
    (aged === null ? given : given.slice(aged[0].length)).split(/\s+/),
    lexicon,
  );
  const name = words.join(' ');
  if (persons.includes(name)) return name;
  const described =
    AGE.test(before) ||
    TITLE.test(`${given} `) ||
    aside.split(/\s+/).some((word) => isPersonNoun(word, lexicon));
  return described && words.length > 1 ? name : undefined;
}
