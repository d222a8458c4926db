import { foldText } from './fold.js';
import { HONORIFICS, STOPWORDS } from './stopwords.js';

/**
 * Words of office and rank a name line under a speech's title puts before the name ("Mayor Daniel Okafor",
 * "President John F. Kennedy", "The Rt Hon. Jane Roe"), folded. They say who speaks, not what is said.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...`the rt right hon honourable honorable his her excellency mx mayor lord deputy vice acting former president
  senator sen governor gov councillor councilor cllr alderman minister prime secretary chancellor premier
  representative rep congressman congresswoman assemblyman assemblywoman mp mep judge justice chief
  commissioner director ambassador chair chairman chairwoman chairperson speaker leader king queen prince
  princess pope reverend rev father bishop archbishop rabbi imam pastor general gen colonel col captain capt
  admiral major sergeant sgt officer dean rector principal headteacher superintendent sheriff attorney`.split(
    /\s+/,
  ),
]);

/** Words of courtesy among those: "Dr. Jane Roe" is Jane Roe, where "Mayor Daniel Okafor" is the mayor. */
const COURTESY_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...'the rt right hon honourable honorable his her excellency mx'.split(' '),
]);

/** Longest line a name with its office and role can be. */
const MAX_NAME_LINE = 120;
/** Most words of a role after the name ("Daniel Okafor, Mayor of Harbourside"). */
const MAX_ROLE_WORDS = 8;

const words = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a line is only the author's name: alone, with words of office before it ("Mayor Daniel Okafor",
 * "Dr. Jane Roe"), or with a short role after a comma that begins with such a word ("Daniel Okafor, Mayor of
 * Harbourside"). Such a line under a title signs the text, as "By Daniel Okafor" does; it is no sentence to
 * quote. A sentence that names the author says more ("Daniel Okafor opened the library.").
 */
export function isAuthorNameLine(line: string, author: string): boolean {
  const text = line.trim().replace(/\.$/, '');
  if (text.length === 0 || text.length > MAX_NAME_LINE || /[!?;:"“”]/.test(text)) return false;
  const named = words(author);
  if (named.length === 0) return false;
  const comma = text.indexOf(',');
  const head = comma < 0 ? text : text.slice(0, comma);
  const role = comma < 0 ? undefined : text.slice(comma + 1);
  const said = words(head);
  const before = said.slice(0, said.length - named.length);
  if (said.length < named.length || !named.every((word, i) => said[before.length + i] === word)) return false;
  // Words of office are written with a capital ("Mayor", not "mayor"), as a title before a name is.
  const written = head.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!before.every((word, i) => OFFICE_WORDS.has(word) && /^\p{Lu}/u.test(written[i] ?? ''))) return false;
  if (role === undefined) return true;
  const roleWords = words(role);
  return roleWords.length > 0 && roleWords.length <= MAX_ROLE_WORDS && OFFICE_WORDS.has(roleWords[0]!);
}

/**
 * The name as a name line under the title gives it with its office, "Mayor Daniel Okafor" of the author Daniel
 * Okafor, when the line is the author's name (`isAuthorNameLine`) after words of office that are not only
 * courtesy ("Dr. Jane Roe" gives none): how the text calls its speaker, so that "the mayor" names them.
 */
export function nameWithOffice(line: string, author: string): string | undefined {
  if (!isAuthorNameLine(line, author)) return undefined;
  const head = line.trim().replace(/\.$/, '').split(',')[0]!.trim();
  const before = words(head).slice(0, -words(author).length);
  return before.some((word) => !COURTESY_WORDS.has(word)) ? head : undefined;
}

/**
 * A name as a byline gives it, without the words of courtesy before it ("Dr. Jane Roe", "The Rt Hon. Jane Roe":
 * Jane Roe) when they are all it has before the name; words of office stay ("Judge Eleanor Whitcombe", "Rev.
 * Dr. Jane Roe"), as `nameWithOffice` keeps them, so that "the judge" finds her. A name of one word after them
 * keeps them ("Dr. Seuss"), and so does each name of a list ("Dr. Jane Roe and Dr. John Doe": both are read).
 */
export function withoutCourtesy(name: string): string {
  return name
    .split(/(\s*,\s*|\s+and\s+|\s*&\s*)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const written = part.trim().split(/\s+/);
      let at = 0;
      while (at < written.length && OFFICE_WORDS.has(words(written[at]!)[0] ?? '')) at += 1;
      const office = written.slice(0, at).map((word) => words(word)[0] ?? '');
      const courtesyOnly = at > 0 && office.every((word) => COURTESY_WORDS.has(word));
      return courtesyOnly && written.length - at >= 2 ? written.slice(at).join(' ') : part.trim();
    })
    .join('');
}

/** Most words a name has under a title with no author given ("Asha Raman", "Mary Ellen Carter Jones"). */
const MAX_NAME_WORDS = 4;

/**
 * The name a line gives when it is plainly a name line with no author known: words of office before two to
 * four capitalised words ("Principal Asha Raman", "Mayor Daniel Okafor", "Dr. Jane Roe"), or such a name with a
 * role after a comma that begins with a word of office ("Daniel Okafor, Mayor of Harbourside"); no small word
 * ("of", "the") among the name's. Undefined for any other line: a name alone ("Daniel Okafor") could be a deck.
 */
export function officeNameOf(line: string): string | undefined {
  const head = line.trim().replace(/\.$/, '').split(',')[0]!.trim();
  const written = head.split(/\s+/);
  let at = 0;
  while (
    at < written.length &&
    /^\p{Lu}/u.test(written[at]!) &&
    OFFICE_WORDS.has(words(written[at]!)[0] ?? '')
  )
    at += 1;
  const name = written.slice(at);
  const office = at > 0 || head !== line.trim().replace(/\.$/, '');
  if (!office || name.length < 2 || name.length > MAX_NAME_WORDS) return undefined;
  const nameWord = (word: string): boolean =>
    /^\p{Lu}[\p{L}'’.-]*$/u.test(word) &&
    !STOPWORDS.has(foldText(word)) &&
    !OFFICE_WORDS.has(words(word)[0] ?? '');
  if (!name.every(nameWord)) return undefined;
  const author = name.join(' ');
  return isAuthorNameLine(line, author) ? author : undefined;
}
