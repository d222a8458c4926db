import { withBalancedMarks } from '../../src/text/quote-marks.js';
import { byline } from '../../src/content/article.js';
import type { LibrarySummary } from '../../src/index.js';
import { shownWithNames } from '../../src/summary/full-names.js';
import { en, librarySummaryProblem } from '../shared/wording.js';
import { dim, safeForTerminal, wordingOf, type TerminalStyle } from './terminal-style.js';

/** Words a library-wide topic summary for a terminal: one block per article, the most relevant first. */
export function renderLibrarySummary(summary: LibrarySummary, style: TerminalStyle): string {
  const wording = wordingOf(style);
  if (summary.kind !== 'found') return librarySummaryProblem(wording, summary);
  const blocks = summary.excerpts.map(({ article, sentences }) =>
    [
      `${safeForTerminal(article.title)}`,
      dim(
        `— ${safeForTerminal(byline(article))}, ${article.date}${article.url ? ` ${article.url}` : ''}`,
        style,
      ),
      ...sentences.map((sentence) => `• ${safeForTerminal(withBalancedMarks(shownWithNames(sentence)))}`),
    ].join('\n'),
  );
  return [`${en.librarySummaryTitle(wording, summary)}:`, ...blocks].join('\n\n');
}
