import type { Library } from '../../src/index.js';

/** The options that pick a quote, as `quote` and `card` both take them (`parseArgs` options). */
export const QUOTE_PICK_OPTIONS = {
  article: { type: 'string', short: 'a' },
  author: { type: 'string' },
} as const;

/**
 * `--article` as the bot is asked it: the slug of the article its words name (a title's words, an author),
 * else the words as typed, which the bot says it lacks.
 */
export function articleOption(library: Library, value: string | undefined): string | undefined {
  return value === undefined ? undefined : (library.articleNamed(value) ?? value);
}
