import { opensInSmallLetter } from '../text/segment.js';

/**
 * Show notes' navigation: a timestamp list ("00:00 Intro", "[00:01:02] Is being a night owl a choice?") points
 * into an episode and a link line ("Our episode with Priya Raman: https://secondshift.fm/13") points out of the
 * text. Neither says anything to quote, post or summarise. A sentence that mentions a time ("At 10:30 the
 * council met.") or a page ("Read the report at https://…, which…") is said, and stays.
 */

/** A chapter's time at the start of a line: "00:00", "1:02:03", "[00:01:02]", "(12:30)", then its separator. */
const TIMESTAMP = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?(?:\s*[-–—|:]\s*|\s+)(?=\S)/u;
/** A timestamp anywhere in a paragraph, as a list pasted without its line breaks has them. */
const TIMESTAMP_INSIDE = /(?:^|\s)[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?(?:\s*[-–—|:]\s*|\s+)(?=\S)/gu;
/** A short lead-in to a run-on timestamp list: "Timestamps:", "Chapters:", "In this episode:". */
const RUN_ON_LEAD_IN = /^(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+:$/u;
/** A speaker's label opening a transcript line after its time ("Maya:", "Guest (Tom):"). */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?:\([^)]*\))?:\s/u;
/** A full stop that ends the line, or a sentence inside it: a chapter's title is no sentence. */
const FULL_STOP_END = /\.["”’')\]]*$/u;
const SENTENCE_INSIDE = /[.!?…]["”’')\]]*\s+["“‘(]?\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Most words a chapter's title has: "Samuel on what the data say about small creative businesses" is 10. */
const TITLE_WORDS = 15;
/** Most words a timestamp line alone has, as a heading's (see `readsAsHeading`). */
const LONE_TITLE_WORDS = 12;

/** A web address: "https://…", "www.…". */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>]+/giu;
/** Most words of a link's label ("Our episode with Priya Raman on the four-day week" is 10). */
const LABEL_WORDS = 12;

const wordsIn = (text: string): number => (text.match(WORD) ?? []).length;

/** A chapter's title: a few words, no sentence ended by a full stop, none inside. */
function isTitle(title: string, most: number): boolean {
  const words = wordsIn(title);
  return words > 0 && words <= most && !FULL_STOP_END.test(title) && !SENTENCE_INSIDE.test(title);
}

/** Whether a line opens with a chapter's time ("00:00 Intro", "[00:01:02] Is being a night owl a choice?"). */
export const opensWithTimestamp = (line: string): boolean => TIMESTAMP.test(line);

/** The title after a line's opening timestamp, or undefined when it opens with none. */
function titleAfterTimestamp(text: string): string | undefined {
  const stamp = TIMESTAMP.exec(text);
  return stamp === null ? undefined : text.slice(stamp[0].length).trim();
}

/**
 * Whether titles are chapters, not a transcript's turns: short, and most of them with no speaker's label. A
 * line alone is one when it is a heading's few words, opening with a capital ("00:00 Intro").
 */
function areChapters(titles: readonly string[]): boolean {
  const labelled = titles.filter((title) => SPEAKER_LABEL.test(title)).length;
  if (titles.length === 1)
    return isTitle(titles[0]!, LONE_TITLE_WORDS) && labelled === 0 && !opensInSmallLetter(titles[0]!);
  return titles.every((title) => isTitle(title, TITLE_WORDS)) && labelled * 2 < titles.length;
}

/**
 * A timestamp list pasted without its line breaks: "Timestamps: [00:00:04] Welcome [00:01:02] Is being a night
 * owl a choice? …", two chapters or more, perhaps after a short lead-in.
 */
function isRunOnChapters(text: string): boolean {
  const stamps = Array.from(text.matchAll(TIMESTAMP_INSIDE));
  if (stamps.length < 2) return false;
  const lead = text.slice(0, stamps[0]!.index).trim();
  if (lead !== '' && !RUN_ON_LEAD_IN.test(lead)) return false;
  const titles = stamps.map((stamp, i) =>
    text.slice(stamp.index + stamp[0].length, stamps[i + 1]?.index ?? text.length).trim(),
  );
  return titles.length >= 2 && areChapters(titles);
}

/** Whether a paragraph is a link line: an address, with at most a short label before it and an aside after. */
function isLinkLine(text: string): boolean {
  const urls = Array.from(text.matchAll(WEB_ADDRESS));
  if (urls.length !== 1) return false;
  const url = urls[0]!;
  const label = text
    .slice(0, url.index)
    .replace(/[\s:–—|-]*\(?\s*$/u, '')
    .trim();
  const after = text
    .slice(url.index + url[0].length)
    .replace(/^[).,;]*\s*/u, '')
    .trim();
  const aside = after === '' || /^\([^()]*\)\.?$/u.test(after);
  return aside && wordsIn(label) <= LABEL_WORDS && !SENTENCE_INSIDE.test(label) && !/[.!?]$/u.test(label);
}

/**
 * Which paragraphs are navigation, never quoted, posted or summarised: a run of two timestamped lines or more
 * whose titles are chapters' (`areChapters`: a transcript's timestamped turns are sentences, and labelled), a
 * timestamped line alone that is a short title ("00:00 Intro"), a timestamp list run on in one paragraph, and a
 * link line (`isLinkLine`).
 */
export function navigationLines(paragraphs: readonly string[]): boolean[] {
  const titles = paragraphs.map(titleAfterTimestamp);
  const navigation = paragraphs.map((text) => isLinkLine(text) || isRunOnChapters(text));
  for (let from = 0; from < paragraphs.length; ) {
    if (titles[from] === undefined) {
      from += 1;
      continue;
    }
    let to = from;
    while (to < paragraphs.length && titles[to] !== undefined) to += 1;
    const run = titles.slice(from, to) as string[];
    if (areChapters(run))
      for (let i = from; i < to; i += 1) navigation[i] = true;
    from = to;
  }
  return navigation;
}
