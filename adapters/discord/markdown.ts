import type { Highlight } from '../../src/index.js';
import { isHighSurrogate } from './limits.js';

// Discord links a bare URL up to the next space, markdown characters included: URLs are left as written.
const URL_PATTERN = /https?:\/\/[^\s<]+[^\s<.,:;"')\]]/g;

/** Whether `escapePlain` changes the text: any of its three patterns matches. */
const NEEDS_ESCAPE = /[\\*_~|`[<]|^\s*[#>+-]|^\s*\d+\./m;

function escapePlain(text: string): string {
  return text
    .replace(/[\\*_~|`[<]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/**
 * Text from content or users, shown literally in Discord markdown: every emphasis, code, spoiler and
 * escape character gets a backslash, and so do "[" (masked links), "<" (mentions, channels, custom emoji,
 * timestamps) and headings, block quotes and list markers at the start of a line. URLs stay as written.
 * Mentions never ping anyway: every message sets `allowed_mentions.parse` to [].
 *
 * discord.js's `escapeMarkdown` is not used: it leaves the last `*` of `****` (and `_` of `____`)
 * unescaped, so a run of them in a quote could open bold or italics.
 */
export function escapeText(text: string): string {
  // Most pieces (a highlighted word, the words between) have nothing to escape and no URL: as they are.
  if (!text.includes('http') && !NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  let at = 0;
  for (const url of text.matchAll(URL_PATTERN)) {
    out += escapePlain(text.slice(at, url.index)) + url[0];
    at = url.index + url[0].length;
  }
  return out + escapePlain(text.slice(at));
}

/** The character ranges of the URLs in a text, where bold markers must not go. */
function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL_PATTERN)].map((url) => [url.index, url.index + url[0].length]);
}

/**
 * Sorted, disjoint, non-empty ranges inside the text, none inside a URL; touching ranges become one
 * (no `****`).
 */
function normalise(text: string, highlights: readonly Highlight[]): [number, number][] {
  const urls = urlRanges(text);
  const ranges = highlights
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => end > start)
    .filter(([start, end]) => !urls.some(([from, to]) => start < to && end > from))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The text with its highlight ranges in bold. Each piece is escaped on its own and the `**` markers are
 * added after escaping, so the text's own markdown cannot open or close the bold.
 */
export function emphasise(text: string, highlights: readonly Highlight[]): string {
  return emphasiseNormalised(text, normalise(text, highlights));
}

/** `emphasise` with ranges that `normalise` gave for this very text (normalising them again is a no-op). */
function emphasiseNormalised(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${escapeText(text.slice(at, start))}**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/** The largest n in [0, max] whose rendering fits the budget (renderings grow with n). */
export function largestFitting(max: number, budget: number, render: (n: number) => string): string {
  const full = render(max);
  if (full.length <= budget) return full;
  let low = 0;
  let high = max - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(mid).length <= budget) low = mid;
    else high = mid - 1;
  }
  const best = render(low);
  return best.length <= budget ? best : '';
}

/** A cut position at or below n that does not split a surrogate pair. */
function safeEnd(text: string, n: number): number {
  return n > 0 && n < text.length && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n;
}

/** Escaped text cut to fit `budget` characters, keeping its start (or its end), "…" where it was cut. */
export function fitText(text: string, budget: number, keep: 'start' | 'end' = 'start'): string {
  return largestFitting(text.length, budget, (n) => {
    if (n >= text.length) return escapeText(text);
    if (keep === 'start') return `${escapeText(text.slice(0, safeEnd(text, n)))}…`;
    const from = text.length - n;
    const start = from > 0 && isHighSurrogate(text.charCodeAt(from - 1)) ? from + 1 : from;
    return `…${escapeText(text.slice(start))}`;
  });
}

/**
 * The emphasised text, cut to fit `budget` characters when it is too long: a window of the text that
 * shows the first highlighted words, with "…" where the text was cut.
 */
export function fitEmphasised(text: string, highlights: readonly Highlight[], budget: number): string {
  const ranges = normalise(text, highlights);
  const first = ranges[0] ?? [0, 0];
  return largestFitting(text.length, budget, (n) => {
    if (n >= text.length) return emphasiseNormalised(text, ranges);
    // Start early enough to show the first match, late enough to use the whole budget.
    let from =
      first[1] <= n * 0.75 ? 0 : Math.min(text.length - n, Math.max(0, first[0] - Math.floor(n / 4)));
    if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
    const to = safeEnd(text, Math.min(text.length, from + n));
    const shifted = ranges
      .filter(([start, end]) => end > from && start < to)
      .map(([start, end]): Highlight => [Math.max(start, from) - from, Math.min(end, to) - from]);
    const body = emphasise(text.slice(from, to), shifted);
    return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
  });
}
