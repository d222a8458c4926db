import type { LibrarySummary } from '../../src/index.js';
import { safeForTerminal, type TerminalStyle } from './render.js';

const dim = (text: string, style: TerminalStyle): string =>
  style.color ? `\u001b[2m${text}\u001b[0m` : text;

/** Words a library-wide topic summary for a terminal: one block per article, the most relevant first. */
export function renderLibrarySummary(summary: LibrarySummary, style: TerminalStyle): string {
  const topic = safeForTerminal(summary.topic);
  if (summary.kind === 'no-topic')
    return `Give a topic to summarise across the library (not just "${topic}").`;
  if (summary.kind === 'not-discussed') {
    const also = summary.suggestions.length > 0 ? ` Did you mean ${summary.suggestions.join(', ')}?` : '';
    return `No article in the library discusses ${topic}.${also}`;
  }
  const blocks = summary.excerpts.map(({ article, sentences }) =>
    [
      `${safeForTerminal(article.title)}`,
      dim(
        `— ${safeForTerminal(article.author)}, ${safeForTerminal(article.publication)}, ${article.date}${article.url ? ` ${article.url}` : ''}`,
        style,
      ),
      ...sentences.map((sentence) => `• ${safeForTerminal(sentence.text)}`),
    ].join('\n'),
  );
  const count = summary.excerpts.length;
  return [
    `What ${count === 1 ? 'one article says' : `${count} articles say`} about ${topic}:`,
    ...blocks,
  ].join('\n\n');
}
