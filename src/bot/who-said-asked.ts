/**
 * "who said the thing about sourdough?", "who said you cannot rush it?", "who talked about burnout?": the words
 * asked about (the second group), after the frame that asks who (not "who said that?", a follow-up of a quote).
 */
const WHO_SAID =
  /^\s*who (?:said|says|talked about|talks about|spoke about|speaks about|was talking about|mentioned)\s+(.+?)[\s?!.]*$/iu;
/** What a follow-up points back at: "who said that?", "who said it?", "who said so?". */
const POINTING_BACK = /^(?:that|it|this|so|those|these|that one|this one)$/iu;

/**
 * The words a "who said X?" question asks the speaker of, to search as `/quote X` does (its answer credits the
 * passage found to whoever said it); undefined for any other message, and for "who said that?".
 */
export function whoSaidAsked(text: string): string | undefined {
  const asked = WHO_SAID.exec(text)?.[1]?.trim();
  return asked === undefined || asked === '' || POINTING_BACK.test(asked) ? undefined : asked;
}
