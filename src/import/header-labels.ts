import { findDate } from './dates.js';
import { cleanLine } from './draft.js';

/**
 * What a release says of itself above its lead: "Press release", "News release", "Media release", "For
 * immediate release". These are the genre's own labels in English, not words of one text: a line that says one
 * marks the text as issued by an organisation, which is then its author and its publisher.
 */
const RELEASE_LABEL = /^(?:(?:press|news|media)\s+release|for\s+immediate\s+release)$/iu;

const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/u;

/**
 * Whether a line is a label over an article rather than text of it: a kicker ("Press release", "Analysis",
 * "Live"), one or two words opening with a capital, or a line of up to four words all in capitals ("FOR
 * IMMEDIATE RELEASE", "EMBARGOED UNTIL NOON"), with no mark that ends a sentence and no figure.
 */
export function isHeaderLabel(line: string): boolean {
  const text = cleanLine(line);
  if (text === '' || SENTENCE_END.test(text) || /\p{N}/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length <= 2) return /^\p{Lu}/u.test(text);
  return words.length <= 4 && /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase();
}

/** Whether a label says the text is a release ("Press release", "FOR IMMEDIATE RELEASE"). */
export const isReleaseLabel = (line: string): boolean => RELEASE_LABEL.test(cleanLine(line));

/** A name's word: capitalised ("Northvale", "Ltd", "St"), or the small words inside names ("of", "&", "and"). */
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|&|of|and|the|de|du|von|van)$/u;
const MAX_NAME_WORDS = 6;

/**
 * A release's dateline, "Northvale Robotics Ltd, Cambridge, 14 October 2026": who issued it, where, and the
 * date that ends the line, each part before it a short name. Undefined for any other line (a sentence, a
 * date inside prose, a place alone).
 */
export function issuerLineOf(line: string): { issuer: string; date: string } | undefined {
  const text = cleanLine(line).replace(/[.:–—-]\s*$/u, '');
  const found = findDate(text);
  if (found === undefined || found.index + found.length !== text.length) return undefined;
  const parts = text
    .slice(0, found.index)
    .replace(/[\s,]+$/u, '')
    .split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const named = parts.every((part) => {
    const words = part.split(/\s+/u);
    return words.length <= MAX_NAME_WORDS && /^\p{Lu}/u.test(part) && words.every((w) => NAME_WORD.test(w));
  });
  return named ? { issuer: parts[0]!, date: found.date } : undefined;
}

/** Where a kicker's parts meet: "Opinion | Politics", "World › Europe", "News / Local". */
const KICKER_PARTS = /\s+[|›»>/]\s+/u;
const MAX_KICKER_PARTS = 3;

/**
 * A kicker above a headline: a section's label ("ANALYSIS", "Exclusive", "Breaking news", "Opinion | Politics"), a
 * label (`isHeaderLabel`) or a path of a few of them, each part a word or two opening with a capital; not two
 * words in a title's casing ("Wind Farms": a title, its deck under it). Its parts, or undefined for any other
 * line. Whether it is a kicker depends on the line under it (see `extractFromBlocks`).
 */
export function kickerOf(line: string): string[] | undefined {
  const text = cleanLine(line);
  if (/[,;:]$/u.test(text)) return undefined;
  const parts = text.split(KICKER_PARTS);
  if (parts.length > MAX_KICKER_PARTS) return undefined;
  // "Wind Farms", two words or more each with a capital, is a title's casing: a headline with its deck under it.
  const titleCased =
    parts.length === 1 && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(text) && text !== text.toLocaleUpperCase();
  if (titleCased && !isReleaseLabel(text)) return undefined;
  return parts.every(isHeaderLabel) ? parts : undefined;
}

/**
 * Whether a line under a kicker reads as the headline it labels: longer than the kicker, on one line, and ending
 * no sentence (a deck or the lead does), nor a label of its own.
 */
export function isHeadlineUnder(kicker: string, line: string): boolean {
  const text = cleanLine(line);
  const words = (value: string): number => value.split(/\s+/u).length;
  return (
    text.length > 0 &&
    words(text) > words(cleanLine(kicker)) &&
    !/[.!?…:;,]["'”’)\]]*$/u.test(text) &&
    kickerOf(text) === undefined
  );
}
