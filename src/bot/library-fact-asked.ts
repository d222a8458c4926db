import type { IntentOptions } from './intent-options.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { ITEM_NOUN, ITEM_NOUN_OR_PLURAL, ITEM_NOUNS, ITEM_PLURAL, ITEM_PLURALS } from './item-nouns.js';
import type { BotRequest } from './requests.js';

/** Words before a question that only lead up to it: "hey, quick one —", "so", "ok". */
const LEAD_IN = String.raw`^(?:.*?[—–:,-]\s*)?`;
/** What a text of the library is called in such a question: an item's noun, or "one", "entry", "addition". */
const TEXT = String.raw`(?:${ITEM_NOUN_OR_PLURAL}|(?:one|entry|addition)s?|entries)`;
/** Where the question may say the texts are: "you have", "in the library", "here". */
const HELD = String.raw`(?:\s+(?:(?:that |which )?(?:you(?:['’]ve)? (?:have|got)|you(?:['’]ve)? got|there is|in (?:the|your) (?:library|collection)|here|of them(?: all)?)))?`;

/**
 * "what's the newest one?", "whats the newest article?" (typed without its apostrophe), "what is the latest
 * article?", "which is the oldest article you have?": the newest (or oldest) article of the library, not a page
 * of the list nor a search for "newest".
 */
const NEWEST_OR_OLDEST = new RegExp(
  String.raw`${LEAD_IN}(?:what(?:['’]?s| is| was)?|which(?:['’]s| is| was)?) (?:the |your )?(newest|latest|most recent|oldest|earliest)(?: (${TEXT}))?${HELD}[\s?!.]*$`,
  'iu',
);

/** "what's the latest postmortem?": as `NEWEST_OR_OLDEST`, of any noun of one word or two. */
const NEWEST_OR_OLDEST_OF_ANY = new RegExp(
  String.raw`${LEAD_IN}(?:what(?:['’]?s| is| was)?|which(?:['’]s| is| was)?) (?:the |your )?(newest|latest|most recent|oldest|earliest) ([\p{L}-]+(?: [\p{L}-]+)?)${HELD}[\s?!.]*$`,
  'iu',
);

/**
 * "what's the latest postmortem?": the newest or oldest of a kind the library's own titles name ("Postmortem:
 * …"), which no list of nouns for an item knows; undefined when the noun is no kind the library has.
 */
function endOfTitleKind(plain: string, options: Pick<IntentOptions, 'endOfKind'>): RegExpExecArray | null {
  const asked = NEWEST_OR_OLDEST_OF_ANY.exec(plain);
  const end = asked?.[1]?.toLowerCase();
  const noun = asked?.[2]?.toLowerCase();
  if (end === undefined || noun === undefined) return null;
  const fact = end === 'oldest' || end === 'earliest' ? 'oldest' : 'newest';
  return options.endOfKind?.(noun, fact) === undefined ? null : asked;
}

/** "how many articles are there?", "how many articles do you have?": the count. */
const HOW_MANY = new RegExp(
  String.raw`${LEAD_IN}how many (?:${ITEM_PLURAL}|documents)(?:\s+(?:are there|(?:are|is) in (?:the|your) (?:library|collection)|do you have|have you got|you have|(?:are|is) here|in (?:all|total)))?(?:\s+in (?:all|total))?[\s?!.]*$`,
  'iu',
);

/** "how many postmortems are there?": as `HOW_MANY`, of any noun of one word or two (a kind the library's titles name). */
const HOW_MANY_OF_ANY = new RegExp(
  String.raw`${LEAD_IN}how many ([\p{L}-]+(?: [\p{L}-]+)?)(?:\s+(?:are there|(?:are|is) in (?:the|your) (?:library|collection)|do you have|have you got|you have|(?:are|is) here|in (?:all|total)))?(?:\s+in (?:all|total))?[\s?!.]*$`,
  'iu',
);

/** "who wrote the poem?", "who is the author of the interview?": a kind of text named with "the", "that" or "this". */
const WHO_WROTE_KIND =
  /^(?:who (?:wrote|is the author of|was the author of|authored|is behind)|whose is) ((?:the|that|this) [\p{L}-]+)[\s?!.]*$/iu;

/**
 * "who gave the 1904 address?", "when was the 1945 address?", "who wrote the letter to greeley?": who wrote, or
 * when, an item named by words of its title and a noun for an item (without one, "when was the civil war?" is a
 * question of the texts).
 */
const WHO_OR_WHEN_OF_TITLED = new RegExp(
  String.raw`^(?:who (?:wrote|gave|delivered|authored|made|is the author of|was the author of)|when (?:was|were|is) )\s*(?:the |that |this )((?:[\p{L}\p{N}'’-]+ ){0,5}?${ITEM_NOUN}(?: (?:to|of|from|at|on|about)(?: [\p{L}\p{N}'’-]+){1,4})?)(?: (?:published|written|posted|given|delivered|made))?[\s?!.]*$`,
  'iu',
);

/** Whether a name says a word besides nouns for an item and small words ("1904" of "the 1904 address"). */
function namesMoreThanItem(name: string): boolean {
  const nouns = new Set<string>([...ITEM_NOUNS, ...ITEM_PLURALS]);
  return foldedWords(name).some((word) => !STOPWORDS.has(word) && !nouns.has(word));
}

/**
 * A question about the library itself, read on the message as typed: its newest or oldest article (of the kind
 * of text it names: "the newest episode"), how many it
 * has, or who wrote the one article a kind of text names ("who wrote the poem?", as `articleOfKind` finds it).
 * Undefined for any other message.
 */
export function libraryFactAsked(
  text: string,
  options: Pick<IntentOptions, 'articleOfKind' | 'severalOfKind' | 'articleTitled' | 'endOfKind'>,
): Extract<BotRequest, { kind: 'articles' }> | undefined {
  const plain = text.trim();
  const endAsked = NEWEST_OR_OLDEST.exec(plain) ?? endOfTitleKind(plain, options);
  const end = endAsked?.[1]?.toLowerCase();
  if (end !== undefined) {
    const fact = end === 'oldest' || end === 'earliest' ? 'oldest' : 'newest';
    // "the newest episode": the newest of that kind, as "summarize the latest episode" takes it; of a kind the
    // library has none of, or every text is ("article"), the newest of all.
    const noun = endAsked![2]?.toLowerCase();
    const slug = noun === undefined ? undefined : options.endOfKind?.(noun, fact);
    return { kind: 'articles', fact, ...(slug === undefined ? {} : { article: slug, noun: noun! }) };
  }
  if (HOW_MANY.test(plain)) return { kind: 'articles', fact: 'count' };
  const counted = HOW_MANY_OF_ANY.exec(plain)?.[1]?.toLowerCase();
  // Of a kind the library has ("postmortems"): "how many postmortems are there?" counts those alone.
  if (counted !== undefined && options.endOfKind?.(counted, 'newest') !== undefined)
    return { kind: 'articles', fact: 'count', noun: counted };
  const titledName = WHO_OR_WHEN_OF_TITLED.exec(plain)?.[1];
  // A noun alone ("who wrote the article?") names no title: the list, or the one kind, answers it.
  const titled =
    titledName === undefined || !namesMoreThanItem(titledName)
      ? undefined
      : options.articleTitled?.(titledName);
  if (titled !== undefined) return { kind: 'articles', fact: 'named', article: titled };
  const kind = WHO_WROTE_KIND.exec(plain)?.[1];
  const slug = kind === undefined ? undefined : options.articleOfKind?.(kind);
  if (slug !== undefined) return { kind: 'articles', fact: 'named', article: slug };
  // "who wrote the poem?" of two poems: each, with who wrote it.
  return kind !== undefined && options.severalOfKind?.(kind) === true
    ? { kind: 'articles', fact: 'named', noun: kind.replace(/^\S+\s+/u, '').toLowerCase() }
    : undefined;
}
