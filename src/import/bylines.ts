import { cleanLine } from './draft.js';

// A person's name as bylines print it: capitalised words, initials, and the particles of many languages.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|del|della|der|den|van|von|bin|al|el|la|le|du|dos|ter|zu)(?=\s\p{Lu}))`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,4}`;
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${NAME})*`;

// "By" in the languages whose bylines are read too: German "Von", French "Par", Spanish and Portuguese "Por",
// Italian "Di", Dutch "Door" (their dates: `findDate`).
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Pp]osted|[Pp]ublished) [Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s*:?\s+(${NAMES})\.?$`,
  'u',
);
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

/** "By Jane Doe" or "By Jane Doe and John Roe" → the names; undefined for other lines. */
export function bylineOf(line: string): string | undefined {
  const text = cleanLine(line);
  if (text.length > 160) return undefined;
  const match = BYLINE.exec(text);
  return match ? normaliseNames(match[1]!) : undefined;
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
