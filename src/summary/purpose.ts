import type { Article, Passage } from '../content/article.js';
import { foldedWords } from '../text/fold.js';
import { stemOf } from '../text/tokenize.js';
import { foldOnce } from './fold-once.js';

/**
 * Words of a heading that say its section states what the document is for or what it found: its own summary
 * ("Summary", "Abstract", "Synopsis", "Overview", "TL;DR"), its finding ("Conclusions", "Key findings"), or
 * its reason ("Root cause", "Why", "Motivation", "Rationale", "Context", "Purpose"). These are the section
 * names of the kinds of structured document (a paper's IMRaD, a postmortem's, an RFC's or a design record's,
 * a report's), data of the same kind as the list of document kinds: WordNet holds the words, not the role, and
 * groups them under no common sense ("summary" is a statement, "abstract" a concept, "conclusion" a
 * judgment, "motivation" none), while its synonyms go far from a heading's use ("summary": "cv", "survey";
 * "abstract": "pilfer", "swipe"). "Background" and "Introduction" are left out: a paper's open on the field's
 * history, not on its own point.
 */
const PURPOSE_HEADING_STEMS: ReadonlySet<string> = new Set(
  [
    'summary',
    'abstract',
    'synopsis',
    'overview',
    'tldr',
    'conclusion',
    'finding',
    'cause',
    'why',
    'motivation',
    'rationale',
    'context',
    'purpose',
  ].map(stemOf),
);

/** Most words of a heading that names a section's role ("Why it matters for us"): a longer one names a topic. */
const PURPOSE_HEADING_WORDS = 5;

/**
 * A sentence that announces a count of things it names after it ("The root cause was a combination of two
 * things.", "…missing protection at two levels."): it says what follows, and the next sentence says the first.
 */
const ANNOUNCES_COUNT =
  /\b(?:two|three|four|five|several|a few|a number of)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s[.:]["'”’)]*$/u;

/** Whether a heading names a section that states the document's purpose or finding (see `PURPOSE_HEADING_STEMS`). */
export function namesPurpose(heading: string): boolean {
  const trimmed = heading.trim();
  if (trimmed.endsWith('?')) return false;
  const words = foldedWords(trimmed.replace(/\btl\s*;\s*dr\b/iu, 'tldr'));
  return (
    words.length > 0 &&
    words.length <= PURPOSE_HEADING_WORDS &&
    words.some((word) => PURPOSE_HEADING_STEMS.has(stemOf(word)))
  );
}

/**
 * The key sentences of a document with headed sections, as indices into `passages` (the summary's candidate
 * sentences), in article order: of each section whose heading names the document's purpose or finding
 * (`namesPurpose`: "Summary", "Abstract", "Root cause", "Why", "Context", "Conclusions", "Key findings"), its
 * first candidate sentence, and the one after it when that first one announces a count of things ("…a
 * combination of two things."). A postmortem's summary then says what happened and why, an RFC's why it is
 * proposed, a paper's what it found, before any line of a timeline or a list. Empty for a text with no such
 * heading: a plain article's summary is chosen as before.
 */
export function purposeOf(article: Article, passages: readonly Passage[]): number[] {
  const at = new Map(passages.map((passage, i) => [passage.index, i]));
  const chosen: number[] = [];
  const { sentences } = article;
  for (const [index, heading] of sentences.entries()) {
    if (heading.heading !== true || heading.navigation === true || !namesPurpose(heading.text)) continue;
    let first: number | undefined;
    for (const sentence of sentences.slice(index + 1)) {
      if (sentence.heading === true) break;
      first = at.get(sentence.index);
      if (first !== undefined) break;
    }
    if (first === undefined || chosen.includes(first)) continue;
    chosen.push(first);
    const next = passages[first + 1];
    const announces = ANNOUNCES_COUNT.test(foldOnce(passages[first]!.text).trim());
    if (announces && next !== undefined && next.paragraph === passages[first]!.paragraph)
      chosen.push(first + 1);
  }
  return chosen;
}

/**
 * A clock time opening a line, perhaps in brackets: "14:11 …", "[22:14:05] …", "10:07am …", "9.30pm …" (with a
 * full stop only before "am" or "pm": "1.25 million…" is a number).
 */
const CLOCK_TIME_OPENING =
  /^\[?(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?\]?(?:\s*[ap]\.?m\.?)?|\.[0-5]\d\s*[ap]\.?m\.?)\s/iu;

/**
 * Whether a sentence opens on a clock time, as a timeline's line does ("14:11 Failover completes."): it tells
 * an event, not what the document says of it, and weighs as an example does in a summary.
 */
export function opensOnClockTime(text: string): boolean {
  return CLOCK_TIME_OPENING.test(text.trimStart());
}
