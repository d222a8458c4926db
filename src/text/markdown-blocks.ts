import { outsideLiterals, withoutEmphasis } from './markdown-inline.js';
import { readsAsHeading } from './segment.js';
import { tableSentences, type TableSentences } from './table-rows.js';
import { stanzaLabels } from './verse.js';

/** A block of a Markdown body, reduced to plain text. */
export interface MarkdownBlock {
  /** `code`: a fenced code block, its lines as written (only with `keepCode`), the fence's info string in `info`. */
  readonly kind: 'text' | 'heading' | 'emphasised' | 'code';
  /** A code block's language as its fence names it ("ini" of "```ini"), '' when it names none. */
  readonly info?: string;
  /** Heading level, 1–6, for headings. */
  readonly level?: number;
  /** A list item's text ("- fresh bread every morning"): content, never a heading however short. */
  readonly item?: true;
  /** An ordered list item's number as written ("4." of "4. Loosen the nut"): a step's number is part of it. */
  readonly number?: string;
  /** A table's row read as a sentence (`tableRows`): the table's head as written, "District | Average price". */
  readonly table?: string;
  /**
   * The address of a block that is one link and nothing else (`- [Luis on Instagram](https://…)`): a pointer
   * out of the text, as show notes' link lists are, whose words are kept as the link's.
   */
  readonly link?: string;
  readonly lines: string[];
}

const FENCE = /^\s*(```|~~~)\s*([^\s`]*)/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_TITLE = /^\s{0,3}=+\s*$/;
/**
 * A section's underline ("---" straight under its line): a level-2 heading, as CommonMark reads it, when its
 * line reads as a heading's words (`readsAsHeading`).
 */
const SETEXT_SECTION = /^\s{0,3}-+\s*$/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const LIST_ITEM = /^\s*(?:[-*+]|(\d{1,3}[.)]))\s+/;
const QUOTE = /^\s{0,3}>\s?/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const IMAGE_ONLY = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
const COMMENT = /^\s*<!--.*-->\s*$/;
const COMMENT_OPENING = /^\s*<!--/;
/** Where a block's lines meet while its inline Markdown is read: emphasis may run on over a line's end. */
const LINE_JOIN = '\uE001';
// A table's rows and the rule under its head: a grid, read a row at a time (`tableRows`).
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** A line that is one link alone, perhaps emphasised: `[Luis on Instagram](https://…)`, `<https://…>`. */
const LINK_ONLY =
  /^\s*[*_]{0,2}(?:\[(?:[^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>)[*_]{0,2}\s*$/;
const EMPHASISED_LINE = /^\s*(\*{1,2}|_{1,2})(?!\s).+(?<!\s)\1\s*$/;

/**
 * Inline Markdown to plain text: links keep their words, images and tags go, emphasis markers go, code keeps
 * its text as written (`Box<dyn Error>` is no tag).
 */
export function plainInline(text: string): string {
  return outsideLiterals(text, (held) =>
    withoutEmphasis(
      held
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
        .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<\/?[a-z][^>]*>/gi, ''),
    ),
  );
}

/** A block's lines as plain text, read together: `*whole\nteam*` is emphasis over two lines. */
function plainLines(lines: readonly string[]): string[] {
  return plainInline(lines.join(LINE_JOIN))
    .split(LINE_JOIN)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A table row's cells, as plain text. */
const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plainInline(cell.replace(/\\\|/g, '|')).trim());

/**
 * A Markdown table, its rows as sentences (`tableSentences`): undefined for one without the rule under its head
 * (a line of bars). A plain text's table written with bars is read with it too (`textTables`).
 */
export function pipeTable(lines: readonly string[]): TableSentences | undefined {
  if (
    lines.length < 3 ||
    !TABLE_RULE.test(lines[1]!) ||
    !lines.every((line) => TABLE_ROW.test(line) || TABLE_RULE.test(line))
  )
    return undefined;
  const rows = lines.slice(2).filter((line) => !TABLE_RULE.test(line));
  return tableSentences(cellsOf(lines[0]!), rows.map(cellsOf));
}

/** A Markdown table's rows as blocks (`pipeTable`); nothing of a table without the rule under its head. */
function tableRows(lines: readonly string[]): MarkdownBlock[] {
  const table = pipeTable(lines);
  return (table?.rows ?? []).map((sentence) => ({
    kind: 'text',
    item: true,
    table: table!.head,
    lines: [sentence],
  }));
}

/**
 * How many fenced code blocks (```` ``` ```` or `~~~`) a Markdown body has: `markdownBlocks` leaves them out, as
 * code is no sentence to quote, and the import says so.
 */
export function fencedCodeBlocks(markdown: string): number {
  let count = 0;
  let fence: string | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    const opening = FENCE.exec(line);
    if (fence === undefined && opening) {
      fence = opening[1];
      count += 1;
    } else if (fence !== undefined && line.trim().startsWith(fence)) fence = undefined;
  }
  return count;
}

/**
 * Splits a Markdown body into blocks of plain text: paragraphs (hard-wrapped lines kept apart, to be
 * joined by the reader), headings, list items (one block each, marked `item`, an ordered one with its `number`), quotes without their markers, a
 * table's rows as sentences (`tableRows`, marked `item` and `table`). Rules, comments, link definitions and
 * lone images are dropped, and so are code blocks unless `keepCode`: then each is a block of kind `code`, its
 * lines as written, which is no text to quote but words to find (`Article.code`). The import reads a Markdown file
 * with it, and the content folder reads an article's body with it, so both quote the same text.
 */
export function markdownBlocks(markdown: string, keepCode = false): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | undefined;
  let fence: string | undefined;
  let code: MarkdownBlock | undefined;
  let comment = false;
  let table: string[] = [];
  const close = (): void => {
    const lines = current === undefined ? [] : plainLines(current.lines);
    const link = current?.lines.length === 1 ? LINK_ONLY.exec(current.lines[0]!) : null;
    const address = link?.[1] ?? link?.[2];
    if (current && lines.length > 0)
      blocks.push({ ...current, lines, ...(address === undefined ? {} : { link: address }) });
    current = undefined;
    if (table.length > 0) blocks.push(...tableRows(table));
    table = [];
  };
  for (const raw of markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (
      fence === undefined &&
      !comment &&
      (TABLE_ROW.test(raw) || (table.length > 0 && TABLE_RULE.test(raw)))
    ) {
      if (table.length === 0) close();
      table.push(raw);
      continue;
    }
    if (table.length > 0) close();
    // A comment over several lines (<!-- … -->) is the writer's note, not the article's text.
    if (comment || (COMMENT_OPENING.test(raw) && !raw.includes('-->'))) {
      if (!comment) close();
      comment = !raw.includes('-->');
      continue;
    }
    const opening = FENCE.exec(raw);
    if (fence !== undefined || opening) {
      if (fence === undefined) {
        close();
        fence = opening![1];
        code = { kind: 'code', info: opening![2] ?? '', lines: [] };
      } else if (raw.trim().startsWith(fence)) {
        fence = undefined;
        if (keepCode && code !== undefined && code.lines.some((each) => each.trim() !== ''))
          blocks.push({ ...code, lines: trimmedCode(code.lines) });
        code = undefined;
      } else code?.lines.push(raw);
      continue;
    }
    const line = raw.replace(QUOTE, '').replace(QUOTE, '');
    const heading = ATX_HEADING.exec(line);
    const underlined = current?.kind === 'text' && current.item !== true && current.lines.length === 1;
    // Under a line that ends a sentence, "---" is the rule after its paragraph that a writer meant.
    const section =
      underlined && SETEXT_SECTION.test(line) && readsAsHeading(plainInline(current!.lines[0]!));
    if (underlined && (SETEXT_TITLE.test(line) || section)) {
      blocks.push({
        kind: 'heading',
        level: SETEXT_TITLE.test(line) ? 1 : 2,
        lines: plainLines(current!.lines),
      });
      current = undefined;
    } else if (line.trim() === '' || RULE.test(line) || COMMENT.test(line) || LINK_DEFINITION.test(line))
      close();
    else if (TABLE_RULE.test(line)) close();
    else if (IMAGE_ONLY.test(line)) continue;
    else if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1]!.length, lines: [plainInline(heading[2]!)] });
    } else {
      const item = LIST_ITEM.exec(line);
      if (item) close();
      const emphasised = EMPHASISED_LINE.test(line);
      current ??= {
        kind: emphasised ? 'emphasised' : 'text',
        lines: [],
        ...(item ? { item: true as const } : {}),
        ...(item?.[1] === undefined ? {} : { number: item[1] }),
      };
      if (!emphasised && current.kind === 'emphasised') current = { ...current, kind: 'text' };
      current.lines.push(line.replace(LIST_ITEM, ''));
    }
  }
  close();
  // A fence never closed runs to the end, as CommonMark reads it.
  if (keepCode && code !== undefined && code.lines.some((each) => each.trim() !== ''))
    blocks.push({ ...code, lines: trimmedCode(code.lines) });
  // A label over a stanza ("Chorus" on the line above its lines) is a block of its own (`stanzaLabels`).
  const labelled = stanzaLabels(
    blocks.map((block) =>
      block.kind === 'heading' || block.kind === 'code' || block.item ? [] : block.lines,
    ),
  );
  return blocks.flatMap((block, i) =>
    labelled[i]
      ? [
          { ...block, lines: block.lines.slice(0, 1) },
          { ...block, lines: block.lines.slice(1) },
        ]
      : [block],
  );
}

/** A code block's lines without the blank lines around them, each as written but for its trailing spaces. */
function trimmedCode(lines: readonly string[]): string[] {
  const kept = lines.map((line) => line.trimEnd());
  while (kept[0] === '') kept.shift();
  while (kept.at(-1) === '') kept.pop();
  return kept;
}
