/**
 * A part of a header's line that names a field and its value: "Status: Draft for review", "Incident commander:
 * Aisha Okonkwo (staff engineer)", its name of one to four words opening with a capital.
 */
const FIELD = /^\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3}: \S/u;
/** What joins a header's fields on one line: a middle dot or a bar, with spaces ("Status: final · Author: …"). */
const FIELD_JOIN = /\s+[·|•]\s+/u;
/** A table's row as the import writes it ("Cost per year: env vars (today) $0, unleash self-hosted ~$6,000."). */
const ROW = /^([^:]{1,60}): (.+?)\.?$/u;
const FIRST_WORD = /^[^\s]+/u;

/** Whether a paragraph is a header's line of fields: two or more "Field: value" parts joined by "·" or "|". */
export function isFieldLine(text: string): boolean {
  const parts = text.split(FIELD_JOIN);
  return parts.length >= 2 && parts.every((part) => FIELD.test(part.trim()));
}

/** The words each cell of a table's row opens with, its column's name as the import writes it; none for prose. */
function rowColumns(text: string): string[] | undefined {
  const row = ROW.exec(text);
  if (row === null) return undefined;
  const cells = row[2]!.split(/, (?=\S)/u);
  if (cells.length < 2) return undefined;
  return cells.map((cell) => FIRST_WORD.exec(cell)?.[0] ?? '');
}

/**
 * Which paragraphs are records rather than prose: a header's line of fields ("Severity: SEV-2 · Incident commander:
 * … · On call: …", `isFieldLine`), and a table's rows as the import writes them, one a list's item, "Name: column
 * value, column value." in two or more items in a row whose cells open with the same column words. They are
 * found by a search of their words, and never offered unasked (`Passage.foundOnly`): a daily post, a random
 * quote or a summary of them says nothing.
 */
export function recordLines(texts: readonly string[], items: readonly boolean[]): boolean[] {
  const columns = texts.map((text, i) => (items[i] ? rowColumns(text) : undefined));
  const sameColumns = (a: string[] | undefined, b: string[] | undefined): boolean =>
    a !== undefined && b !== undefined && a.length === b.length && a.every((word, i) => word === b[i]);
  return texts.map(
    (text, i) =>
      isFieldLine(text) ||
      sameColumns(columns[i], columns[i - 1]) ||
      sameColumns(columns[i], columns[i + 1]),
  );
}
