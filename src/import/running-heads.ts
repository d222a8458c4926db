import { ImportWarningCode, ITEM_MARK, type ImportWarning } from './draft.js';

/** Longest running head or foot: a journal's name, volume and pages, a report's title and date. */
const MAX_RUNNING_HEAD = 100;
/** What ends a sentence, perhaps inside quotation marks or brackets: a running head ends none. */
const SENTENCE_END = /[.!?…:]["'”’)\]]*$/u;

/**
 * The lines a text copied from a PDF repeats between its paragraphs, as each page's running head or foot ("Journal
 * of Ecology 2024, 112: 45–61"): a line alone between blank lines, with a figure in it (a year, a volume, a page),
 * ending no sentence, written the same twice or more. A heading is written once, a list's item or a stanza's line
 * is no paragraph alone, and a chorus's label has no figure. Each with how often it is written.
 */
export function runningHeadsOf(blocks: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const line = block.length === 1 ? block[0]!.trim() : undefined;
    if (
      line === undefined ||
      line.startsWith(ITEM_MARK) ||
      line.length > MAX_RUNNING_HEAD ||
      !/\p{N}/u.test(line) ||
      !/\p{L}/u.test(line) ||
      SENTENCE_END.test(line)
    )
      continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Map([...counts].filter(([, count]) => count >= 2));
}

/** The blocks without the running heads and foots among them (`runningHeadsOf`). */
export function withoutRunningHeads(blocks: readonly (readonly string[])[]): string[][] {
  const heads = runningHeadsOf(blocks);
  return blocks
    .filter((block) => !(block.length === 1 && heads.has(block[0]!.trim())))
    .map((block) => [...block]);
}

/** The import's warning for each running head left out: the line, and how often it was written. */
export function runningHeadWarnings(heads: ReadonlyMap<string, number>): ImportWarning[] {
  return [...heads].map(([line, count]) => ({
    code: ImportWarningCode.RunningHead,
    subject: String(count),
    detail: line,
  }));
}
