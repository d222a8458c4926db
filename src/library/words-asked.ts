import type { SearchHit } from '../search/result.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/** "what did the mayor say (about friendship)?", "what does marsh say?", "what maya lin said": who. */
const WORDS_ASKED = /^\s*what (?:(?:did|does|do) (.+?) (?:say|tell)s?|(.+?) (?:said|says|told))\b/iu;
/** The words after the frame that say what about: "about labor?", "slavery was", "on the tariff". */
const ABOUT = /^\s*(?:about|on|of|regarding|concerning)?\s*(.*?)[\s?.!]*$/iu;

/**
 * The words that name the person a "what did X say?" question asks of, folded ("the mayor": mayor); none
 * for any other query.
 */
export function personAsked(query: string): string[] | undefined {
  const asked = WORDS_ASKED.exec(query);
  const person = asked?.[1] ?? asked?.[2];
  const words = person === undefined ? [] : foldedWords(person).filter((word) => !STOPWORDS.has(word));
  return words.length > 0 ? words : undefined;
}

/** What "what did X say about Y?" asks X said: Y as typed ("labor", "slavery was"), or none. */
export function topicAsked(query: string): string | undefined {
  const asked = WORDS_ASKED.exec(query);
  if (asked === null) return undefined;
  const topic = ABOUT.exec(query.slice(asked[0].length))?.[1] ?? '';
  return foldedWords(topic).some((word) => !STOPWORDS.has(word)) ? topic : undefined;
}

/**
 * The hits of "what did X say (about Y)?" with the sentences of X's own articles first, each side in the
 * search's order: a speech of Andrew Johnson's says what Johnson said, where a teacher's note that names him
 * ("1865: president Andrew Johnson, main themes … the end of slavery.") only says what he spoke of, however
 * many of the words it has. X names an author when every word of X is a word of the author's name. As they are
 * when no hit, or every hit, is by the person asked of (a news report quoting them: the chat puts the
 * quotations first, `theirWordsFirst`).
 */
export function authorsWordsFirst(
  person: readonly string[],
  hits: readonly SearchHit[],
): readonly SearchHit[] {
  const byThem = (hit: SearchHit): boolean => {
    const name = foldedWords(hit.article.author);
    return person.every((word) => name.includes(word));
  };
  const theirs = hits.filter(byThem);
  if (theirs.length === 0 || theirs.length === hits.length) return hits;
  return [...theirs, ...hits.filter((hit) => !byThem(hit))];
}
