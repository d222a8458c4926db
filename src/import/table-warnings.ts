import { ImportWarningCode, type ImportWarning } from './draft.js';

/**
 * What each table became: its rows as sentences, said with the table's head, so that the user can check them.
 * `heads`: the head of each row written, in order (a Markdown table's, a plain text's or a page's alike).
 */
export function tableWarnings(heads: readonly (string | undefined)[]): ImportWarning[] {
  const rows = new Map<string, number>();
  for (const head of heads) if (head !== undefined) rows.set(head, (rows.get(head) ?? 0) + 1);
  return [...rows].map(([head, count]) => ({
    code: ImportWarningCode.TableRows,
    subject: String(count),
    detail: head,
  }));
}
