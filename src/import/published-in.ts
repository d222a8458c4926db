import { findDate } from './dates.js';
import type { Dateline } from './dateline.js';
import { cleanLine } from './draft.js';

/** "Published in", "First published in", "Originally appeared in", "As published in": where the text came out. */
const PUBLISHED_IN =
  /^(?:(?:first|originally|as|this (?:article|story|poem|piece) (?:was )?(?:first )?)\s*)?(?:published|appeared|printed)\s+in\s+(.+)$/iu;
/** A publication's name: capitalised words, figures, and the small words between them ("The Friday Fiction Page"). */
const PUBLICATION_WORD = /^(?:["'“‘(]*[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*[)"'”’]*|&|\p{Ll}{1,3})$/u;
const MAX_PUBLICATION_WORDS = 10;

/**
 * A line that says where and when the text was published, "Published in Salt Road Review, 2 November 2023"
 * ("on 2 November 2023", "(2 November 2023)", "| 2 November 2023", or no date), read as a dateline of the
 * publication and the date. Undefined for any other line: the name must read as one (capitalised words; "in
 * March the council…" is a sentence), and nothing may follow the date.
 */
export function publishedInOf(line: string): Dateline | undefined {
  const match = PUBLISHED_IN.exec(cleanLine(line));
  if (!match) return undefined;
  let rest = match[1]!.trim();
  const found = findDate(rest);
  let date: string | undefined;
  if (found !== undefined) {
    const after = rest.slice(found.index + found.length).trim();
    if (!/^[).]?$/.test(after) || found.date === undefined) return undefined;
    date = found.date;
    rest = rest.slice(0, found.index);
  }
  // What joins the name to its date: a comma, "on", a dash, a bracket; a year alone after a comma ("…, 2023").
  const publication = rest
    .replace(/(?:,|\s+on|\s+[—–|-]|\s*\()\s*$/u, '')
    .replace(/,\s*\d{4}\.?$/u, '')
    .replace(/\.$/u, '')
    .trim();
  const words = publication.split(/\s+/);
  if (
    publication === '' ||
    words.length > MAX_PUBLICATION_WORDS ||
    !/^["'“‘(]*[\p{Lu}\p{N}]|^the\s/u.test(publication) ||
    !words.every((word) => PUBLICATION_WORD.test(word)) ||
    /^\d+$/.test(publication)
  )
    return undefined;
  return { fields: { publication }, labels: [], ...(date === undefined ? {} : { date }) };
}
