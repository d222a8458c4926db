import { isOffered, type Article, type Passage } from '../content/article.js';
import { opensInSmallLetter, segmentSentences } from '../text/segment.js';
import { dot, inverseDocumentFrequency, unitVectors, type ConceptReader } from './concepts.js';
import { closingAboutSection, isCopyrightNotice, standsAsHeading } from './boilerplate.js';
import { pastCeremony } from './ceremony.js';
import { FRAGMENT_WORDS, isFragment } from './fragment.js';
import { wordCount } from '../text/tokenize.js';
import { holdsDialogue, isDialogueLine, isSpoken } from './quotation.js';

/** Fewest narrated sentences that summarise a story without its dialogue: a short summary's. */
const FEWEST_NARRATED = 3;

/**
 * Body sentences that may be summarised: quotable (no repeat of an earlier sentence, no heading) and offered
 * unasked (no letter's address line, header's fields or table row: `isOffered`), none of a
 * closing section about the publisher or the writer ("About Eastham Cranes": see `closingAboutSection`), no notice
 * of copyright and no line that stands as a heading without being marked one (see `boilerplate.ts`), no
 * fragment of an English text ("Day one.", "Never.": see `isFragment`) and, in a text that holds dialogue, no
 * line of it ("“I'm not going home.”": see `isDialogueLine`), which say nothing without what they label or
 * answer, nor, when it has `FEWEST_NARRATED` narrated sentences, any character's line (“Tell us your name!” said the
 * man.: see `isSpoken`) or line of `FRAGMENT_WORDS` words or fewer ("Her Jim."), past
 * the ceremony of an address (no "Thank you very much.", no "Good evening, and thank you all for coming.",
 * no salutation before what a sentence says: see `pastCeremony`), and not a copy of the deck at the top of the body (some sources paste the standfirst in
 * as the first paragraph). A closing sentence that restates the deck stays: that is the author's thesis, in
 * the body's own words.
 */
export function candidatesOf(article: Article, reader: ConceptReader, english: boolean): Passage[] {
  const about = closingAboutSection(article) ?? article.sentences.length;
  const everyQuotable = article.sentences.filter(isOffered);
  const beforeAbout = everyQuotable.filter((passage) => passage.index < about);
  const quotable = beforeAbout.length > 0 ? beforeAbout : everyQuotable;
  // A long sentence's later parts, cut at its semicolons, are no sentences of their own (see `clauses`).
  const whole = quotable.filter((passage) => !continuesSentence(article, passage));
  const complete = whole.length > 0 ? whole : quotable;
  const dialogue = holdsDialogue(article.sentences);
  const said = complete.flatMap((passage) =>
    isCopyrightNotice(passage.text) ||
    standsAsHeading(passage, article.paragraphs[passage.paragraph], article.sentences) ||
    (english && isFragment(passage.text)) ||
    (dialogue && isDialogueLine(passage.text))
      ? []
      : (pastCeremony(passage) ?? []),
  );
  // A story tells itself in its narration: its characters' lines, tagged or not, are scenes, not its account,
  // and a line of a few words ("Her Jim.", "I answered.", "Chapter I.") is a beat of it, no point.
  const narrated = dialogue
    ? said.filter(
        (passage) => !isSpoken(passage, article.sentences) && wordCount(passage.text) > FRAGMENT_WORDS,
      )
    : said;
  const told = narrated.length >= FEWEST_NARRATED ? narrated : said;
  const sentences = told.length > 0 ? told : complete;
  const deck = article.meta.deck;
  if (deck === undefined || article.paragraphs.length < 2) return sentences;
  const deckConcepts = Array.from(segmentSentences(deck), (span) => reader.concepts(span.text));
  const firstConcepts = Array.from(
    sentences.filter((s) => s.paragraph === 0),
    (s) => reader.concepts(s.text),
  );
  const idf = inverseDocumentFrequency([...deckConcepts, ...firstConcepts]);
  const deckVectors = unitVectors(deckConcepts, idf);
  const firstVectors = unitVectors(firstConcepts, idf);
  const echoes = new Set(
    firstVectors
      .map((vector, i) => (deckVectors.some((d) => dot(vector, d) >= 0.85) ? i : -1))
      .filter((i) => i >= 0),
  );
  const kept = sentences.filter((s, i) => s.paragraph !== 0 || !echoes.has(i));
  return kept.length > 0 ? kept : sentences;
}

/** Whether the passage is the part after a semicolon of a sentence cut in two, in a small letter. */
function continuesSentence(article: Article, passage: Passage): boolean {
  const before = article.sentences[passage.index - 1];
  return (
    before !== undefined &&
    before.paragraph === passage.paragraph &&
    /;\s*$/.test(before.text) &&
    opensInSmallLetter(passage.text)
  );
}
