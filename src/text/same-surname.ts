/**
 * Whether a surname is one person's in a text, or a family's. A novel names a household by its surname ("Mr.
 * Bennet", "Mrs. Bennet", "Miss Bennet", "Elizabeth Bennet"); a report names one person in full, then by title
 * and surname ("Liam Neeson", then "Mr Neeson"). Only in the second may a reader be told the surname is the
 * full name's: "said Mrs. [Elizabeth] Bennet" falsifies the text, so in doubt the name stays as written.
 */

import { STOPWORDS } from './stopwords.js';

/** A person's gender as a text tells it (see name-gender.ts). */
export type Gender = 'man' | 'woman';

/** Titles of address before a surname, and whether each names a man or a woman (neither: "Dr", "Prof"). */
export const GENDERED_TITLES: Readonly<Record<string, Gender>> = {
  mr: 'man',
  sir: 'man',
  lord: 'man',
  mrs: 'woman',
  ms: 'woman',
  miss: 'woman',
  lady: 'woman',
  dame: 'woman',
};

/** A title of address, as a novel or a report prints it before a name ("Mr.", "Mrs", "Miss", "Dr"). */
export const ADDRESS_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Revd)\.?$/u;

/** How the text names the people of one surname: the titles before it, and the given names written with it. */
interface SurnameUses {
  readonly genders: Set<'man' | 'woman'>;
  readonly given: Set<string>;
  /** Where (the index of the text) the surname is first written after a title, and first after a given name. */
  readonly firstTitled: number;
  readonly firstGiven: number;
}

function usesOf(texts: readonly string[], surname: string): SurnameUses {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*)(\.?)\s+${escaped}(?![\p{L}'’-])`, 'gu');
  const genders = new Set<'man' | 'woman'>();
  const given = new Set<string>();
  let firstTitled = Infinity;
  let firstGiven = Infinity;
  texts.forEach((text, at) => {
    for (const match of text.matchAll(before)) {
      const word = match[1]!;
      if (ADDRESS_TITLE.test(word)) {
        const gender = GENDERED_TITLES[word.toLowerCase()];
        if (gender !== undefined) genders.add(gender);
        firstTitled = Math.min(firstTitled, at);
      } else if (match[2] === '' && /^\p{Lu}\p{Ll}+$/u.test(word) && !STOPWORDS.has(word.toLowerCase())) {
        given.add(word);
        firstGiven = Math.min(firstGiven, at);
      }
    }
  });
  return { genders, given, firstTitled, firstGiven };
}

/**
 * Whether `short` ("Mrs. Bennet", "Bennet"), as the text names someone, may be shown as the full name `full`
 * ("Elizabeth Bennet") the text gives elsewhere: not when the text names the surname's people with titles of
 * both a man and a woman ("Mr." and "Mrs."), nor with two given names ("Elizabeth" and "Jane"), nor, for a
 * title and surname, when the text uses the title before it gives the full name (a report names a person in
 * full first). A family shares a surname; a title and surname is then another person than the first-named one.
 */
export function maySurnameBe(texts: readonly string[], short: string, full: string): boolean {
  const words = short.split(/\s+/);
  const surname = words.at(-1)!;
  const titled = words.length > 1 && ADDRESS_TITLE.test(words[0]!);
  const uses = usesOf(texts, surname);
  if (uses.genders.size > 1 || uses.given.size > 1) return false;
  const own = GENDERED_TITLES[words[0]!.replace(/\.$/, '').toLowerCase()];
  // "Mr. Bennet" is no woman written in full with "Mrs." ("Mrs. Jane Bennet").
  if (titled && own !== undefined && uses.genders.size === 1 && !uses.genders.has(own)) return false;
  if (titled && uses.firstTitled < uses.firstGiven) return false;
  return full.endsWith(surname);
}
