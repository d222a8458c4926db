/** Two authors a message asks to compare, as typed, and on what ("compare what lincoln and johnson said about slavery"). */
export interface CompareAsked {
  readonly authors: readonly [string, string];
  /** What they are compared on; empty when the message names nothing. */
  readonly topic: string;
}

/** Of each author compared: the name as typed, the library's name for them, and whether a passage of theirs has the topic. */
export interface ComparedAuthor {
  readonly typed: string;
  readonly name: string;
  readonly speaks: boolean;
}

/** The answer to a comparison: the bot compares nothing itself, but says how to quote each, or that one never speaks of it. */
export interface Comparison {
  readonly topic: string;
  readonly authors: readonly ComparedAuthor[];
}

const NAME = String.raw`(\p{L}[\p{L}\p{M} .'’-]*?)`;
const SAID = String.raw`(?:said|say|says|wrote|write|writes|thought|think|thinks|argued|argue|argues)`;
/**
 * "compare what lincoln and johnson said about slavery", "can you compare lincoln with johnson on slavery?",
 * "compare lincoln and johnson": two names, then perhaps a verb of saying, then perhaps what about.
 */
const COMPARE = new RegExp(
  String.raw`^(?:(?:can|could|would) you |please )?compare (?:what |how )?${NAME} (?:and|with|to|vs\.?|versus) ${NAME}(?: ${SAID})?(?: (?:about|on|of|regarding|over) (.+?))?(?:[\s,]+please)?[\s?!.]*$`,
  'iu',
);

/** The two authors of the library a message asks to compare, and the topic; undefined unless both are authors. */
export function compareAsked(
  text: string,
  isAuthor: ((name: string) => boolean) | undefined,
): CompareAsked | undefined {
  const match = COMPARE.exec(text.trim());
  if (!match || isAuthor === undefined) return undefined;
  const [first, second] = [match[1]!.trim(), match[2]!.trim()];
  if (!isAuthor(first) || !isAuthor(second)) return undefined;
  return { authors: [first, second], topic: (match[3] ?? '').trim() };
}
