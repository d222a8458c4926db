/**
 * Words broken at a line's end by a hyphen, as text copied from a PDF's narrow columns has them ("critical thermal
 * maxi-" over "mum (CTmax)…"): the break is the wrapping's, never the writer's, and the word's halves join again.
 */

/** A line that ends inside a word: a letter, then a hyphen (not a dash) at its end. */
const BROKEN_END = /(?<=[\p{L}\p{N}])-$/u;
/** The first word of the line after, which goes on with the broken one: it opens with a small letter. */
const GOES_ON = /^\p{Ll}[\p{L}]*/u;
/** The part of the broken word before the hyphen: its letters after the last other mark ("capacity-lim" → "lim"). */
const BEFORE = /\p{L}+$/u;
/**
 * The words a hyphen is left hanging before ("oxygen- and capacity-limited", "pre- or post-treatment"): a
 * compound's first part whose second part is shared with the next word, a hyphen that stays, with its space.
 */
const SUSPENDED_BEFORE = new Set(['and', 'or', 'nor', 'to']);

/** Whether a line ends inside a word the next line goes on with ("maxi-" over "mum"): a wrapping's break. */
export function breaksWord(line: string, next: string | undefined): boolean {
  return next !== undefined && BROKEN_END.test(line) && GOES_ON.test(next);
}

/** The lower-case words of lines, for `joinWrapped`'s test of a joined word: the text's own vocabulary. */
export function wordsOfLines(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => line.toLowerCase().match(/\p{L}+/gu) ?? []));
}

/**
 * The test of a word broken at a line's end for `joinWrapped`, the same wherever a text's lines are joined (an
 * import of plain text or Markdown, a content file read): a word the text writes whole elsewhere, or one
 * `isWord` knows (a dictionary's, where the caller has one).
 */
export function wrappedWordTest(
  lines: readonly string[],
  isWord: (word: string) => boolean = () => false,
): (word: string) => boolean {
  let own: Set<string> | undefined;
  // The text's words are gathered only when a line does end inside a word.
  return (word) => (own ??= wordsOfLines(lines)).has(word) || isWord(word);
}

/**
 * A wrapped paragraph's lines as one line. A word broken at a line's end by a hyphen is joined again when the
 * joined word is a word (`isWord`: a dictionary's, or the text's own words): "maxi-" + "mum" is "maximum", "popu-"
 * + "lations" "populations". A compound's own hyphen stays, without the break's space ("cold-" + "water" is
 * "cold-water", "Cas9-" + "mediated" "Cas9-mediated"), and one left hanging before "and" keeps its space
 * ("oxygen- and capacity-limited").
 */
export function joinWrapped(lines: readonly string[], isWord: (word: string) => boolean): string {
  let joined = '';
  for (const [i, line] of lines.entries()) {
    if (i === 0) joined = line;
    else if (!breaksWord(lines[i - 1]!, line)) joined += ` ${line}`;
    else {
      const after = GOES_ON.exec(line)![0];
      const before = BEFORE.exec(joined.slice(0, -1))?.[0];
      if (SUSPENDED_BEFORE.has(after)) joined += ` ${line}`;
      else if (before !== undefined && isWord(`${before}${after}`.toLowerCase()))
        joined = joined.slice(0, -1) + line;
      else joined += line;
    }
  }
  return joined;
}
