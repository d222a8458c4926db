/** Double quotation marks, straight and curly. */
const DOUBLE = /["“”„]/g;

/** The mark that closes a quotation a mark opens, and the reverse. */
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“' };
const OPENING: Readonly<Record<string, string>> = { '"': '"', '”': '“' };

/**
 * The marks to show a passage between:
 * - none when it is itself one quotation in its own marks ("“That means there are a limited number of new
 *   opportunities.”"), so that it does not read “"…"”;
 * - when it opens a quotation that goes on past it (`"Some countries have tried…`), or closes one that began
 *   before it (`…a good year."`), only the mark that balances it, in the same style;
 * - else “ and ”.
 */
export function quoteMarksFor(text: string): readonly [open: string, close: string] {
  const trimmed = text.trim();
  const marks = trimmed.match(DOUBLE)?.length ?? 0;
  const first = trimmed[0] ?? '';
  const last = trimmed[trimmed.length - 1] ?? '';
  if (marks === 2 && /^["“]/.test(first) && /["”]$/.test(last)) return ['', ''];
  if (marks % 2 === 1) {
    const close = CLOSING[first];
    if (close !== undefined) return ['', close];
    const open = OPENING[last];
    if (open !== undefined) return [open, ''];
  }
  return ['“', '”'];
}
