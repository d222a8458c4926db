import { normaliseNames, opensAsByline, signedNameOf } from './bylines.js';
import { isNoise, readClosing } from './closing.js';
import { splitTags, type Dateline } from './dateline.js';
import { findDate } from './dates.js';
import {
  cleanLine,
  definedFields,
  ImportWarningCode,
  ITEM_MARK,
  type ArticleDraft,
  type ImportWarning,
} from './draft.js';
import { isHeadlineUnder, isHeaderLabel, isReleaseLabel, issuerLineOf, kickerOf } from './header-labels.js';
import { headerLine } from './header-lines.js';
import { publicationOfLayout } from './known-layouts.js';
import { runningHeadsOf, withoutRunningHeads } from './running-heads.js';
import { opensWithTimestamp } from '../content/navigation-lines.js';
import { isAuthorNameLine, nameWithOffice, officeNameOf } from '../text/author-line.js';
import { foldText } from '../text/fold.js';
import { textTables } from '../text/text-tables.js';
import { wrappedWordTest } from '../text/line-hyphens.js';
import { joinedLines, versesOf, withStanzaLabels } from '../text/verse.js';

const MAX_TITLE_LENGTH = 250;
const MAX_DECK_LENGTH = 700;

/** A bullet before a line's words: a list's item ("- fresh bread", "• coffee", "* rye", "– pies"). */
const BULLET = /^\s*[-•*–▪◦]\s+(?=\S)/u;
/** A number before a line's words: an ordered list's item ("1. Put the plug in", "2) Undo the screw"). */
const NUMBERED = /^\s*(\d{1,3})([.)])\s+(?=\S)/u;

// Hard-wrapped text keeps its lines shorter than this; a longer line is a paragraph on its own.
const WRAP_WIDTH = 120;

/** A text's lines, without the spaces at their ends. */
const linesOf = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0]+$/, ''));

/** The running heads a text repeats between its paragraphs (`runningHeadsOf`), each with how often, for the import's warning. */
export const runningHeadLines = (text: string): Map<string, number> =>
  hasParagraphs(text) ? runningHeadsOf(textBlocks(text)) : new Map();

/**
 * Whether a text parts its paragraphs with blank lines: only then is a line alone a paragraph of its own, which may
 * be a running head; a text with none has each line a block, and a list's lines may repeat ("2 eggs").
 */
const hasParagraphs = (text: string): boolean => /\S[ \t]*\r?\n[ \t]*\r?\n[ \t]*\S/u.test(text);

/** The head of each table row a text's paragraphs write as a sentence (`textTables`), for the import's warning. */
export const tableRowHeads = (text: string): string[] =>
  textTables(linesOf(text)).flatMap(({ table }) => table.rows.map(() => table.head));

/**
 * Paragraphs of a text, each as its lines: blocks between blank lines, hard-wrapped lines kept together.
 * Lines are paragraphs of their own when the text has no blank line, or when a block has a line longer
 * than any wrapped text has (paragraphs copied one per line), unless each of its lines is one sentence (a
 * paragraph written a sentence per line, as news corpora are).
 */
export function textBlocks(text: string): string[][] {
  const lines = linesOf(text);
  const hasBlankLines = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: string[][] = [];
  let current: string[] = [];
  let step = 0;
  // A table's rows (columns parted by tabs or spaces, under a head) are sentences, a list's items (`textTables`).
  const tables = new Map(textTables(lines).map((table) => [table.from, table]));
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at]!;
    const table = tables.get(at);
    if (table !== undefined) {
      if (current.length > 0) blocks.push(current);
      current = [];
      blocks.push(...table.table.rows.map((row) => [`${ITEM_MARK}${row}`]));
      at = table.to - 1;
      continue;
    }
    // A bulleted line ("- fresh bread", "• coffee") is a list's item: a paragraph of its own, marked one. So is
    // a numbered line that starts a list or goes on with it ("1. …", then "2. …"), its number kept: a wrapped
    // line that opens with a figure ("12. Then …") is not.
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const ordered = numbered !== null && (Number(numbered[1]) === 1 || Number(numbered[1]) === step + 1);
    if (ordered) step = Number(numbered[1]);
    const item = bullet
      ? `${ITEM_MARK}${line.slice(bullet[0].length).trim()}`
      : ordered
        ? `${numbered[1]!}${numbered[2]!} ${line.slice(numbered[0].length).trim()}`
        : undefined;
    if (line.trim() === '' || !hasBlankLines || item !== undefined) {
      if (current.length > 0) blocks.push(current);
      current = line.trim() === '' ? [] : [item ?? line.trim()];
    } else current.push(line.trim());
  }
  if (current.length > 0) blocks.push(current);
  // Paragraphs between blank lines written a sentence per line (news corpora): two blocks of several lines
  // or more, nearly all of whose lines are one sentence each. One block of long lines is paragraphs copied
  // one per line.
  const multiline = blocks.filter((block) => block.length > 1);
  const kinds = multiline.flatMap((block) =>
    block.map((line, i) => isSentence(line, i === block.length - 1)),
  );
  const sentences = multiline.length >= 2 && kinds.filter(Boolean).length >= SENTENCE_LINES * kinds.length;
  // A label over a stanza's lines ("Chorus") is a paragraph of its own: the section's heading.
  return withStanzaLabels(
    blocks.flatMap((block) =>
      (block.some((line) => line.length > WRAP_WIDTH) && !sentences) || isTimestampList(block)
        ? block.map((line) => [line])
        : [block],
    ),
  );
}

/**
 * Whether a block is a list of timestamped lines ("[00:01:02] Is being a night owl a choice?"), perhaps under
 * its lead-in ("Timestamps:"): lines of their own, never a wrapped paragraph, however short.
 */
function isTimestampList(block: readonly string[]): boolean {
  const listed = opensWithTimestamp(block[0]!) ? block : block.slice(1);
  return listed.length >= 2 && listed.every(opensWithTimestamp);
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const SENTENCE_INSIDE = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u;

/** The least share of lines that are one sentence each in a text written a sentence per line. */
const SENTENCE_LINES = 0.8;

/** Whether a line of a block is one sentence: it ends one (the block's last may not) and holds no other. */
function isSentence(line: string, last: boolean): boolean {
  return (last || SENTENCE_END.test(line)) && !SENTENCE_INSIDE.test(line);
}

/** What the caller already knows of the header (a Markdown `# Title`), and how to read the rest. */
export interface KnownHeader {
  readonly title?: string | undefined;
  readonly deck?: string | undefined;
  /** An author named elsewhere (page metadata): a closing bio of someone else stays body text. */
  readonly author?: string | undefined;
  /**
   * The date named elsewhere (the user's `--date`), YYYY-MM-DD: with `author`, a header line that says both is
   * the byline, in whatever language it is written (`repeatsByline`).
   */
  readonly date?: string | undefined;
  /** Whether the paragraph after a repeated headline is the deck (the layout of copied article pages). */
  readonly deckAfterRepeatedTitle?: boolean;
  /**
   * Whether a first short line with no title known is the title, as a text file's first line is (default).
   * A web page names its title in its markup: its first paragraph is body text.
   */
  readonly titleFromText?: boolean;
  /**
   * Whether a word (lower case) is one a dictionary knows: a word broken by a hyphen at a line's end (a PDF's
   * column, "maxi-" over "mum") is joined again when it is. Absent: only the text's own words are known.
   */
  readonly isWord?: ((word: string) => boolean) | undefined;
}

/**
 * Reads an article from blocks of lines (paragraphs): header lines first (title, dateline, byline,
 * repeated headline, deck), then the body, then the closing lines (bio, image credit).
 */
export function extractFromBlocks(
  blocks: readonly (readonly string[])[],
  known: KnownHeader = {},
): ArticleDraft {
  const queue = blocks.map((block) => [...block]);
  // With no author given, a name line under the title with words of office ("Principal Asha Raman") names one.
  const signer = known.author ?? officeSignerOf(blocks, known.title !== undefined);
  let title = known.title;
  let deck = known.deck;
  const deckAfterRepeat = known.deckAfterRepeatedTitle ?? true;
  let author: string | undefined;
  let credit: string | undefined;
  let imageCredit: string | undefined;
  let repeated = false;
  const datelines: Dateline[] = [];
  const labels: string[] = [];
  let issued: { issuer: string; date: string } | undefined;
  while (queue.length > 0) {
    const block = queue[0]!;
    // The author's name line straight under the title, no blank line between ("Remarks at …" over "Mayor Daniel
    // Okafor"), signs the text as it does after a blank line: the block is split there, not read as one title.
    const signedAt =
      title === undefined ? block.findIndex((line, i) => i > 0 && namesAuthor(line, signer)) : -1;
    // So is a line that opens as a byline ("By Judge …") but is not read as one: a line of its own, never the
    // title's second line.
    const bylineAt = title === undefined ? block.findIndex((line, i) => i > 0 && opensAsByline(line)) : -1;
    const splitAt = signedAt > 0 ? signedAt : bylineAt;
    if (splitAt > 0) {
      const parts = [block.slice(0, splitAt), [block[splitAt]!], block.slice(splitAt + 1)];
      queue.splice(0, 1, ...parts.filter((part) => part.length > 0));
      continue;
    }
    // A kicker over the headline ("ANALYSIS", "Opinion | Politics") is a label, the line under it the title.
    const kicker =
      title === undefined && labels.length === 0 && queue.length > (block.length > 1 ? 1 : 2)
        ? kickerAbove(block, queue[1])
        : undefined;
    if (kicker !== undefined) {
      if (block.length > 1) queue.splice(0, 1, [block[0]!], block.slice(1));
      else {
        labels.push(kicker);
        queue.shift();
      }
      continue;
    }
    const headers = block.map(headerLine);
    const lineWise = block.length === 1 || headers.some((header) => header !== undefined);
    const unit = lineWise ? block[0]! : cleanLine(block.join(' '));
    const header = lineWise ? headers[0] : undefined;
    const consume = (): void => void (lineWise && block.length > 1 ? block.shift() : queue.shift());
    const next = (lineWise ? headers[1] : undefined) ?? (queue[1] ? headerLine(queue[1][0]!) : undefined);
    if (title !== undefined && foldText(cleanLine(unit)) === foldText(title)) repeated = true;
    else if (header) {
      for (const part of header) {
        if (part.kind === 'title') title ??= part.title;
        else if (part.kind === 'byline') {
          credit ??= author === undefined ? part.credit : undefined;
          author ??= part.author;
        } else if (part.kind === 'credit') imageCredit ??= part.credit;
        else datelines.push(part.dateline);
      }
    } else if (
      title === undefined &&
      (known.titleFromText ?? true) &&
      unit.length <= MAX_TITLE_LENGTH &&
      // A list's item, or a table's row, is text of the body: a text that opens with one names no title.
      !unit.startsWith(ITEM_MARK) &&
      // The last line alone is a title when it ends no sentence ("Just A Title"): a text of a title and
      // nothing more.
      (queue.length > 1 || (block.length === 1 && !SENTENCE_END.test(unit)))
    )
      title = cleanLine(unit);
    // A label under the title is no text of the article: a release's own ("Press release", "FOR IMMEDIATE
    // RELEASE") anywhere in the header, or one in capitals over more header lines ("EXCLUSIVE" over a byline).
    // A short line in words over a byline stays the deck ("River news"): a headline of its own.
    else if (
      title !== undefined &&
      isHeaderLabel(unit) &&
      (isReleaseLabel(unit) ||
        (unit === unit.toLocaleUpperCase() && (next !== undefined || startsHeader(queue[1]?.[0]))))
    )
      labels.push(cleanLine(unit));
    // "Northvale Robotics Ltd, Cambridge, 14 October 2026": a release's issuer, place and date.
    else if (title !== undefined && issued === undefined && issuerLineOf(unit) !== undefined)
      issued = issuerLineOf(unit);
    // A line that says the author and the date the user gave is the byline they read them from, in a
    // language whose byline or dates are not read ("Napisał Jan Kowalski, 5 lutego 2024").
    else if (
      title !== undefined &&
      known.author !== undefined &&
      known.date !== undefined &&
      repeatsByline(unit, known.author, known.date)
    )
      author ??= known.author;
    // A name alone (or "Name, role") just above the date signs the article.
    else if (author === undefined && next?.[0]?.kind === 'dateline' && signedNameOf(unit) !== undefined)
      author = signedNameOf(unit);
    // The name of the author known from elsewhere (the user's --author, a page's metadata) alone on a line
    // under the title signs the article as "By …" does: "John F. Kennedy" above a speech is no sentence of
    // it, nor is "Mayor Daniel Okafor" or "Daniel Okafor, Mayor" (`isAuthorNameLine`). The author is then as
    // the line names them with an office ("Mayor Daniel Okafor": "the mayor" finds them; `nameWithOffice`).
    else if (author === undefined && title !== undefined && signer !== undefined && namesAuthor(unit, signer))
      author =
        nameWithOffice(unit, signer) ??
        (foldText(signedNameOf(unit) ?? '') === foldText(signer) ? signedNameOf(unit) : signer);
    else if (
      deck === undefined &&
      title !== undefined &&
      // A byline not read is no deck: it is kept as the body's first paragraph (`unreadBylineOf` warns of it).
      !opensAsByline(unit) &&
      unit.length <= MAX_DECK_LENGTH &&
      queue.length > 2 &&
      ((repeated && deckAfterRepeat) || next !== undefined)
    )
      deck = cleanLine(unit);
    else break;
    consume();
  }
  const fields = Object.assign({}, ...datelines.map((line) => line.fields)) as Dateline['fields'];
  const layout = datelines.flatMap((line) => line.labels);
  author ??= fields.author === undefined ? undefined : normaliseNames(fields.author);
  // A release is its issuer's own text: the organisation is both its author and its publisher.
  const issuer = labels.some(isReleaseLabel) ? issued?.issuer : undefined;
  author ??= issuer;
  // A release's label in words ("Press release") names the kind of piece, as a section does; one in capitals
  // ("FOR IMMEDIATE RELEASE", "EXCLUSIVE") is an instruction to editors or a shout.
  const kicker = labels.find((label) => label !== label.toLocaleUpperCase());
  const closing = readClosing(
    // A stanza's lines keep their breaks, as slashes ("…my love, / and leave the door unbarred, / …").
    joinedBlocks(queue, known.isWord)
      .map(cleanLine)
      .filter((paragraph) => !isNoise(paragraph)),
    author ?? known.author,
  );
  const paragraphs = closing.paragraphs;
  return {
    ...definedFields({
      title,
      deck,
      author: author ?? closing.author,
      authorBio: closing.authorBio ?? credit,
      imageCredit: imageCredit ?? closing.imageCredit,
      date: datelines.find((line) => line.date !== undefined)?.date ?? issued?.date,
      publication: fields.publication ?? publicationOfLayout(layout) ?? issuer,
      section: fields.section ?? kicker,
      topic: fields.topic,
      region: fields.region,
    }),
    tags:
      fields.tags === undefined
        ? []
        : splitTags(fields.tags, [title ?? '', deck ?? '', ...paragraphs].join('\n')),
    paragraphs,
  };
}

/**
 * The label a block's first line is when it is a kicker over the headline (`kickerOf`: "ANALYSIS", "Exclusive",
 * "Opinion | Politics"): the line under it, in the block or the next, reads as the headline it labels
 * (`isHeadlineUnder`), and more of the text comes after. Its first part names the section ("Opinion").
 */
function kickerAbove(block: readonly string[], next: readonly string[] | undefined): string | undefined {
  const [line, under = next?.length === 1 ? next[0] : undefined] = block;
  if (
    line === undefined ||
    under === undefined ||
    headerLine(line) !== undefined ||
    headerLine(under) !== undefined
  )
    return undefined;
  const parts = kickerOf(line);
  return parts !== undefined && under.length <= MAX_TITLE_LENGTH && isHeadlineUnder(line, under)
    ? cleanLine(parts[0]!)
    : undefined;
}

/** Whether a line would be read as a header line, a label or a release's dateline (see `extractFromBlocks`). */
function startsHeader(line: string | undefined): boolean {
  return (
    line !== undefined &&
    (headerLine(line) !== undefined || isHeaderLabel(line) || issuerLineOf(line) !== undefined)
  );
}

/**
 * Each block's lines as one paragraph, a poem's or a song's stanzas with their breaks (`versesOf`), a word broken
 * by a hyphen at a line's end joined again when it is a word: one `isWord` knows (a dictionary's), or one the text
 * writes whole elsewhere (`joinWrapped`).
 */
export function joinedBlocks(
  blocks: readonly (readonly string[])[],
  isWord: (word: string) => boolean = () => false,
): string[] {
  const verses = versesOf(blocks);
  const known = wrappedWordTest(blocks.flat(), isWord);
  return blocks.map((block, i) => joinedLines(block, verses[i], known));
}

/**
 * The author a name line under the title names when none is given (`officeNameOf`: "Principal Asha Raman" under
 * "Remarks at the Millbrook High School Graduation", straight under it or after a blank line), or undefined. The
 * name's words are written with capitals wherever the text has them: "Mayor Defends Cuts" over a text that says
 * "cuts" is a deck. `titled`: the title is known, and the first block is the line under it.
 */
function officeSignerOf(blocks: readonly (readonly string[])[], titled: boolean): string | undefined {
  const [first, second] = blocks;
  const lines = titled
    ? first?.length === 1
      ? first
      : []
    : [...(first?.slice(1) ?? []), ...(second?.length === 1 ? second : [])];
  for (const line of lines) {
    const name = officeNameOf(line);
    if (name === undefined) continue;
    const text = blocks.flat().filter((other) => other !== line);
    const small = new Set(
      text.flatMap((other) => other.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(foldText),
    );
    return name.split(/\s+/).some((word) => small.has(foldText(word))) ? undefined : name;
  }
  return undefined;
}

/**
 * Whether a line is only the author's name (`isAuthorNameLine`: alone, after words of office, or with a role
 * after a comma) or a name line that signs as that author ("Daniel Okafor, Harbourside").
 */
function namesAuthor(line: string, author: string | undefined): boolean {
  if (author === undefined) return false;
  return foldText(signedNameOf(line) ?? '') === foldText(author) || isAuthorNameLine(line, author);
}

/** Words a byline has besides the name and the date: "By", "Napisał", a month's name, "le", "am". */
const MAX_BYLINE_OTHER_WORDS = 4;
const MAX_BYLINE_LENGTH = 160;

/**
 * Whether a line is a byline of this author and date (YYYY-MM-DD): short, it names the author, it writes the
 * date (read, or its day and year as numbers when its month is in a language not read), and it says at most
 * a few other words. A sentence of the body that names both says more.
 */
export function repeatsByline(line: string, author: string, date: string): boolean {
  const text = cleanLine(line);
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const words = (value: string): string[] => foldText(value).match(/[\p{L}\p{N}]+/gu) ?? [];
  const named = words(author);
  const said = words(text);
  const at = said.findIndex((_, i) => named.every((word, j) => said[i + j] === word));
  if (named.length === 0 || at < 0) return false;
  const rest = [...said.slice(0, at), ...said.slice(at + named.length)];
  const found = findDate(text);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  let others: string[];
  if (found !== undefined) {
    if (found.date !== date) return false;
    others = words(text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).filter(
      (word) => !named.includes(word),
    );
  } else {
    const numbers = rest.filter((word) => /^\d+$/.test(word)).map(Number);
    if (!numbers.includes(year) || !numbers.includes(day)) return false;
    const numeric = new Set([year, day, month]);
    others = rest.filter((word) => !(/^\d+$/.test(word) && numeric.has(Number(word))));
  }
  return others.length <= MAX_BYLINE_OTHER_WORDS;
}

/** Longest line a byline is. */
const MAX_UNREAD_BYLINE = 200;

/**
 * The warning for a byline the header reader could not read ("By Judge …, Upper Tribunal (…) — …" of a kind it
 * does not know): the body's first paragraph opens as a byline, is short and ends no sentence. It is kept as
 * text, never joined to the title, and the user is told, to give `--author` and `--date` or mend the line.
 */
export function unreadBylineOf(draft: ArticleDraft): ImportWarning | undefined {
  const first = draft.paragraphs.find((paragraph) => !paragraph.startsWith('## '));
  if (first === undefined) return undefined;
  const line = cleanLine(first);
  return opensAsByline(line) && line.length <= MAX_UNREAD_BYLINE && !SENTENCE_END.test(line)
    ? { code: ImportWarningCode.UnreadByline, detail: line }
    : undefined;
}

/**
 * Extracts an article from plain text laid out the way article pages read when copied: a title line; a
 * dateline (`May 17, 2020 Topic: … Region: … Blog Brand: … Tags: …`) and/or a byline; the headline
 * repeated, followed by the deck; the body; then the author's bio line and the image credit. A `title`
 * given (`--title`) is the title: the first line is then the title line only when it says the same, and
 * otherwise the body's first words, not a title to replace.
 */
export function extractPlainText(
  text: string,
  author?: string,
  title?: string,
  date?: string,
  isWord?: (word: string) => boolean,
): ArticleDraft {
  // A PDF's running head or foot, repeated between paragraphs, is no text of the article (`runningHeadsOf`).
  const blocks = hasParagraphs(text) ? withoutRunningHeads(textBlocks(text)) : textBlocks(text);
  if (title === undefined) return extractFromBlocks(blocks, { author, date, isWord });
  const first = blocks[0]?.[0];
  const titleLine = first !== undefined && foldText(cleanLine(first)) === foldText(cleanLine(title));
  const rest = titleLine
    ? [blocks[0]!.slice(1), ...blocks.slice(1)].filter((block) => block.length > 0)
    : blocks;
  return extractFromBlocks(rest, { author, title, date, isWord });
}
