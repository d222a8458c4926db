/**
 * Mentions and links as chat platforms write them, and the broadcast words: Discord `<@123>`, `<@!123>`,
 * `<@&1>`, `<#1>`; Slack `<@U123>`, `<#C1|general>`, `<!here>`; `@everyone`, `@here`, `@channel`, and a
 * handle typed as text (`@bob`, not an address's `bob@example.com`). They address people or places, and are
 * never words to look for.
 */
export const CHAT_MARKUP = /<[@#!][^>\s]*>|(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/giu;

/**
 * An HTML tag pasted into a message (`<b>`, `</b>`, `<br/>`, `<a href="…">`): markup, never words to look
 * for.
 */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/** A script or style element pasted whole: its content is code, no words to look for. */
const SCRIPT_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A Markdown link, `[the words](https://…)`: its words are what it says, its address none. */
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^()\s]*\)/g;

/**
 * The words of a pasted query: mentions, HTML tags, a script or style element whole, and Markdown links'
 * addresses are markup, never words to look for (`<b>flood</b>`, `[flood](https://…)` are "flood").
 */
export function withoutPastedMarkup(text: string): string {
  return text
    .replace(SCRIPT_ELEMENT, ' ')
    .replace(MARKDOWN_LINK, '$1')
    .replace(CHAT_MARKUP, ' ')
    .replace(HTML_TAG, ' ');
}

/** The text with its mentions and broadcast words taken out, spaces closed up. */
export function withoutChatMarkup(text: string): string {
  return text
    .replace(CHAT_MARKUP, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
