import { cleanTopic } from '../summary/topic.js';
import { REQUEST_VERBS } from '../text/stopwords.js';
import { FILLER, SMALL_TALK, TOPIC_MARKERS, TRAILING_FILLER } from './intent-words.js';
import type { Word } from './message-words.js';
import { usersOwnClauseAt } from './users-own-clause.js';

/**
 * A subject is a few words ("the bridge", "oil prices in asia"); past this many after the request word, the
 * words were pasted (a paragraph after "summarize this:"), and they are the subject whole, from their start:
 * not what some "on" in their middle is followed by.
 */
const PASTED_WORDS = 30;

/** The first word of a pasted text after the request word, or undefined when the words are a subject's few. */
function pastedFrom(rest: readonly Word[], isFiller: (word: Word) => boolean): Word | undefined {
  if (rest.length <= PASTED_WORDS) return undefined;
  return rest.find((word) => !isFiller(word));
}

/**
 * The subject of a request: what follows "about"/"on" after the request words, or else the words that are
 * neither request words nor filler, in the user's own spelling ("quote something about Kim" → "Kim"); with
 * `onlyAfter`, those after `from` when there are any. The words `asking` for a length are none of it; those
 * `naming` an article ("long" of "the long march") are, though they are filler elsewhere. A clause that
 * says what the user will do with the answer ("… that I could read out", "… for our meeting") is none of it
 * (see `usersOwnClauseAt`). With `asTyped`, the subject is the text from its first word to its last, small
 * words and punctuation kept ("government of the people, by the people"), as a command's words are.
 */
export function subjectOf(
  text: string,
  words: readonly Word[],
  from: number,
  onlyAfter = false,
  asking: ReadonlySet<Word> = new Set(),
  naming: ReadonlySet<Word> = new Set(),
  asTyped = false,
): string | undefined {
  const rest = words.slice(from).filter((word) => !asking.has(word));
  const marker = rest.findIndex((word) => TOPIC_MARKERS.has(word.folded));
  const isFiller = (word: Word): boolean =>
    !naming.has(word) && (FILLER.has(word.folded) || word.intent !== undefined);
  let subject: string;
  const pasted = pastedFrom(rest, isFiller);
  if (pasted !== undefined) subject = text.slice(pasted.start);
  else if (marker >= 0 && rest.slice(marker + 1).some((word) => !isFiller(word))) {
    const after = rest.slice(marker + 1);
    let first = 0;
    while (isFiller(after[first]!)) first += 1;
    // What the user will do with it ("… that I could read out", "… for our meeting") is no part of it.
    let last = usersOwnClauseAt(after, first) - 1;
    // The subject's first word stays, though it may end one ("quote about thanks" looks for "thanks").
    while (last > first && (TRAILING_FILLER.has(after[last]!.folded) || after[last]!.intent)) last -= 1;
    subject = text.slice(after[first]!.start, after[last]!.start + after[last]!.raw.length);
  } else {
    const named = (word: Word): boolean => !isFiller(word) && !SMALL_TALK.has(word.folded);
    // A request verb after the subject's first word is one of its words ("quote don't ask don't tell").
    let framing = true;
    const kept = (word: Word): boolean => {
      const keep = named(word) || (!framing && REQUEST_VERBS.has(word.folded));
      if (keep) framing = false;
      return keep;
    };
    // After a phrase ("does the article mention X"), its subject follows it, if anything does.
    const said = onlyAfter && rest.some(named) ? rest : words.filter((word) => !asking.has(word));
    const first = said.findIndex(named);
    const subjectWords = said.slice(0, first < 0 ? said.length : usersOwnClauseAt(said, first)).filter(kept);
    const [head, last] = [subjectWords[0], subjectWords.at(-1)];
    subject =
      asTyped && head !== undefined && last !== undefined
        ? text.slice(head.start, last.start + last.raw.length)
        : subjectWords.map((word) => word.raw).join(' ');
  }
  const topic = cleanTopic(subject);
  return topic.length > 0 ? topic : undefined;
}
