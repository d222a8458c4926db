/** Cuts text to at most `max` characters, ending with "…" when it was cut, never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * How much of a user's own words a reply echoes ("No passage matches “…”"): a few lines' worth, so that a
 * paragraph pasted as a query is shown by its start, not in full.
 */
export const ECHO_LIMITS = { maxChars: 120 } as const;

/**
 * The start of a user's words to echo, at most `max` characters: cut after a whole word (a word longer than
 * that is cut within), with "…" where it was cut.
 */
export function echoStart(text: string, max: number = ECHO_LIMITS.maxChars): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const space = head.lastIndexOf(' ');
  const words = space > 0 ? head.slice(0, space) : truncate(flat, max).slice(0, -1);
  return `${words.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
