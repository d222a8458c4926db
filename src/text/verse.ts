import { breaksWord, joinWrapped } from './line-hyphens.js';

/**
 * Verse: a poem's or a song's lines, which a reader reads with their breaks. A stanza copied as text is a block of
 * short lines that no wrapping made; its breaks are part of it, where a hard-wrapped paragraph's are not.
 */

/** Longest line of verse; prose wrapped by hand or by an editor runs longer. */
const MAX_VERSE_LINE = 60;
/** Fewest lines of a stanza told from a wrapped paragraph or a title over two lines. */
const MIN_VERSE_LINES = 3;
/** What a sentence ends with, perhaps inside quotation marks or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** How verse is quoted on one line: its lines joined by a slash, as prose quotes a poem. */
export const VERSE_BREAK = ' / ';

/**
 * Whether a block's lines are verse: three or more, each short, not each a sentence of its own (a text written a
 * sentence per line), and broken where no wrapping breaks, before a word that would have fitted on the line (its
 * length and the next line's first word no longer than the block's longest line, which any wrapping width is at
 * least).
 */
export function isVerse(lines: readonly string[]): boolean {
  const said = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (said.length < MIN_VERSE_LINES || said.some((line) => line.length > MAX_VERSE_LINE)) return false;
  if (said.every((line) => SENTENCE_END.test(line))) return false;
  // A word broken by a hyphen at a line's end ("maxi-" over "mum") is wrapping's: a PDF's column, never a stanza.
  if (said.some((line, i) => breaksWord(line, said[i + 1]))) return false;
  const widest = Math.max(...said.map((line) => line.length));
  return said.some((line, i) => {
    const next = said[i + 1]?.split(/\s+/)[0];
    return next !== undefined && line.length + 1 + next.length <= widest;
  });
}

/** Longest line of a stanza in a text whose other stanzas are plainly verse (a long line of a poem). */
const MAX_STANZA_LINE = 72;

/**
 * Which blocks of a text are verse: those that plainly are (`isVerse`), and when they are half of its blocks of
 * several lines or more (a poem, a song), every such block of short lines (a stanza that happens to break where
 * wrapping would, or whose every line ends a sentence).
 */
export function versesOf(blocks: readonly (readonly string[])[]): boolean[] {
  const plain = blocks.map(isVerse);
  const lines = blocks.map((block) => block.map((line) => line.trim()).filter((line) => line.length > 0));
  const several = lines.filter((block) => block.length >= 2).length;
  const verses = plain.filter(Boolean).length;
  if (verses === 0 || verses * 2 < several) return plain;
  return lines.map(
    (block, i) => plain[i]! || (block.length >= 2 && block.every((line) => line.length <= MAX_STANZA_LINE)),
  );
}

/**
 * A block's lines as one paragraph: verse with its breaks as slashes (`verse`: see `versesOf`, by default
 * `isVerse`), other text with spaces, a word broken by a hyphen at a line's end joined again when `isWord` knows
 * the joined word (`joinWrapped`).
 */
export function joinedLines(
  lines: readonly string[],
  verse: boolean = isVerse(lines),
  isWord: (word: string) => boolean = () => false,
): string {
  const said = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  return verse ? said.join(VERSE_BREAK) : joinWrapped(said, isWord);
}

/**
 * A label over a stanza ("Chorus", "Verse 2", "[Refrain]", "Bridge:"): three words or fewer with a capital, and
 * no mark but brackets and a colon.
 */
const LABEL = /^[[(]?\p{Lu}[\p{L}\p{N}]*(?:\s+[\p{L}\p{N}]+){0,2}[\])]?:?$/u;

/**
 * Which blocks open with a label over a stanza ("Chorus" on the line above its lines): the label is a paragraph of
 * its own, which the reader reads as the section's heading, when the lines under it are verse (`versesOf`, among
 * the text's other blocks).
 */
export function stanzaLabels(blocks: readonly (readonly string[])[]): boolean[] {
  const rests = blocks.map((block) =>
    block.length >= MIN_VERSE_LINES && LABEL.test(block[0]!.trim()) ? block.slice(1) : block,
  );
  const verses = versesOf(rests);
  return blocks.map((block, i) => rests[i] !== block && verses[i]!);
}

/** The blocks with each stanza's label a block of its own (see `stanzaLabels`). */
export function withStanzaLabels(blocks: readonly (readonly string[])[]): string[][] {
  const labelled = stanzaLabels(blocks);
  return blocks.flatMap((block, i) => (labelled[i] ? [[block[0]!], block.slice(1)] : [[...block]]));
}
