/**
 * A checklist's box before an item's words ("[ ] Add a rate limit…", "[x] Turn on coalescing…"), as Markdown task
 * lists and plain-text checklists write it: markup saying whether the item is done, no word of it.
 */
const CHECKLIST_MARK = /^\[[ xX]\]\s+(?=\S)/u;

/** A paragraph without the checklist box it opens with, so that no quote, summary or daily post shows "[ ]". */
export function withoutChecklistMark(paragraph: string): string {
  return paragraph.replace(CHECKLIST_MARK, '');
}

/** Whether a paragraph opens with a checklist's box (`withoutChecklistMark`). */
export function hasChecklistMark(paragraph: string): boolean {
  return CHECKLIST_MARK.test(paragraph);
}
