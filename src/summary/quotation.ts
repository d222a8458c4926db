import type { Passage } from '../content/article.js';
import { wordCount } from '../text/tokenize.js';

// A quotation's marks: curly ones say which way they face; a straight one opens after a space or at the
// start, and closes after a word or a stop.
const MARK = /[“”"]/gu;

/** Whether a quotation is still open after `text`, given whether one was open before it. */
function openAfter(text: string, open: boolean): boolean {
  let state = open;
  for (const match of text.matchAll(MARK)) {
    const mark = match[0];
    if (mark === '“') state = true;
    else if (mark === '”') state = false;
    else {
      const before = text[match.index - 1];
      state = before === undefined || /[\s(—–-]/u.test(before) ? true : false;
    }
  }
  return state;
}

/** Whether `text` closes a quotation it did not open ("We will not sail until the engineers are satisfied.”"). */
export function closesUnopened(text: string): boolean {
  if (namesSpeakerAfter(text)) return false;
  for (const match of text.matchAll(MARK)) {
    const mark = match[0];
    if (mark === '“') return false;
    if (mark === '”') return true;
    const before = text[match.index - 1];
    return before !== undefined && !/[\s(—–-]/u.test(before);
  }
  return false;
}

const OPENS_QUOTING = /^\s*["“]/u;
/**
 * Whether words follow a sentence's last quotation mark, a closing one: who said it ("…even wider than last time," said
 * Madeley."), so that the sentence names its speaker, wherever the quotation opened.
 */
function namesSpeakerAfter(text: string): boolean {
  const marks = [...text.matchAll(MARK)];
  const last = marks.at(-1);
  if (last === undefined || last[0] === '“') return false;
  const before = text[last.index - 1];
  const closes = last[0] === '”' || (before !== undefined && !/[\s(—–-]/u.test(before));
  return closes && /\p{L}/u.test(text.slice(last.index + 1));
}

/** A sentence that is all one quotation ("“He never let anyone leave hungry.”"): its speaker is named elsewhere. */
const ALL_QUOTED = /^\s*["“][^"“”]+["”]\s*$/u;

/**
 * Whether a sentence is a later sentence of a quotation, whose speaker a sentence before it names: it opens
 * inside a quotation an earlier sentence of its paragraph opened ("Every fallen tree was a scandal."), opens
 * one again after a sentence of its paragraph to run on past itself ("“Every fallen tree was a scandal." after
 * "“For years I spent…,” said Osei."), closes
 * one it did not open ("I think the children would like to see it too.""), or is a whole quotation with no
 * speaker ("“He never let anyone leave hungry, even when they couldn’t pay.”" after "…,” said his daughter.").
 * On its own it says nothing of who said it, and its words point back ("it too"); one that names its speaker
 * after its last mark ("…even wider than last time," said Madeley.") reads alone. `sentences` are its article's.
 */
export function goesOnQuoting(passage: Passage, sentences: readonly Passage[]): boolean {
  if (ALL_QUOTED.test(passage.text) || closesUnopened(passage.text)) return true;
  if (namesSpeakerAfter(passage.text)) return false;
  const before = sentences[passage.index - 1];
  const inParagraph = before !== undefined && before.paragraph === passage.paragraph;
  // A quotation opened again after its speaker, to run on ("…,” said Colin Reid. “Every day without…").
  if (inParagraph && OPENS_QUOTING.test(passage.text) && openAfter(passage.text, false)) return true;
  let open = false;
  for (let i = passage.index - 1; i >= 0 && sentences[i]!.paragraph === passage.paragraph; i--) {
    // Counted from the paragraph's start: find where it starts first.
    if (i === 0 || sentences[i - 1]!.paragraph !== passage.paragraph) {
      for (let j = i; j < passage.index; j++) open = openAfter(sentences[j]!.text, open);
      break;
    }
  }
  return open;
}

/** Most words of a line of dialogue that says nothing without the line it answers ("Never.", "I'm not going home."). */
const REPLY_WORDS = 6;
const ASKS = /\?["”’']*\s*$/u;

/**
 * Whether a sentence is a line of dialogue: words in quotation marks with no speaker named in the sentence
 * (all one quotation, one it opens and leaves open, "“Never.", or the close of one it did not open), that
 * only answer or ask: at most `REPLY_WORDS` words ("“I'm not going home.”"), or a question (“Did he tell the
 * truth at bus stops?”). In a text that holds dialogue (`holdsDialogue`) it is no point of a summary: a
 * story tells itself in its narration. A report's short quotations, whose speaker the sentence before names
 * ("“But it was so dramatic.”"), are left to `goesOnQuoting`.
 */
export function isDialogueLine(text: string): boolean {
  const untagged =
    ALL_QUOTED.test(text) || closesUnopened(text) || (OPENS_QUOTING.test(text) && openAfter(text, false));
  return untagged && (ASKS.test(text) || wordCount(text) <= REPLY_WORDS);
}

const ASKED_IN_QUOTES = /["“][^"“”]*\?["”]/u;

/**
 * Whether a text holds dialogue, as fiction does: a question in quotation marks answered by a quotation that
 * opens the next paragraph, a turn of its own (“Is this the stop for Kelso?” he asked. / “It is, if the bus
 * ever comes,” said Agnes.). A report quotes what people said, not what they asked one another: none of the
 * 40 development reports nor of 233 State of the Union addresses has such a turn. `sentences` are the
 * article's.
 */
export function holdsDialogue(sentences: readonly Passage[]): boolean {
  return sentences.some((passage, i) => {
    const next = sentences[i + 1];
    return (
      next !== undefined &&
      next.paragraph !== passage.paragraph &&
      ASKED_IN_QUOTES.test(passage.text) &&
      OPENS_QUOTING.test(next.text)
    );
  });
}

/**
 * Whether a sentence is a character's words, not the narrator's: it opens on a quotation mark (“Tell us your
 * name!” said the man.) or goes on with a quotation an earlier sentence opened (see `goesOnQuoting`). A
 * sentence that quotes a phrase inside its own telling (The narrator calls her “a woman of mean
 * understanding”.) is the narrator's. `sentences` are the article's.
 */
export function isSpoken(passage: Passage, sentences: readonly Passage[]): boolean {
  return OPENS_QUOTING.test(passage.text) || goesOnQuoting(passage, sentences);
}
