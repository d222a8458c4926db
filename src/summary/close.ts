import { foldedWordsOnce } from './fold-once.js';
import type { Passage } from '../content/article.js';
import { STOPWORDS } from '../text/stopwords.js';
import { cuesOf, type SentenceCues } from './cues.js';
import { inOwnVoice } from './own-voice.js';
import { judges } from './verdict.js';

// The reader addressed ("Write to your councillor…", "If you go, book your car…"), or the speaker and the
// listeners as one ("Let us…").
const TO_THE_READER = /\b(?:you|your|yours|yourself|yourselves|let us|let's)\b/u;
// What must, should or shall be: a call, a resolve, an order ("…shall not perish from the earth", "The
// appellant shall pay…").
const OUGHT = /\b(?:must|should|ought to|shall)\b/u;
// A decision in the present, the sentence no more than its subject and a passive ("The appeal is dismissed.",
// "The order is confirmed."): a court's, a board's, a jury's. "Story time is free and no booking is needed."
// says two things.
const DECISION =
  /^(?:(?!(?:is|are|was|were|and|or|but)\b)[\p{L}'-]+\s){1,5}(?:is|are)(?: hereby| therefore| accordingly)? \p{L}{3,}ed[.!]?$/u;

/**
 * Fewer words than this besides small ones, a call or a wish says too little to be what a piece was for
 * ("Bring your children.", "We are proud of you."), as a signpost says too little (see `onlyPointsTo`).
 */
const CALL_WORDS = 4;

/**
 * Whether a sentence decides or calls in the writer's own voice (see `closeOf`): it states a decision, or it
 * turns to the reader or says what must or shall be in `CALL_WORDS` words or more besides small ones; and it
 * is no question, no quotation and no one else's words told ("He said the council should…").
 */
export function decides(text: string): boolean {
  const own = inOwnVoice(text);
  if (own === undefined) return false;
  if (DECISION.test(own)) return true;
  const said = foldedWordsOnce(own).filter((word) => !STOPWORDS.has(word)).length;
  return said >= CALL_WORDS && (TO_THE_READER.test(own) || OUGHT.test(own));
}

/**
 * The close of a piece whose point comes at its end, as an index into `passages` (the summary's candidate
 * sentences, with their `cues`), or undefined when its end is no such point.
 *
 * A report puts its point first and its background last; a judgment, an opinion column, a speech, a review
 * or a guide end on what the piece was for: the decision ("The appeal is dismissed."), the call ("Write to
 * your councillor before the vote on 3 April."), the resolve ("…that government of the people, by the people,
 * for the people, shall not perish from the earth."), the verdict ("If you can live with a clumsy app, the X2
 * is the best value…", "At £40 a head it is worth every penny."). Such a close is told by its voice: the writer
 * turns to the reader or decides (`decides`), or judges a thing's worth (`judges`: its "it" is the thing
 * the piece is about, so a verdict need not read alone). The first sentence of the last paragraph that does so, and reads alone (but for a word that
 * draws it from what came before: "So let us…"), is the close, in a piece of two paragraphs or more.
 *
 * Measured on the last paragraphs of the 40 development reports: none has such a sentence (their ends are
 * background, quotations and what someone said should happen), so no report's summary changes; 126 of 233
 * State of the Union addresses have one (an address's turn to Congress, "your deliberations", or its "Let
 * us…"), and 10 of the 52 texts of the last five new users' libraries, each the call, decision or verdict
 * its piece ends on (a judgment, a column, a review, an essay, a speech, a newsletter, two interviews, a
 * travel diary, a licence).
 */
export function closeOf(passages: readonly Passage[], cues: readonly SentenceCues[]): number | undefined {
  const last = passages.at(-1)?.paragraph;
  if (last === undefined || passages[0]!.paragraph === last) return undefined;
  const at = passages.findIndex(
    (passage, i) =>
      passage.paragraph === last &&
      (((!cues[i]!.dependent || !cuesOf(passage.text.replace(DRAWING, '')).dependent) &&
        decides(passage.text)) ||
        judges(passage.text)),
  );
  return at < 0 ? undefined : at;
}

// A close drawn from all that came before ("So let us keep the flood wardens…", "And so, write to…") reads
// alone all the same: what it draws on is the piece.
const DRAWING = /^\s*(?:(?:and )?so|and|but|then|now|therefore|thus|hence|finally)\b,?\s*/iu;
