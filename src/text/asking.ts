/**
 * A sentence that asks, or that is an item of a numbered list: "3. How could we test whether the fibroblasts
 * secrete IL-6?", "2. Measure ROS and HSP70 in field-collected larvae." A question is never a finding, and a
 * numbered item is most often a step or a plan ("Next steps", "Open questions"): short, it would win on length
 * alone over the statement with the same words.
 */
const ASKS = /\?["”’')\]]*\s*$/u;
const NUMBERED = /^\s*\(?\p{N}{1,2}[.)]\s/u;

/** Whether a sentence asks a question or is a numbered list's item (see above). */
export function asksOrLists(text: string): boolean {
  return ASKS.test(text) || NUMBERED.test(text);
}
