import { foldOnce } from './fold-once.js';
import type { Article, Passage } from '../content/article.js';
import { wordCount } from '../text/tokenize.js';
import type { SentenceCues } from './cues.js';

/**
 * At least this many words, a piece is long enough to be a feature rather than a report: the 40 development
 * reports run 150–655 words, a long-form feature several thousand.
 */
export const FEATURE_WORDS = 1000;

// An opening that sets a paragraph in the present day, against a lede set at another time: "Today, …",
// "Now …", "Nowadays …", "This year …", "Thirty years later, …", "A generation on, …".
const PRESENT_DAY =
  /^(?:today|now(?! that)|nowadays|at present|currently|this (?:year|month|week|spring|summer|autumn|fall|winter)|(?:[\p{L}-]+ )?(?:years|decades|months|generations) (?:later|on)|(?:a|one|half a) (?:century|decade|generation) (?:later|on))\b/u;
const OPENING_MARKS = /^[\s"'“‘(]+/;
// The past of "be" and "have", that a scene or a state of the past is told with ("…was a drain", "There were
// no fish…", "She had never seen…"), and the past of a habit ("used to").
const TOLD_IN_THE_PAST = /\b(?:was|were|had|used to)\b/;

/**
 * The nut graf of a feature, as an index into `passages` (the summary's candidate sentences, with their
 * `cues`), or undefined when the piece has none that its shape shows.
 *
 * A feature opens on a scene or on the past ("For forty years the harbour was a car park for boats…") and
 * says what the story is about in the paragraph after it, the nut graf, often as the present-day outcome
 * set against that lede ("Today the quay is full of fishing boats…"). A report states its story in its first
 * sentence and needs none; a feature's first sentence states no story, and a summary without its nut graf
 * misses the point. So a piece of at least `FEATURE_WORDS` words whose lede is told in the past (its
 * sentences have "was", "were", "had" or "used to"; it does not open on the present day) and whose second
 * paragraph, right after the lede, opens on the present day (`PRESENT_DAY`) has that paragraph's first
 * sentence as its nut graf, when it reads alone. An address that opens in the present ("We meet here tonight…",
 * "I address you…") and goes on "Today, …" or "Now, forgive me, but…" has none: it is no story told.
 */
export function nutGrafOf(
  article: Article,
  passages: readonly Passage[],
  cues: readonly SentenceCues[],
  bodyWords: number = wordCount(article.body),
): number | undefined {
  if (passages.length < 2 || bodyWords < FEATURE_WORDS) return undefined;
  const lede = passages[0]!.paragraph;
  const next = passages.findIndex((passage) => passage.paragraph !== lede);
  const nut = passages[next];
  if (nut === undefined || nut.paragraph !== lede + 1 || cues[next]!.dependent) return undefined;
  const ledeText = passages.slice(0, next).map((passage) => foldOnce(passage.text));
  const setAgainstThePresent =
    ledeText.some((text) => TOLD_IN_THE_PAST.test(text)) && !opensOnThePresent(passages[0]!.text);
  return setAgainstThePresent && opensOnThePresent(nut.text) ? next : undefined;
}

function opensOnThePresent(text: string): boolean {
  return PRESENT_DAY.test(foldOnce(text).replace(OPENING_MARKS, ''));
}
