import { asksForWholeLibrary } from '../summary/library-summary.js';
import type { IntentOptions } from './intent-options.js';
import type { Word } from './message-words.js';

/**
 * The word "library" (or "libraries", "the library's"), perhaps after "the", "your", "whole"…: no author's name,
 * though an author "Millbrook Library" is called "library" too. "The library" is this collection (see
 * `namesWholeLibrary`); "library" alone is a word to look for, as any topic is.
 */
export const LIBRARY_WORD = /^(?:(?:the|your|my|our|this|whole|entire)\s+)*librar(?:y|ies)(?:['’]s?)?$/iu;

/** Whether a name a message gives is the whole library ("the library", "your library", "all the articles"). */
export function namesWholeLibrary(name: string): boolean {
  return asksForWholeLibrary(name);
}

/**
 * The options with "the library" (or "the whole library", "all the articles": `asksForWholeLibrary`) no
 * author's name: the README and the bot call the collection so, and "what does the library say about money?"
 * asks all of it, though an author "Millbrook Library" is called "library" too. An article about a library
 * is named as one ("the library article", "the article about the library").
 */
export function withLibraryNoAuthor(options: IntentOptions): IntentOptions {
  const { isAuthor } = options;
  if (isAuthor === undefined) return options;
  return {
    ...options,
    isAuthor: (name) => !namesWholeLibrary(name) && !LIBRARY_WORD.test(name.trim()) && isAuthor(name),
  };
}

/**
 * The words of a request for the whole library that has only "all" ("summarize all", "summarize them all").
 */
export const ALL_ALONE: ReadonlySet<string> = new Set(['all', 'them', 'please']);
/** Whether a word is "all" (see `ALL_ALONE`). */
export const isAll = (word: Word): boolean => word.folded === 'all';
