import type { Highlight } from '../../src/index.js';
import { isHighSurrogate, truncate } from './limits.js';

/**
 * Slack mrkdwn for text that came from articles or users. Slack asks apps to escape `&`, `<` and `>`; with
 * them escaped no `<!channel>`, `<@U123>` or `<url|label>` can be formed, so such text notifies nobody.
 * mrkdwn has no escape for its formatting characters, so `*`, `_`, `~` and `` ` `` become look-alikes
 * (a stray `*` in a quote would otherwise pair with the bold markers the renderer adds).
 */
const INERT: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02cd', // ˍ modifier letter low macron
  '~': '\u223c', // ∼ tilde operator
  '`': '\u02cb', // ˋ modifier letter grave accent
};

export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>*_~`]/g, (char) => INERT[char] ?? char);
}

/**
 * Only what Slack asks apps to escape (`&`, `<`, `>`): no mention or link can be formed, and every other
 * character stays itself. For the notification `text`, which Slack shows unformatted, and inside code spans.
 */
export function escapeEntities(text: string): string {
  return text.replace(/[&<>]/g, (char) => INERT[char] ?? char);
}

/**
 * A code span of a name a user may copy back (a timezone, a slug, a command): Slack formats nothing inside
 * one, so `America/New_York` keeps its `_`. Only a backtick, which would end the span, becomes its look-alike.
 */
export function mrkdwnCode(text: string): string {
  return `\`${escapeEntities(text).replace(/`/g, INERT['`']!)}\``;
}

/** Slack sends message and command text with `&`, `<`, `>` as entities; this gives the typed text back. */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Slack only renders `*bold*` when the markers do not touch a letter or digit outside them. */
function canBold(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const inside = text.slice(start, end);
  return (
    inside.trim() === inside &&
    inside.length > 0 &&
    (before === undefined || !WORD_CHAR.test(before)) &&
    (after === undefined || !WORD_CHAR.test(after))
  );
}

/** The range [start, end) of `text` as mrkdwn, with the highlighted parts in bold. */
export function renderHighlighted(
  text: string,
  highlights: readonly Highlight[],
  start = 0,
  end = text.length,
): string {
  let out = '';
  let at = start;
  for (const [from, to] of highlights) {
    const s = Math.max(from, start);
    const e = Math.min(to, end);
    if (e <= s || s < at) continue;
    out += escapeMrkdwn(text.slice(at, s));
    const word = escapeMrkdwn(text.slice(s, e));
    out += canBold(text, s, e) ? `*${word}*` : word;
    at = e;
  }
  return out + escapeMrkdwn(text.slice(at, end));
}

/** Where to end a chunk that starts at `start` and must not reach past `limit`: at a space if one is near. */
function chunkEnd(text: string, start: number, limit: number): number {
  if (limit >= text.length) return text.length;
  let end = limit;
  const space = text.lastIndexOf(' ', end);
  if (space > start + (end - start) / 2) end = space;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return Math.max(end, start + 1);
}

/**
 * Renders text with bold highlights as mrkdwn pieces of at most `max` characters each, cut at spaces
 * where possible. Each piece is rendered on its own, so no entity or bold pair is ever split.
 */
export function renderHighlightedChunks(
  text: string,
  highlights: readonly Highlight[],
  max: number,
): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = chunkEnd(text, start, start + max);
    let rendered = renderHighlighted(text, highlights, start, end);
    while (rendered.length > max) {
      const shorter = start + Math.floor(((end - start) * max * 0.95) / rendered.length);
      end = chunkEnd(text, start, Math.min(shorter, end - 1));
      rendered = renderHighlighted(text, highlights, start, end);
    }
    if (rendered.trim().length > 0) chunks.push(rendered.trim());
    start = end;
    while (text[start] === ' ') start += 1;
  }
  return chunks;
}

/**
 * Plain words for a notification, at most `max` characters, ending with "…" when cut: `&`, `<` and `>` escaped
 * (cut where no entity is split), every other character as it is (see `escapeEntities`).
 */
export function plainWithin(text: string, max: number): string {
  let shown = text;
  let out = escapeEntities(shown);
  while (out.length > max && shown.length > 1) {
    shown = truncate(shown, Math.min(shown.length - 1, max - (out.length - shown.length)));
    out = escapeEntities(shown);
  }
  return out;
}

/** Plain text (no highlights) as mrkdwn of at most `max` characters, ending with "…" when cut. */
export function mrkdwnWithin(text: string, max: number): string {
  const chunks = renderHighlightedChunks(text, [], max - 1);
  return chunks.length > 1 ? `${chunks[0]}…` : (chunks[0] ?? '');
}

/** A link with an escaped label; only http(s) URLs become links, anything else gives the label alone. */
export function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label);
  if (url === null) return text;
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return text;
    href = parsed.href;
  } catch {
    return text;
  }
  return `<${href.replace(/&/g, '&amp;').replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E')}|${text}>`;
}
