import type { SummaryLength } from '../summary/options.js';
import { unitValue } from '../text/numbers.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Word } from './message-words.js';

/**
 * Words that set the length ("short", "in detail"), checked on the folded message, the first length found
 * winning; wherever they stand they name no topic, article or author ("the yukos article at length"). Global:
 * every phrase of a message is found.
 */
export const LENGTH_PHRASES: readonly {
  readonly length: 'short' | 'medium' | 'long';
  readonly pattern: RegExp;
}[] = [
  {
    length: 'long',
    pattern:
      /\b(?:long|longer|detailed|in detail|at length|in depth|thorough|full|key points|main points|bullet points|point by point|each paragraph|everything)\b/g,
  },
  {
    length: 'short',
    pattern:
      /\b(?:short|shorter|brief|briefly|quick|quickly|tldr|eli5|gist|nutshell|one line|in a sentence)\b/g,
  },
  { length: 'medium', pattern: /\b(?:medium|normal|regular)\b/g },
];

/** "in 3 sentences", "with five sentences": an exact length. Taken out of the text, so it is not a topic. */
export const SENTENCE_COUNT =
  /\b(?:in|with|using)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+sentences?\b/i;
/** A sentence count from 1 to 50, as digits or a number word, or undefined. */
export function countOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = unitValue(value) ?? (/^\d+$/.test(value) ? Number(value) : Number.NaN);
  return count >= 1 && count <= 50 ? count : undefined;
}

/**
 * The length a message asks for (see `LENGTH_PHRASES`), and the words that ask for it; a hyphenated word
 * asks for none ("long-range missiles").
 */
export function lengthAsked(
  words: readonly Word[],
  isTitlePart?: (words: string) => boolean,
): {
  length: SummaryLength | undefined;
  asking: ReadonlySet<Word>;
  /** Length words that are part of an article's name here ("the long march"). */
  naming: ReadonlySet<Word>;
} {
  // Masked in place, so that a match's offset still counts the words before it.
  const folded = words
    .map((word) => word.folded)
    .join(' ')
    .replace(/\S+-\S+/g, (hyphenated) => '_'.repeat(hyphenated.length));
  const wordAt = (index: number): number => folded.slice(0, index).split(' ').length - 1;
  let length: SummaryLength | undefined;
  const asking = new Set<Word>();
  const naming = new Set<Word>();
  for (const phrase of LENGTH_PHRASES) {
    for (const match of folded.matchAll(phrase.pattern)) {
      const first = wordAt(match.index);
      const last = wordAt(match.index + match[0].length - 1);
      const phraseWords = words.slice(first, last + 1);
      if (inTitle(phraseWords, words[first - 1], words[last + 1], isTitlePart)) {
        for (const word of phraseWords) naming.add(word);
        continue;
      }
      length ??= phrase.length;
      for (let at = first; at <= last; at++) asking.add(words[at]!);
    }
  }
  return { length, asking, naming };
}

/**
 * Whether a length phrase is part of an article's name with the word before or after it ("the long march",
 * "a short history of tea"); a small word beside it ("the long", "in short") names no article.
 */
function inTitle(
  phrase: readonly Word[],
  before: Word | undefined,
  after: Word | undefined,
  isTitlePart: ((words: string) => boolean) | undefined,
): boolean {
  if (!isTitlePart) return false;
  const named = (word: Word | undefined): word is Word => word !== undefined && !STOPWORDS.has(word.folded);
  const words = phrase.map((word) => word.folded);
  return (
    (named(before) && isTitlePart([before.folded, ...words].join(' '))) ||
    (named(after) && isTitlePart([...words, after.folded].join(' ')))
  );
}

/**
 * The message without the words that ask for a length (with "the … of" around them), to read the names in
 * it: "the gist of the yukos article" names "yukos", as "the full yukos article" does, and "the articles by
 * tom reel at length" Tom Reel.
 */
export function withoutLengthWords(text: string, asking: ReadonlySet<Word>): string {
  let marked = text;
  for (const { start, raw } of asking)
    marked = marked.slice(0, start) + '\uE000'.repeat(raw.length) + marked.slice(start + raw.length);
  return marked
    .replace(/(?:\b(?:the|a|an)\s+)?\uE000[\uE000\s]*of\s+|\uE000[\uE000\s]*/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
