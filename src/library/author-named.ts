import type { Article } from '../content/article.js';
import type { Lexicon } from '../search/lexicon.js';
import { initialsOf, type ArticleMetadata } from '../search/metadata.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { isEverydayWord } from './words-held.js';

/** `Library.authorNamed`: the one author whose name has the words, their note and their articles. */
export function authorNamed(
  metadata: ArticleMetadata,
  name: string,
): { author: string; bio: string | null; articles: Article[] } | undefined {
  const named = metadata.namedAuthor(name);
  if (named === undefined) return undefined;
  const bio = named.articles.find((article) => article.meta.authorBio)?.meta.authorBio ?? null;
  return { ...named, bio };
}

/** `Library.authorCalled`: the author a plain request names by a part of the name that is theirs. */
export function authorCalled(metadata: ArticleMetadata, lexicon: Lexicon, words: string): string | undefined {
  const named = authorNamed(metadata, words)?.author;
  if (named === undefined) return undefined;
  const typed = tokenize(words).filter((token) => !token.alias);
  const own = tokenize(named).filter((token) => !token.alias);
  const says = (name: Token): boolean => typed.some((token) => token.stem === name.stem);
  const given = own[0]!;
  const person =
    own.length > 1 &&
    /^\p{Lu}\p{Ll}/u.test(named.slice(given.start, given.end)) &&
    !isEverydayWord(lexicon, given.term);
  const title = own.length >= 3 && lexicon?.isPerson?.(given.term) === true;
  const calls =
    own.every(says) ||
    (title && says(given)) ||
    typed.some((token) => token.term === initialsOf(named)) ||
    own.some((name) => says(name) && !isEverydayWord(lexicon, name.term)) ||
    (person && says(own.at(-1)!));
  return calls ? named : undefined;
}
