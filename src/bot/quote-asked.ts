import { wholeLibraryIn } from '../summary/library-summary.js';
import { asksOfSomething } from './any-quote.js';
import { articleNamedIn } from './article-named.js';
import { QUOTE_OF_THE_DAY } from './intent-words.js';
import { LIBRARY_WORD } from './library-named.js';
import { subjectOf } from './request-subject.js';
import type { QuoteRequest } from './requests.js';
import type { IntentOptions } from './intent-options.js';
import type { IntentFound } from './request-kind.js';
import type { SentenceRead } from './sentence-read.js';

/**
 * Whether the message opens with the command's own word, "quote government of the people, by the people": the
 * words after it are `/quote`'s words, typed without the slash, and are searched as typed (small words and all),
 * not cut to the words the sentence is about.
 */
function opensWithCommand(words: SentenceRead['words'], found: IntentFound): boolean {
  return found.at === 0 && found.from === undefined && words[0]?.folded === 'quote';
}

/**
 * The quote a sentence asks for (see `readRequest`): of the words its quote word or phrase is about, of an
 * author's when they only name one, or of the whole library.
 */
export function quoteAsked(
  read: SentenceRead,
  found: IntentFound | undefined,
  options: Pick<IntentOptions, 'isAuthor'>,
): QuoteRequest {
  const { text, words, corrected, named, article } = read;
  const query = !found
    ? asksOfSomething(words)
      ? text
      : ''
    : QUOTE_OF_THE_DAY.test(corrected)
      ? ''
      : (subjectOf(
          text,
          words,
          found.from ?? found.at,
          found.from !== undefined,
          undefined,
          undefined,
          opensWithCommand(words, found),
        ) ?? '');
  // "quote the library", "a quote from the library": any quote of the whole library (an author "Millbrook
  // Library" is no more "the library" than this collection is), unless the words name an article ("quote the
  // library article" looks for "library", as "quote the ferry article" for "ferry").
  const libraryNamed = wholeLibraryIn(corrected)?.toLowerCase();
  if (
    !named['author'] &&
    article === undefined &&
    query &&
    libraryNamed !== undefined &&
    LIBRARY_WORD.test(query) &&
    !articleNamedIn(text)
  )
    return { kind: 'quote', query: '' };
  // "quote reagan": words that only name an author ask for theirs.
  const theirs = !named['author'] && article === undefined && query && options.isAuthor?.(query);
  const author = theirs ? query : named['author'] || undefined;
  return { kind: 'quote', query: theirs ? '' : query, article, ...(author ? { author } : {}) };
}
