/**
 * Markdown as people paste or type it into a chat message (Discord's Markdown, Slack's mrkdwn): how the words
 * look, never words to look for. A reply quoted with `>`, a heading's `#`, emphasis (`*x*`, `**x**`, `_x_`,
 * `__x__`), strikethrough (`~x~`, `~~x~~`), a spoiler (`||x||`), inline code's backticks and a link's address
 * go; the words they mark stay, a link's text among them (it is what the reader sees). A fenced code block
 * goes whole: it is code, not a request.
 */

/** A fenced code block, from its fence to the closing one (or to the end, when it is never closed). */
const CODE_FENCE = /```[\s\S]*?(?:```|(?![\s\S]))/g;
/** A reply's quote markers (`>`, `>>>`, `> >`) and a heading's `#`…`######` at the start of a line. */
const LINE_MARKERS = /^[ \t]*(?:(?:>[ \t]?)+|#{1,6}[ \t]+)/gm;
/** A Markdown link, `[the words](https://…)`: its words are what it says, its address none. */
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^()\s]*\)/g;
/**
 * Words between a pair of the same emphasis marks, the marks not inside a word ("snake_case_name" and "2*3*4"
 * keep theirs) and the words not starting or ending with a space, as Markdown has it.
 */
const EMPHASIS = /(^|[^\p{L}\p{N}*_~|\\])(\*\*|__|~~|\|\||\*|_|~)(?!\s)([^\n]*?[^\s\\])\2(?![\p{L}\p{N}])/gu;
/** Inline code's backticks: the words inside are what was typed. */
const BACKTICKS = /`+/g;

/** The message without its Markdown (see above): "> **quote** about ~~old~~ [schools](https://x)" is "quote about old schools". */
export function withoutChatMarkdown(text: string): string {
  let plain = text.replace(CODE_FENCE, ' ').replace(LINE_MARKERS, '').replace(MARKDOWN_LINK, '$1');
  // Emphasis may nest ("***both***", "*_both_*"): each pass takes off one pair.
  for (let pass = 0; pass < 3; pass += 1) {
    const next = plain.replace(EMPHASIS, '$1$3');
    if (next === plain) break;
    plain = next;
  }
  return plain.replace(BACKTICKS, '');
}

/** Whether a message is code alone: a fenced block and no word outside it. */
export function isOnlyCode(text: string): boolean {
  const outside = text.replace(CODE_FENCE, ' ');
  return outside !== text && !/[\p{L}\p{N}]/u.test(outside);
}
