/** A character a backslash escapes (`\*` is an asterisk, no mark; `\<` no tag), as Markdown has them. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>])/g;
/** A code span, `like this`: its text is kept as written, marks and all. */
const CODE_SPAN = /`([^`]+)`/g;
/** Where a literal waits while the rest is rewritten: a private-use character and its number. */
const HELD = /\uE000(\d+)\uE000/g;

/**
 * `text` rewritten by `rewrite` outside its literals, which come back as written: a backslash-escaped
 * character without its backslash (`\*not emphasis\*`), and a code span's text without its backticks
 * (`` `Box<dyn Error>` `` is no tag, `` `a*b*c` `` no emphasis).
 */
export function outsideLiterals(text: string, rewrite: (text: string) => string): string {
  const literals: string[] = [];
  const hold = (_: string, literal: string): string => `\uE000${literals.push(literal) - 1}\uE000`;
  const held = text.replace(ESCAPED, hold).replace(CODE_SPAN, hold);
  // A code span's text may hold an escape: restoring twice brings it back whole.
  return rewrite(held)
    .replace(HELD, (_, at: string) => literals[Number(at)]!)
    .replace(HELD, (_, at: string) => literals[Number(at)]!);
}

/**
 * Emphasis marks taken out, the words kept: `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_`. A mark
 * flanks words or is none: a lone "*", the one in "5 * 3", a run of underscores alone (a blank to fill, "the
 * rate of ____ per cent") and underscores inside a word ("snake__case") stay as they are.
 */
export function withoutEmphasis(text: string): string {
  return text
    .replace(/\*\*(?!\s)(.+?)(?<!\s)\*\*/g, '$1')
    .replace(/(?<![_\p{L}\p{N}])__(?=[^\s_])|(?<=[^\s_])__(?![_\p{L}\p{N}])/gu, '')
    .replace(/(?<![\p{L}\p{N}*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?![\s_])(.+?)(?<![\s_])_(?![\p{L}\p{N}_])/gu, '$1');
}
