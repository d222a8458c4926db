/** Characters a POSIX shell passes through as written, outside quotes. */
const PLAIN = /^[\p{L}\p{N}\s._,:@%+=/’-]*$/u;

/**
 * Text in single quotes, the one quoting in which nothing is special (a quote itself closes, escapes,
 * reopens).
 */
function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Words as a shell argument list that gives them back as typed: as they are when a shell leaves them alone
 * ("oil prices"), else in single quotes ('what’s "new"?'). For hints that are commands to paste.
 */
export function shellWords(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  return PLAIN.test(words) ? words : singleQuoted(words);
}

/**
 * One shell argument that gives back `text` as it is, a file's path in a hint ("/home/jo/My posts/Jo's.txt"
 * is '/home/jo/My posts/Jo'\''s.txt'): as it is when a shell leaves it alone and it has no space, else in
 * single quotes.
 */
export function shellArgument(text: string): string {
  return text.length > 0 && PLAIN.test(text) && !/\s/.test(text) ? text : singleQuoted(text);
}
