import type { Library } from '../library.js';
import type { QuoteRequest } from './requests.js';

/**
 * An author's name typed whole after `author:` in text ("/quote author:eric ballbach", "/quote sanctions
 * author:tomas herrera"): the option's value is its first word, and the rest of the name, first or last of
 * the words, is no word to look for. The longest run that makes an author's name with it joins it.
 */
export function withWholeAuthor(library: Library, request: QuoteRequest): QuoteRequest {
  const author = request.author?.trim();
  if (!author) return request;
  const whole = wholeAuthorName(library, author, request.query);
  return whole === undefined ? request : { ...request, author: whole.author, query: whole.words };
}

/**
 * The author's name `author:` began and some of `words` go on (`author:eric` with "ballbach sanctions"),
 * and the words left; undefined when none do (see `withWholeAuthor`). A name no author has goes on with the
 * first words that no sentence of the library has (`author:jimmy` with "carter taxes" is "jimmy carter"), so
 * that the reply names the whole name typed, "No article here is by “jimmy carter”", and not "jimmy".
 */
export function wholeAuthorName(
  library: Library,
  author: string,
  text: string,
): { author: string; words: string } | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let count = words.length; count >= 1; count--) {
    for (const [name, rest] of [
      [words.slice(0, count), words.slice(count)],
      [words.slice(-count), words.slice(0, -count)],
    ] as const) {
      const whole = `${author} ${name.join(' ')}`;
      if (library.authorNamed(whole) !== undefined) return { author: whole, words: rest.join(' ') };
    }
  }
  if (library.hasAuthor(author)) return undefined;
  const unheld = (word: string): boolean => {
    const { held, of } = library.wordsHeld(word);
    return of > 0 && held === 0;
  };
  const count = words.findIndex((word) => !unheld(word));
  const name = count < 0 ? words : words.slice(0, count);
  if (name.length === 0) return undefined;
  return { author: `${author} ${name.join(' ')}`, words: words.slice(name.length).join(' ') };
}
