/** Double quotation marks, straight and curly. */
const DOUBLE = /["“”„]/g;

/**
 * The marks to show a passage between: none when it is itself one quotation in its own marks ("“That means
 * there are a limited number of new opportunities.”"), so that it does not read “"…"”; else “ and ”.
 */
export function quoteMarksFor(text: string): readonly [open: string, close: string] {
  const trimmed = text.trim();
  const enclosed =
    /^["“]/.test(trimmed) && /["”]$/.test(trimmed) && (trimmed.match(DOUBLE)?.length ?? 0) === 2;
  return enclosed ? ['', ''] : ['“', '”'];
}
