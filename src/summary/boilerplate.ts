import type { Article, Paragraph, Passage } from '../content/article.js';
import { readsAsHeading } from '../text/segment.js';

/**
 * A notice of copyright at a sentence's start: "Copyright (C) 2000, 2001 Free Software Foundation, Inc.",
 * "© 2024 Eastham News", "(c) 1998 …", a year soon after it. It says who owns the text, not what it says.
 */
const COPYRIGHT_NOTICE = /^\s*(?:copyright\b|©|\(c\))[^.!?]{0,20}?\b(?:1[6-9]|2\d)\d\d\b/iu;

/** Whether a sentence opens with a notice of copyright (see `COPYRIGHT_NOTICE`). */
export function isCopyrightNotice(text: string): boolean {
  return COPYRIGHT_NOTICE.test(text);
}

/**
 * Whether a passage stands as a heading: a few words that end their paragraph, and the only sentence of it
 * (after a run-in label such as "ADDENDUM:"), with no mark that ends a sentence ("How to use this License
 * for your documents", "A gardener's guide to helping pollinators"). A heading names a part; it says nothing
 * of it. `sentences` are the article's.
 */
export function standsAsHeading(
  passage: Passage,
  paragraph: Paragraph | undefined,
  sentences: readonly Passage[],
): boolean {
  if (paragraph === undefined || passage.end !== paragraph.end || !readsAsHeading(passage.text)) return false;
  return sentences.every(
    (other) => other === passage || other.paragraph !== passage.paragraph || other.heading === true,
  );
}

/**
 * The heading of a section about who published a piece ("About Eastham Cranes", "About the author", "About
 * us"): a press release, a company's post or a blog closes on one. A heading only: "About 40 boats…" is a
 * sentence.
 */
const ABOUT_HEADING = /^(?:About|ABOUT)\s+(?:the\b|us\b|\p{Lu})/u;

/**
 * Where a closing section about the publisher or the writer starts, as the index of its heading in the
 * article's sentences, or undefined when the piece does not close on one. The section runs to the end, but
 * for lines that stand as headings after it (a press release's "Media contact: …", "Ends"). It tells who
 * they are, not what the piece says: background that a summary leaves out.
 */
export function closingAboutSection(article: Pick<Article, 'sentences'>): number | undefined {
  const about = article.sentences.findLast(
    (passage) => passage.heading === true && passage.index > 0 && ABOUT_HEADING.test(passage.text),
  );
  if (about === undefined) return undefined;
  const after = article.sentences.slice(about.index + 1);
  const next = after.findIndex((passage) => passage.heading === true);
  return next < 0 || after.slice(next).every((passage) => passage.heading === true) ? about.index : undefined;
}
