/**
 * Whether a text's person is a man or a woman, as the text itself tells: by the title it gives them ("Mr.
 * Darcy", "Miss Bingley"), or by the pronouns its sentences use after their name ("Elizabeth … for her to
 * hear"). For a pronoun tag ("said he"), never to guess: unknown is an answer.
 */
import { ADDRESS_TITLE, GENDERED_TITLES, type Gender } from './same-surname.js';

export type { Gender } from './same-surname.js';

const QUOTED = /["“„«][^"“”„«»]*["”“»]?/gu;
const HE = /^(?:he|him|his|himself)$/iu;
const SHE = /^(?:she|her|hers|herself)$/iu;

/**
 * The gender of `name` in `article`: its own title's ("Mr. Bingley"); else the title the article writes before
 * its first word ("Miss Elizabeth"), or its only word ("Mr. Darcy" for "Darcy"); else the pronoun that first
 * follows the name in the sentences that name it, when one gender is at least twice as common as the other and
 * seen twice. Undefined when the text does not tell.
 */
export function genderOf(name: string, article: readonly string[]): Gender | undefined {
  const words = name.split(/\s+/);
  const own = GENDERED_TITLES[words[0]!.replace(/\.$/, '').toLowerCase()];
  if (words.length > 1 && ADDRESS_TITLE.test(words[0]!)) return own;
  const key = words[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const titled = new RegExp(String.raw`\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+${key}(?![\p{L}'’-])`, 'u');
  const titles = new Set<Gender>();
  for (const text of article) {
    const found = titled.exec(text);
    if (found !== null) titles.add(GENDERED_TITLES[found[1]!.toLowerCase()]!);
  }
  if (titles.size === 1) return [...titles][0];
  if (titles.size > 1) return undefined;
  return voted(article, words[0]!) ?? (words.length > 1 ? voted(article, words.at(-1)!) : undefined);
}

/** The gender the pronouns after `word` tell (see `genderOf`), undefined when they do not agree enough. */
function voted(article: readonly string[], word: string): Gender | undefined {
  let men = 0;
  let women = 0;
  const alone = new RegExp(
    String.raw`(?<![\p{L}'’-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}'’-])`,
    'u',
  );
  // The narration only: in `"Margaret," said he` the pronoun after the name is the speaker's.
  for (const text of article.map((each) => each.replace(QUOTED, '…'))) {
    const found = alone.exec(text);
    if (found === null) continue;
    const pronoun = text
      .slice(found.index + word.length)
      .split(/[^\p{L}]+/u)
      .find((each) => HE.test(each) || SHE.test(each));
    if (pronoun === undefined) continue;
    if (HE.test(pronoun)) men += 1;
    else women += 1;
  }
  if (men >= 2 && men >= 2 * women) return 'man';
  if (women >= 2 && women >= 2 * men) return 'woman';
  return undefined;
}
