/** What a question asks for, from its question word: a hit that has it is preferred a little. */
export const QuestionKind = {
  /** when: a date or a time. */
  When: 'when',
  /** who: a person, named. */
  Who: 'who',
  /** where: a place, named. */
  Where: 'where',
  /** how much, how many, how big…: a number. */
  Amount: 'amount',
  /** what, why, which, how, or a question mark: no kind of answer preferred. */
  Other: 'other',
} as const;
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];

const FIRST_WORD = /^\W*(\p{L}+)(?:\W+(\p{L}+))?/u;
const AMOUNT_WORDS = new Set(['much', 'many', 'big', 'long', 'large', 'high', 'often', 'old', 'far']);
const QUESTION_WORDS = new Set(['what', 'why', 'which', 'how', 'whose', 'whom', 'is', 'are', 'did', 'does']);

/** The kind of question a query is, or undefined when it is not one ("election", "red line"). */
export function questionOf(query: string): QuestionKind | undefined {
  const match = FIRST_WORD.exec(query.toLowerCase());
  const first = match?.[1];
  if (first === 'when') return QuestionKind.When;
  if (first === 'who') return QuestionKind.Who;
  if (first === 'where') return QuestionKind.Where;
  if (first === 'how' && AMOUNT_WORDS.has(match?.[2] ?? '')) return QuestionKind.Amount;
  if ((first !== undefined && QUESTION_WORDS.has(first)) || query.trimEnd().endsWith('?')) {
    return QuestionKind.Other;
  }
  return undefined;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CUES: Readonly<Record<Exclude<QuestionKind, 'other'>, RegExp>> = {
  when: new RegExp(
    `\\b(?:${MONTHS}|${DAYS})\\b|\\b(?:1[5-9]|20)\\d\\d\\b|\\b\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)\\b|\\b(?:today|tomorrow|yesterday|tonight|(?:next|last|this) (?:week|month|year|spring|summer|autumn|winter)|in (?:spring|summer|autumn|winter)|since|until)\\b`,
    'u',
  ),
  who: /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Minister)\b|\p{Lu}\p{Ll}+ (?:\p{Lu}\.? )?\p{Lu}\p{Ll}+|\b(?:he|she|by)\b/u,
  where: /\b(?:in|at|from|to|near|across) (?:the )?\p{Lu}\p{Ll}+/u,
  amount: /\p{N}/u,
};

/** Whether a sentence has what the question asks for (a date for "when"…); false for other questions. */
export function answersQuestion(kind: QuestionKind, text: string): boolean {
  return kind !== QuestionKind.Other && CUES[kind].test(text);
}
