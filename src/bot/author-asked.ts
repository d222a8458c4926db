import { ARTICLES_BY } from './intent-words.js';
import { namesWholeLibrary } from './library-named.js';
import { SUMMARY_BY } from './summary-author-asked.js';

/** What may come before an author's name: "anything", "a quote", "the line", "more"… */
const AUTHOR_ASKED = String.raw`(?:(?:give|show|send|get|find) me )?(?:anything|something|(?:a|the|one) (?:random |good )?(?:quote|line|passage)|(?:some |any )?(?:quotes|lines|passages)|any quote|quote|stuff|more)?`;
/** What of an author's is asked for ("about sanctions"), then politeness, to the end. */
const AUTHOR_TOPIC = String.raw`(?: (?:about|on|regarding) (.+?))?(?:[\s,]+(?:please|pls|plz|thanks|thx))?[\s?!.]*$`;
/** An author's name, then `AUTHOR_TOPIC`. */
const AUTHOR_NAMED = String.raw`(\p{L}[\p{L}\p{M} .'’-]*?)${AUTHOR_TOPIC}`;
/** Quotes by an author: "anything by eric ballbach?", "quotes by Tess Ward", "by ballbach about trump". */
const BY_AUTHOR = new RegExp(`^${AUTHOR_ASKED} ?(?:written |said )?by ${AUTHOR_NAMED}`, 'iu');
/**
 * The same with "from" ("a quote from eric ballbach") or as the author's ("ballbach's quotes"): only for an
 * author the library has, since "a quote from the election part" and "kim's quotes" are about what is quoted.
 */
const FROM_AUTHOR = new RegExp(`^${AUTHOR_ASKED} ?from ${AUTHOR_NAMED}`, 'iu');
const AUTHORS_OWN = new RegExp(
  String.raw`^(?:(?:give|show|send|get|find) me )?(?:some |any )?(\p{L}[\p{L}\p{M} .-]*?)['’]s? (?:quotes?|lines?|passages?|writing|stuff)${AUTHOR_TOPIC}`,
  'iu',
);

/** Words after which an author's name says whose articles ("a quote from obama", "everything by kennedy"). */
const WHOSE = /\b(?:from|by|according to|of)\s+/giu;
const NAMED_LAST = new RegExp(`^${AUTHOR_NAMED}`, 'iu');

/**
 * An author of the library named last, after `WHOSE` ("another quote from obama", "summarize everything by
 * kennedy", "when did the recession start according to obama?", "something about bees from mia green"), and
 * the message without it, its "about" and closing "?" kept: the author's articles, as `author:` reads them. A
 * name the library has no author by is words of the texts ("what did biegun say?", "a quote from the election
 * part"). Their texts named before it ("summarize the speeches by obama", "what articles are there by
 * reagan?") are all of theirs, as `SUMMARY_BY` and `ARTICLES_BY` read them.
 */
export function authorNamedLast(
  text: string,
  isAuthor: ((name: string) => boolean) | undefined,
): { author: string; rest: string } | undefined {
  if (isAuthor === undefined || [...SUMMARY_BY, ...ARTICLES_BY].some((pattern) => pattern.test(text)))
    return undefined;
  for (const marker of text.matchAll(WHOSE)) {
    const match = NAMED_LAST.exec(text.slice(marker.index + marker[0].length));
    const author = match?.[1]?.trim();
    if (!author || !isAuthor(author)) continue;
    const about = match![2] === undefined ? '' : ` about ${match![2]}`;
    const asked = /\?\s*$/.test(text) ? '?' : '';
    return { author, rest: `${text.slice(0, marker.index).trim()}${about}${asked}` };
  }
  return undefined;
}

/** The author a message asks for quotes of, and what about, if it asks for an author's quotes. */
export function authorAsked(
  text: string,
  isAuthor: ((name: string) => boolean) | undefined,
): { author: string; topic: string } | undefined {
  const by = BY_AUTHOR.exec(text);
  if (by && !namesWholeLibrary(by[1]!)) return { author: by[1]!, topic: by[2] ?? '' };
  for (const pattern of [FROM_AUTHOR, AUTHORS_OWN]) {
    const match = pattern.exec(text);
    if (match && isAuthor?.(match[1]!)) return { author: match[1]!, topic: match[2] ?? '' };
  }
  return undefined;
}
