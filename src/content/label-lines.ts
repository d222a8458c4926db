import { isFragment } from '../summary/fragment.js';
import { foldText } from '../text/fold.js';
import { isSmallTalk } from '../text/small-talk.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Most words of a label over a list ("Action items.", "Open questions for review."). */
const LIST_LABEL_WORDS = 4;
/** A label's words: it opens with a capital, and ends in a full stop or in nothing. */
const LABEL_SHAPE = /^["'“‘(]*\p{Lu}[^.!?…:;]*\.?["'”’)]*$/u;
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** Most words of a label alone on its line over prose ("Next steps.", "What we changed."). */
const LONE_LABEL_WORDS = 3;
/** Fewest different labels run into their paragraphs for any of them to be read as one. */
const RUN_IN_LABELS = 2;

/** A paragraph's sentences as `splitBody` reads them. */
interface LabelSpan {
  readonly text: string;
}

/** Whether a short sentence has the shape of a label, opening on a word that carries meaning ("Of course." does not). */
function labelShaped(text: string, most: number, fewest = 2): boolean {
  if (!LABEL_SHAPE.test(text.trim())) return false;
  const words = foldText(text).match(WORD) ?? [];
  return words.length >= fewest && words.length <= most && !STOPWORDS.has(words[0]!);
}

/** A section named by what it tells, written as a sentence: "What happened.", "What went well.", "How we fixed it.". */
const TELLING_LABEL = /^(?:What|Why|How|Where|When|Who)\s[^.!?…:;"“”]*\.$/u;
/** Most words of a label that tells what its section says. */
const TELLING_WORDS = 4;

/** A label of a few words that tell what its section says ("What went well.": a clause, so no `isFragment`). */
function tellsItsSection(text: string): boolean {
  const trimmed = text.trim();
  return TELLING_LABEL.test(trimmed) && (foldText(trimmed).match(WORD) ?? []).length <= TELLING_WORDS;
}

/**
 * A label of one word that carries meaning, ending in a full stop ("Lessons.", "Impact."): neither small talk
 * ("Right.") nor a manner ("Finally."). Alone it could be said, so it is read as a label only among others.
 */
function oneWordLabel(text: string): boolean {
  const trimmed = text.trim();
  const words = foldText(trimmed).match(WORD) ?? [];
  return (
    words.length === 1 &&
    trimmed.endsWith('.') &&
    labelShaped(trimmed, 1, 1) &&
    !/ly$/u.test(words[0]!) &&
    !isSmallTalk(words[0]!)
  );
}

/**
 * Which paragraphs open with a label, a section's name written as a short sentence rather than on a heading's
 * line: "Root cause. The root cause was…" and "- **Search stampede protection.** Request coalescing is on…" (two
 * or three words with no clause in them, `isFragment`, before the paragraph's other sentences, in a list's item or where
 * the text has two such labels or more, each different), and "Action
 * items." alone over a list's items (a few words, the next paragraph an item). A label names what follows and
 * says nothing of it: like a heading, it is never quoted, posted or summarised, and it names its section.
 */
export function labelOpenings(
  spans: readonly (readonly LabelSpan[])[],
  items: readonly boolean[],
  apart: readonly boolean[],
): boolean[] {
  const runIn = spans.map((sentences, i) => {
    const [first] = sentences;
    return first !== undefined && !apart[i] && sentences.length > 1 && labelShaped(first.text, 3) && isFragment(first.text);
  });
  // Labels run into their paragraphs name a text's several parts: one alone ("Good night. …") is said, not a label.
  const telling = spans.map((sentences, i) => {
    const [first] = sentences;
    return first !== undefined && !apart[i] && !items[i] && sentences.length > 1 && tellsItsSection(first.text);
  });
  // Two or three words alone on their line, ending in a full stop ("Next steps.", "Open questions."): a label
  // where the text has others, whatever its last word could also be ("steps" a verb, "learned" a past). A word
  // alone ("Silence.") is a story's as often.
  const alone = spans.map((sentences, i) => {
    const [first] = sentences;
    return (
      first !== undefined &&
      sentences.length === 1 &&
      !apart[i] &&
      !items[i] &&
      first.text.trim().endsWith('.') &&
      labelShaped(first.text, LONE_LABEL_WORDS) &&
      isFragment(first.text, false)
    );
  });
  const names = new Set(
    spans.flatMap((sentences, i) =>
      runIn[i] || telling[i] || alone[i] ? [foldText(sentences[0]!.text)] : [],
    ),
  );
  return spans.map((sentences, i) => {
    const [first] = sentences;
    if (first === undefined || apart[i]) return false;
    // A list's item opening on a label ("- **Faster failover.** The replica…") is one: items are no prose.
    if (alone[i] === true && names.size >= RUN_IN_LABELS) return true;
    if (sentences.length > 1)
      return (
        (runIn[i]! && (items[i] === true || names.size >= RUN_IN_LABELS)) ||
        (!items[i] && names.size >= RUN_IN_LABELS && (telling[i]! || oneWordLabel(first.text)))
      );
    return (
      !items[i] &&
      items[i + 1] === true &&
      (labelShaped(first.text, LIST_LABEL_WORDS) || oneWordLabel(first.text))
    );
  });
}
