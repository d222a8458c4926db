import { findDate } from './dates.js';
import { cleanLine } from './draft.js';
import { withoutCourtesy } from '../text/author-line.js';

// A person's name as bylines print it: capitalised words, initials, and the particles of many languages.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|del|della|der|den|van|von|bin|al|el|la|le|du|dos|ter|zu)(?=\s\p{Lu}))`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,4}`;
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${NAME})*`;
// Names a byline lists: commas only in a list that ends with "and" or "&" ("A, B and C"). "Jane Roe, Upper
// Tribunal" is a name and where she works, as "Jon Henley, Europe correspondent" is a name and a role.
const LISTED_NAMES = String.raw`${NAME}(?:(?:\s*,\s*${NAME})*(?:,?\s+and\s+|\s*&\s*)${NAME})?`;
/**
 * The verbs a byline says its writer by: "Written by", "Posted by", and a working document's "Prepared by",
 * "Compiled by", "Drafted by", "Authored by" ("Prepared by Jonas Berg, platform team lead – 2 October 2026").
 */
const AUTHORED = String.raw`[Ww]ritten|[Ww]ords|[Pp]osted|[Pp]repared|[Cc]ompiled|[Dd]rafted|[Aa]uthored`;
/** "By" in the languages whose bylines are read (see `BYLINE`). */
const BY = String.raw`(?:[Bb]y|BY|(?:${AUTHORED}|[Pp]ublished) [Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)`;

// "By" in the languages whose bylines are read too: German "Von", French "Par", Spanish and Portuguese "Por",
// Italian "Di", Dutch "Door" (their dates: `findDate`). After the names, a role or organisation in brackets or
// after a comma ("By Judge Eleanor Whitcombe, Upper Tribunal (Lands Chamber)").
const BYLINE = new RegExp(
  String.raw`^${BY}\s*:?\s+(${LISTED_NAMES})(?:\s*\(([^()]{1,80})\))?(?:\s*,\s*(.{1,100}))?\.?$`,
  'u',
);
/**
 * A line that opens as a byline does, "By" and a name ("By Judge …", "By the Honourable …"): one the reader cannot
 * read is still no title's. The other languages' words ("Door", "Par") open a title's line too ("Door to Door"):
 * only with a date on the line are they a byline's.
 */
const BYLINE_OPENING = new RegExp(
  String.raw`^(?:[Bb]y|BY|(?:${AUTHORED}) [Bb]y)\s*:?\s+(?:the\s+)?\p{Lu}`,
  'u',
);
const FOREIGN_BYLINE_OPENING = new RegExp(String.raw`^${BY}\s*:?\s+\p{Lu}`, 'u');
/** What follows a name after a comma as part of it: "Jr.", "Sr.", "III", "PhD". */
const NAME_SUFFIX = /^\s*(?:Jr|Sr|II|III|IV|Ph\.?\s?D|MD|M\.D)\.?\s*$/u;
/** Most words of a role or organisation after a byline's names ("Professor of Law, University of Leeds"). */
const MAX_ROLE_WORDS = 10;
const BIO_OPENING = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(${NAMES})(?:,\s*(?:Ph\.?\s?D\.?|PhD|MD|M\.D\.|Jr\.?|Sr\.?))?,?\s+(?:is|was|are|were|serves|served|has been|have been|teaches|taught|writes|works|worked|holds|leads|directs|covers|reports)\b`,
  'u',
);
// Words that make "X is …" a sentence about a person's work rather than a statement in the article.
const ROLE_WORDS =
  /\b(fellow|professor|lecturer|director|author|editor|writer|journalist|correspondent|columnist|analyst|researcher|research|scholar|contributor|reporter|founder|co-founder|president|chair|chairman|chairwoman|dean|ambassador|expert|student|candidate|doctoral|member|officer|consultant|adviser|advisor|economist|historian|scientist|teaches|writes|studies|served|serves|ph\.?d|staff|senior|associate|assistant|former|retired|visiting|adjunct|head of|partner|CEO|blogger|novelist|poet|host|producer)\b/i;
const MAX_BIO_LENGTH = 600;

const CREDIT =
  /^(?:(?:top|header|cover|lead|featured|main)\s+)?(?:image|images|photo|photos|photograph|picture|illustration|graphic|credit|image credit|photo credit|picture credit|bild|foto)\s*(?:credit)?\s*[:—–|]\s*(.{2,200}?)\.?$/i;

/** What a byline says: who wrote the text, and as what or for whom when it says so. */
export interface Byline {
  /** The names ("Jane Roe and John Doe"), with a title of office kept ("Judge Eleanor Whitcombe", see `withoutCourtesy`). */
  readonly author: string;
  /**
   * The names with the role or organisation the byline gives them, as written and without "By":
   * "Judge Eleanor Whitcombe, Upper Tribunal (Lands Chamber)". Undefined when it gives none.
   */
  readonly credit?: string;
}

/**
 * Reads a byline: "By Jane Doe", "By Jane Doe and John Roe", "By Dr Jane Doe, Staff Writer", "By Judge Eleanor
 * Whitcombe, Upper Tribunal (Lands Chamber)". A part after a comma or in brackets is the role or the organisation,
 * not a second author, unless the names are a list that ends with "and" ("By A, B and C"); it is short, holds
 * no date (`By Ana Silva, 3 March 2021` is a byline and its date) and ends no sentence ("By Christmas Eve, the
 * shops were empty." is the body's). Undefined for other lines.
 */
export function readByline(line: string): Byline | undefined {
  const text = cleanLine(line);
  if (text.length > 160) return undefined;
  const match = BYLINE.exec(text);
  if (!match) return undefined;
  const [, names, bracketed, role] = match as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  for (const part of [bracketed, role]) if (part !== undefined && !isRole(part)) return undefined;
  // "By Jane Roe, Jr.": the suffix is the name's.
  if (bracketed === undefined && role !== undefined && NAME_SUFFIX.test(role))
    return { author: `${normaliseNames(withoutCourtesy(names))} ${role.trim()}` };
  const author = normaliseNames(withoutCourtesy(names));
  if (bracketed === undefined && role === undefined) return { author };
  const credit = cleanLine(
    `${withoutCourtesy(names)}${bracketed === undefined ? '' : ` (${bracketed})`}${role === undefined ? '' : `, ${role}`}`,
  );
  return { author, credit };
}

/** Whether the words after a byline's names are a role or organisation: short, no date, no sentence. */
function isRole(words: string): boolean {
  const role = words.trim();
  return (
    role.length > 0 &&
    role.split(/\s+/).length <= MAX_ROLE_WORDS &&
    // A sentence ends in a word of small letters and a stop ("the shops were empty."), not "Jr." or "Ltd.".
    !/(?:^|\s)\p{Ll}\S*[.!?]["'”’]?$|[!?]["'”’]?$|[.!?]\s+\p{Lu}|[;:]/u.test(role) &&
    findDate(role) === undefined
  );
}

/** "By Jane Doe" or "By Jane Doe and John Roe" → the names (see `readByline`); undefined for other lines. */
export function bylineOf(line: string): string | undefined {
  return readByline(line)?.author;
}

/**
 * Whether a line opens as a byline ("By" and a capital), read or not: "By Judge Eleanor Whitcombe, …" under a
 * title is never part of it.
 */
export function opensAsByline(line: string): boolean {
  const text = cleanLine(line);
  return BYLINE_OPENING.test(text) || (FOREIGN_BYLINE_OPENING.test(text) && findDate(text) !== undefined);
}

/**
 * The closing line about the author ("Eric Ballbach is a research fellow at …") → the author's name and
 * the line itself as the bio. Sentences about anything else ("North Korea is …") are not bios: they must
 * speak of a role, and be short.
 */
export function authorBioOf(paragraph: string): { author: string; bio: string } | undefined {
  const bio = cleanLine(paragraph);
  if (bio.length > MAX_BIO_LENGTH) return undefined;
  const match = BIO_OPENING.exec(bio);
  if (!match || !ROLE_WORDS.test(bio)) return undefined;
  return { author: normaliseNames(match[1]!), bio };
}

const SIGNED = new RegExp(String.raw`^(${NAME})(?:\s*,\s*[^,]{2,60})?$`, 'u');

/**
 * A line that is only a name, or "Name, role" ("Jon Henley, Europe correspondent") → the name. Only
 * meaningful where a byline stands (above the date); single letters do not count as name words.
 */
export function signedNameOf(line: string): string | undefined {
  const text = cleanLine(line);
  const name = text.length <= 100 ? SIGNED.exec(text)?.[1] : undefined;
  if (name === undefined || name.split(/\s+/).some((word) => /^\p{L}$/u.test(word))) return undefined;
  return normaliseNames(name);
}

/** "Image: Reuters." → "Reuters"; undefined for other lines. */
export function imageCreditOf(line: string): string | undefined {
  const match = CREDIT.exec(cleanLine(line));
  return match ? cleanLine(match[1]!) : undefined;
}

/** Author names as one string: "A, B and C" (commas and ampersands become the same joiner). */
export function normaliseNames(names: string): string {
  const parts = cleanLine(names)
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .filter((part) => part.length > 0);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
