import { normalise } from './message-words.js';

/** A question word a message of two words may start with ("who wrote"): no words to quote. */
export const WH_WORD = /^(?:who|what|whats|when|where|why|how|which)\b/;
const QUESTION_WORD =
  /^(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b/;

/** Whether a message asks a question: it ends with "?" or starts with a question word ("who", "did"…). */
export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_WORD.test(normalise(text));
}
