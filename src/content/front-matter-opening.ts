// Apart from `front-matter.ts`, which loads the YAML parser: listing a content folder asks this of files it
// does not parse.

/**
 * Whether a text opens with YAML front matter: `---`, a line that starts with a field's name and its colon, on
 * to a closing `---`. It is a content file, whatever its name ends with (`notes.txt` saved so by an editor).
 */
export const opensWithFrontMatter = (text: string): boolean =>
  /^\uFEFF?---[ \t]*\r?\n[\p{L}_][\p{L}\p{N}_-]*:[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u.test(text);
