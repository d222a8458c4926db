/** Characters a POSIX shell passes through as written, outside quotes. */
const PLAIN = /^[\p{L}\p{N}\s._,:@%+=/’-]*$/u;

/**
 * Words as a shell argument list that gives them back as typed: as they are when a shell leaves them alone
 * ("oil prices"), else in single quotes ('what’s "new"?'), the one quoting in which nothing is special.
 */
export function shellWords(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  return PLAIN.test(words) ? words : `'${words.replace(/'/g, `'\\''`)}'`;
}
