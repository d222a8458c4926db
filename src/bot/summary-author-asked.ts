import type { IntentOptions } from './intent-options.js';
import { ITEM_NOUN_OR_PLURAL, ITEM_PLURAL } from './item-nouns.js';
import { namesWholeLibrary } from './library-named.js';

/** What a library's texts are called, several of them: "the articles by…", "bbc news stories". */
const TEXTS = ITEM_PLURAL;
/**
 * An author's texts a summary asks for: "summarize the articles by BBC News (about X)", "summarize bbc news
 * articles", "summarize what obama says about energy": the author's words, what about, and whether it named
 * their texts (all of them) or asked what they say. Read on the message as typed.
 */
export const SUMMARY_BY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${TEXTS} (?:written |given |delivered )?by (.+?)(?: (?:about|on|regarding) (.+?))?[\s?!.]*$`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:summari[sz]e|tl;?dr|recap|sum up)(?: of)?(?: (?:all|each|every))?(?: of)?(?: (?:the|all))? (\p{L}[\p{L}\p{M} .'’-]*?)(?:['’]s?)? ${TEXTS}(?: (?:about|on|regarding) (.+?))?[\s?!.]*$`,
    'iu',
  ),
];
const SUMMARY_OF_VIEW = new RegExp(
  String.raw`\bwhat (?:(?:do|does|did) )?(?!(?:do|does|did|it|this|that|they|the (?:${ITEM_NOUN_OR_PLURAL}|author)|all the ${ITEM_PLURAL})\b)(\p{L}[\p{L}\p{M} .'’-]*?) (?:says?|said|thinks?|writes?|wrote|argues?) (?:about|on|regarding) (.+?)[\s?!.]*$`,
  'iu',
);

/** A group named by a determiner ("the experts", "most people"): no one whose articles a library holds. */
const GROUP = /^(?:the|a|an|my|our|your|some|most|many|all|these|those)\s/iu;

/**
 * Whose view a summary asks for, read as `/summary` reads it: an author's texts (`author`), and what about
 * (none: "all", each of them in a sentence), as `/summary author:` reads them; or someone the texts quote or
 * name (`said`), and what about. Undefined when it names no one. "By" names an author outright (one the
 * library lacks is said to be none); the other phrasings only name one the library has ("summarize the
 * election articles" is about the election), or for what someone says ("summarize what obama says about
 * energy") one the texts never say either: no article is theirs, and the reply says so rather than sum up
 * everyone's. A name the texts do say and no article is by ("summarize what hale says about the bridge", of a
 * councillor a news story quotes) is `said`: what the library has of theirs on it, not the whole story.
 */
export function summaryAuthor(
  text: string,
  options: Pick<IntentOptions, 'isAuthor' | 'isSaid' | 'isEveryday' | 'isWrittenAsName'>,
): { author: string; topic: string } | { said: string; topic: string } | undefined {
  const { isAuthor, isSaid, isEveryday, isWrittenAsName } = options;
  for (const [i, pattern] of SUMMARY_BY.entries()) {
    const match = pattern.exec(text);
    const author = match?.[1]?.trim();
    if (author && ((i === 0 && !namesWholeLibrary(author)) || isAuthor?.(author)))
      return { author, topic: match![2]?.trim() || 'all' };
  }
  const view = SUMMARY_OF_VIEW.exec(text);
  const name = view?.[1]!.trim();
  if (name === undefined) return undefined;
  const topic = view![2]!.trim();
  if (isAuthor?.(name)) return { author: name, topic };
  // One everyday word is people of a kind ("what economists say about trade"), as a group is ("the
  // experts", "the library"): the library's view of the topic, not an author it lacks; "obama" or "jimmy
  // carter" is someone, and so is a word the texts write as a name ("hale" of "Councillor Margaret Hale",
  // though "hale" is an everyday word).
  const single = !/\s/u.test(name) && name.toLowerCase();
  const kind = single !== false && isEveryday?.(single) === true && isWrittenAsName?.(single) !== true;
  if (isSaid === undefined || GROUP.test(name) || kind) return undefined;
  return isSaid(name) ? { said: name, topic } : { author: name, topic };
}
