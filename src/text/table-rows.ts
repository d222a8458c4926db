/** A table read as sentences: its head as written ("District | Average price") and one sentence a row. */
export interface TableSentences {
  readonly head: string;
  readonly rows: readonly string[];
}

/** A head's words inside a sentence: "Average price" → "average price"; "GDP" stays. */
const inSentence = (head: string): string =>
  /^\p{Lu}\p{Ll}/u.test(head) ? head.charAt(0).toLocaleLowerCase() + head.slice(1) : head;

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
        return cell === '' ? [] : [what === '' ? cell : `${inSentence(what)} ${cell}`];
      });
      if (name === undefined || name === '' || said.length === 0) return [];
      const sentence = `${name}: ${said.join(', ')}`;
      return [/[.!?]$/.test(sentence) ? sentence : `${sentence}.`];
    }),
  };
}
