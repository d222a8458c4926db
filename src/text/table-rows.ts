/** A table read as sentences: its head as written ("District | Average price") and one sentence a row. */
export interface TableSentences {
  readonly head: string;
  readonly rows: readonly string[];
}

/** A head's words inside a sentence: "Average price" → "average price"; "GDP" stays. */
const inSentence = (head: string): string =>
  /^\p{Lu}\p{Ll}/u.test(head) ? head.charAt(0).toLocaleLowerCase() + head.slice(1) : head;

/** A column's unit in brackets after its name: "Elevation (m)", "Mean CTmax (°C)", "Larvae tested (n)", "Share (%)". */
const UNIT = /^(.*\S)\s*\(([^\s()]{1,12})\)$/u;
/** A unit that says the figure is a count ("Larvae tested (n)", "Schools (no.)"): the figure alone says so. */
const COUNT = /^(?:n|N|no\.?|No\.?|#)$/u;
const CURRENCY = /^\p{Sc}$/u;

/**
 * A cell said with its column's name: "average price £355,600"; a figure under a unit in brackets is written
 * with it, as a sentence writes a measure ("Elevation (m)" and "250–500": "elevation 250–500 m"; "Share (%)" and
 * "60": "share 60%"; "Larvae tested (n)" and "140": "larvae tested 140"). Other brackets stay ("Average price
 * (June 2026)"), as does a unit over a cell of words.
 */
function cellSaid(what: string, cell: string): string {
  const unit = UNIT.exec(what);
  if (unit === null || !/\p{N}$/u.test(cell) || /^\p{N}+$/u.test(unit[2]!))
    return `${inSentence(what)} ${cell}`;
  const name = unit[1]!;
  const measure = unit[2]!;
  if (COUNT.test(measure)) return `${inSentence(name)} ${cell}`;
  if (measure === '%') return `${inSentence(name)} ${cell}%`;
  if (CURRENCY.test(measure)) return `${inSentence(name)} ${measure}${cell}`;
  return `${inSentence(name)} ${cell} ${measure}`;
}

/**
 * A table's rows as sentences, each naming what its cells are, "Abbey: average price (June 2026) £355,600, change
 * in a year +3.9%, sales 174.": its first cell names the row and its head names the others, so that a search
 * for "average price in Abbey" finds the figure, as a grid of cells would never be found. A row with no name or
 * nothing in its other cells says nothing. Markdown's tables, a plain text's columns and a page's `<table>` are
 * all read so, from their cells as plain text.
 */
export function tableSentences(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): TableSentences {
  return {
    head: head.filter((cell) => cell !== '').join(' | '),
    rows: rows.flatMap((row) => {
      const [name, ...cells] = row;
      const said = cells.flatMap((cell, i) => {
        const what = head[i + 1] ?? '';
        return cell === '' ? [] : [what === '' ? cell : cellSaid(what, cell)];
      });
      if (name === undefined || name === '' || said.length === 0) return [];
      const sentence = `${name}: ${said.join(', ')}`;
      return [/[.!?]$/.test(sentence) ? sentence : `${sentence}.`];
    }),
  };
}
