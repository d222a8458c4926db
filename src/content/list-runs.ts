/**
 * A list read as its writer meant it. Markdown and the import give each item of a list a paragraph of its
 * own; a reader reads a lead-in ending in a colon and items that are fragments of it ("the heavy use of
 * pesticides,", "and a warming climate.") as one sentence, and an item of a list of sentences as a sentence.
 */

/** An ordered list's number before an item's words ("4. Loosen the nut", "12) Sign here"). */
const LIST_NUMBER = /^\d{1,3}[.)]\s+(?=\S)/u;

/** An item's words without its number ("Loosen the nut" of "4. Loosen the nut"). */
export function withoutListNumber(item: string): string {
  return item.replace(LIST_NUMBER, '');
}

/** How long an ordered item's number and the space after it are ("4. " is 3), 0 for other paragraphs. */
export function listNumberLength(item: string): number {
  return LIST_NUMBER.exec(item)?.[0].length ?? 0;
}

/** A paragraph that ends in a colon: it introduces what follows it. */
const LEAD_IN = /:\s*$/u;
/** An item that runs on into the next: it ends in a comma or semicolon, or in "and" or "or". */
const RUNS_ON = /(?:[,;]|\s(?:and|or))\s*$/iu;
/** An item that goes on from what came before: it starts with a lower-case letter (after any quote mark). */
const GOES_ON = /^["'“‘(]*\p{Ll}/u;

const isFragment = (item: string): boolean => RUNS_ON.test(item) || GOES_ON.test(withoutListNumber(item));

/**
 * The paragraphs in runs as they read: a lead-in with the fragments that follow it ("Three stand out:",
 * "the loss of meadows,", "the use of pesticides,", "and a warming climate."), every other paragraph alone.
 * A run ends at the item that does not run on. Items that are sentences ("Plant native flowers.") stay apart.
 */
export function listRuns(paragraphs: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const run = [paragraphs[i]!];
    if (LEAD_IN.test(run[0]!)) {
      for (let next = paragraphs[i + 1]; next !== undefined && isFragment(next); next = paragraphs[i + 1]) {
        run.push(next);
        i += 1;
        if (!RUNS_ON.test(next)) break;
      }
    }
    runs.push(run);
  }
  return runs;
}

/**
 * A run as one paragraph: a lead-in joined to its fragments by a space, in their words and without the items'
 * numbers, which count no steps inside one sentence ("Three stand out: the loss of meadows, the use of
 * pesticides, and a warming climate."); a paragraph alone as it is, an ordered item with its number ("4. Loosen
 * the nut").
 */
export function runText(run: readonly string[]): string {
  return run.length === 1 ? run[0]! : [run[0]!, ...run.slice(1).map(withoutListNumber)].join(' ');
}

/**
 * Whether a paragraph's last sentence is a lead-in to the paragraphs after it ("Here is a short list:"):
 * alone it says nothing, so it is not quoted alone.
 */
export function isLeadIn(sentence: string, paragraphsAfter: number): boolean {
  return paragraphsAfter > 0 && LEAD_IN.test(sentence);
}
