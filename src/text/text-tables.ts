import { pipeTable } from './markdown-blocks.js';
import { tableSentences, type TableSentences } from './table-rows.js';

/** A table in a plain text's lines: its rows as sentences, and the lines it takes, `from` to before `to`. */
export interface TextTable {
  readonly from: number;
  readonly to: number;
  readonly table: TableSentences;
}

interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Where a plain text's columns part: a tab, or two spaces or more (one space is inside a cell's words). */
const GAP = /\t+| {2,}/g;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** A rule under the head or around the table ("-------   ------", "+-----+-----+", "=====  ====="). */
const RULE = /^\s*[-=+|:\s]*[-=]{3,}[-=+|:\s]*$/;
/** A head's cell names a column: a few words, never a sentence. */
const MAX_HEAD_CELL = 40;
const MAX_CELL = 80;
/**
 * A column's name: words opening with a letter, with no mark that ends a sentence or a clause after them, and none
 * of code's ("fuse.search('…')", "x = 0;") or of a list's bullet ("-   Written in TypeScript").
 */
const COLUMN_NAME = /^\p{L}[^()[\]{}<>=;"`|│]*(?<![.!?;,:])$/u;
/** A column's unit in brackets after its name ("Elevation (m)", "Mean CTmax (°C)", "Larvae tested (n)"). */
const COLUMN_UNIT = /\s*\([^()[\]{}<>=;"`|│\s]{1,12}\)$/u;
/** Whether a head's cell names a column (`COLUMN_NAME`), with its unit after it or not. */
const namesColumn = (text: string): boolean => COLUMN_NAME.test(text.replace(COLUMN_UNIT, ''));

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  const push = (end: number): void => {
    const raw = line.slice(at, end);
    const text = raw.trim();
    if (text !== '')
      cells.push({ text, start: at + raw.indexOf(text), end: at + raw.indexOf(text) + text.length });
  };
  for (const gap of line.matchAll(GAP)) {
    push(gap.index);
    at = gap.index + gap[0].length;
  }
  push(line.length);
  return cells;
}

/**
 * A row's cells in the head's columns: one for one when it has as many, or else (columns aligned with spaces,
 * a cell left empty) each in the column its text lies under most. Undefined when the row fits no column plan.
 */
function inColumns(head: readonly Cell[], row: readonly Cell[], tabbed: boolean): string[] | undefined {
  if (row.length === head.length) return row.map((cell) => cell.text);
  if (tabbed || row.length > head.length) return undefined;
  const columns: string[] = head.map(() => '');
  for (const cell of row) {
    const overlaps = head.map((_, k) => {
      const from = k === 0 ? 0 : head[k]!.start;
      const to = head[k + 1]?.start ?? Infinity;
      return Math.min(cell.end, to) - Math.max(cell.start, from);
    });
    const k = overlaps.indexOf(Math.max(...overlaps));
    if (overlaps[k]! <= 0 || columns[k] !== '') return undefined;
    columns[k] = cell.text;
  }
  return columns;
}

/** The table a run of lines is (head, rule, rows), or undefined when it is not one. */
function tableOf(lines: readonly string[]): TableSentences | undefined {
  // Written with bars, as Markdown writes a table ("| District | Average price |"): read as Markdown's are.
  if (lines.every((line) => PIPE_ROW.test(line) || RULE.test(line))) return pipeTable(lines);
  const [first, ...rest] = lines;
  if (first === undefined || RULE.test(first)) return undefined;
  const head = cellsOf(first);
  const ruled = rest[0] !== undefined && RULE.test(rest[0]);
  const body = rest.filter((line) => !RULE.test(line));
  if (head.length < 2 || body.length < (ruled ? 1 : 2)) return undefined;
  if (head.some((cell) => cell.text.length > MAX_HEAD_CELL || !namesColumn(cell.text))) return undefined;
  const tabbed = lines.some((line) => line.includes('\t'));
  const rows: string[][] = [];
  for (const line of body) {
    const row = inColumns(head, cellsOf(line), tabbed);
    if (row === undefined || row.some((cell) => cell.length > MAX_CELL)) return undefined;
    rows.push(row);
  }
  return tableSentences(
    head.map((cell) => cell.text),
    rows,
  );
}

/**
 * The tables of a plain text: runs of lines in columns (parted by tabs or by two spaces or more), the first
 * line the head, a rule under it or not, then two rows or more (one under a rule), or a table written with bars
 * as Markdown writes one. A head's cells are names (`COLUMN_NAME`), perhaps with a unit in brackets ("Elevation (m)"), never sentences, so that prose typed with
 * two spaces after its full stops is no table. Each is read as
 * Markdown's tables are (`tableSentences`), a sentence a row.
 */
export function textTables(lines: readonly string[]): TextTable[] {
  const tables: TextTable[] = [];
  const columned = (line: string): boolean =>
    RULE.test(line) || PIPE_ROW.test(line) || cellsOf(line).length >= 2;
  for (let from = 0; from < lines.length;) {
    let to = from;
    while (to < lines.length && lines[to]!.trim() !== '' && columned(lines[to]!)) to += 1;
    const table = to - from >= 2 ? tableOf(lines.slice(from, to)) : undefined;
    if (table !== undefined && table.rows.length > 0) tables.push({ from, to, table });
    from = Math.max(to, from + 1);
  }
  return tables;
}
