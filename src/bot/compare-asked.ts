import { textKindNamed } from './text-kind.js';

/**
 * Two authors a message asks to compare, as typed, and on what ("compare what lincoln and johnson said about
 * slavery"); or two articles it names, each the slug of one ("compare the 1861 and 1865 addresses").
 */
export interface CompareAsked {
  readonly authors: readonly [string, string];
  /** The slugs of two articles named, when the names are no authors but each names one article. */
  readonly articles?: readonly [string, string] | undefined;
  /** What they are compared on; empty when the message names nothing. */
  readonly topic: string;
}

/**
 * Of each author compared: the name as typed, the library's name for them, and whether a passage of theirs has
 * the topic; of an article compared, its slug as `article` and its title as `name`.
 */
export interface ComparedAuthor {
  readonly typed: string;
  readonly name: string;
  readonly speaks: boolean;
  readonly article?: string | undefined;
}

/** The answer to a comparison: the bot compares nothing itself, but says how to quote each, or that one never speaks of it. */
export interface Comparison {
  readonly topic: string;
  readonly authors: readonly ComparedAuthor[];
}

const NAME = String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N} .'’-]*?)`;
const SAID = String.raw`(?:said|say|says|wrote|write|writes|thought|think|thinks|argued|argue|argues)`;
/**
 * "compare what lincoln and johnson said about slavery", "can you compare lincoln with johnson on slavery?",
 * "compare lincoln and johnson": two names, then perhaps a verb of saying, then perhaps what about.
 */
const COMPARE = new RegExp(
  String.raw`^(?:(?:can|could|would) you |please )?compare (?:what |how )?${NAME} (?:and|with|to|vs\.?|versus) ${NAME}(?: ${SAID})?(?: (?:about|on|of|regarding|over) (.+?))?(?:[\s,]+please)?[\s?!.]*$`,
  'iu',
);

/** A name's last word in the plural and the singular before it: "1865 addresses" → "1865", "address". */
const PLURAL_LAST = /^(.*?)\s*\b([\p{L}]+?)(?:es|s)$/u;

/**
 * Two names that share a kind of text said once, in the plural, after the second ("the 1861 and 1865
 * addresses", "the first and last letters"): each with that kind ("1861 address", "1865 address"). Else the
 * names without "the".
 */
function withSharedKind(first: string, second: string): [string, string] {
  const [a, b] = [first, second].map((name) => name.replace(/^(?:the|that|this)\s+/iu, '')) as [
    string,
    string,
  ];
  for (const cut of [1, 2]) {
    const match = PLURAL_LAST.exec(b);
    if (!match) break;
    const kind = b.slice(match[1]!.length).trim().slice(0, -cut);
    if (
      match[1]!.trim() !== '' &&
      textKindNamed(kind) !== undefined &&
      textKindNamed(a.split(/\s+/u).at(-1)!) === undefined
    )
      return [`${a} ${kind}`, `${match[1]!.trim()} ${kind}`];
  }
  return [a, b];
}

/**
 * The two authors of the library a message asks to compare, and the topic; else two articles it names, one
 * each (`articleTitled`: a slug or title words, "the 1861 address"); undefined when the names are neither.
 */
export function compareAsked(
  text: string,
  isAuthor: ((name: string) => boolean) | undefined,
  articleTitled?: (words: string) => string | undefined,
): CompareAsked | undefined {
  const match = COMPARE.exec(text.trim());
  if (!match || isAuthor === undefined) return undefined;
  const [first, second] = [match[1]!.trim(), match[2]!.trim()];
  const topic = (match[3] ?? '').trim();
  if (isAuthor(first) && isAuthor(second)) return { authors: [first, second], topic };
  if (articleTitled === undefined) return undefined;
  const names = withSharedKind(first, second);
  const [one, other] = names.map((name) => articleTitled(name));
  if (one === undefined || other === undefined || one === other) return undefined;
  return { authors: names, articles: [one, other], topic };
}
