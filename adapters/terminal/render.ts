import type { ArticlesReloadReply, BotReply, Highlight, QuoteReply, Summary } from '../../src/index.js';

/** How to emphasise matched words: ANSI colour on a terminal, `**bold**` markers elsewhere. */
export interface TerminalStyle {
  readonly color: boolean;
}

function emphasise(text: string, highlights: readonly Highlight[], style: TerminalStyle): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += text.slice(at, start);
    const word = text.slice(start, end);
    out += style.color ? `\u001b[1;33m${word}\u001b[0m` : `**${word}**`;
    at = end;
  }
  return out + text.slice(at);
}

const dim = (text: string, style: TerminalStyle): string =>
  style.color ? `\u001b[2m${text}\u001b[0m` : text;

/** Strips terminal control characters from text that came from content or users. */
export function safeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function renderQuote(reply: QuoteReply, style: TerminalStyle): string {
  const { hit } = reply;
  const { article } = hit;
  const lines = [`“${emphasise(safeForTerminal(hit.passage.text), hit.highlights, style)}”`];
  lines.push(
    dim(
      `— ${article.author}, “${article.title}”, ${article.publication}, ${article.date}${article.url ? ` ${article.url}` : ''}`,
      style,
    ),
  );
  if (reply.withContext) {
    if (hit.context.before) lines.unshift(dim(`  …${safeForTerminal(hit.context.before)}`, style));
    if (hit.context.after) lines.splice(-1, 0, dim(`  ${safeForTerminal(hit.context.after)}…`, style));
  }
  if (reply.total > 1)
    lines.push(
      dim(`(match ${reply.position + 1} of ${reply.total}; /next for another, /context for more)`, style),
    );
  return lines.join('\n');
}

function renderSummary(summary: Summary, style: TerminalStyle): string {
  const head = `Summary of “${summary.article.title}” (${summary.article.author})${summary.topic ? `, about ${summary.topic}` : ''}:`;
  if (!summary.found) return `“${summary.article.title}” does not discuss ${summary.topic ?? 'that'}.`;
  const lines = [head, ...summary.sentences.map((sentence) => `• ${safeForTerminal(sentence.text)}`)];
  if (summary.deck && !summary.topic)
    lines.push(dim(`The author's own summary: ${safeForTerminal(summary.deck)}`, style));
  return lines.join('\n');
}

/** Words a reply for a terminal. */
export function renderForTerminal(reply: BotReply, style: TerminalStyle): string {
  switch (reply.kind) {
    case 'quote':
      return renderQuote(reply, style);
    case 'no-match':
      return `No passage matches “${safeForTerminal(reply.query)}”.${reply.suggestions.length ? ` Did you mean: ${reply.suggestions.join(', ')}?` : ''}`;
    case 'invalid-query':
      return reply.reason === 'empty'
        ? 'Tell me some words to look for, e.g. /quote election'
        : `That is too long to search: keep it under ${reply.maxLength} characters.`;
    case 'unknown-article':
      return `There is no article “${safeForTerminal(reply.article)}”.${reply.suggestions.length ? ` Did you mean: ${reply.suggestions.join(', ')}?` : ' /articles lists them.'}`;
    case 'articles':
      return [
        `Articles (page ${reply.page} of ${reply.pageCount}, ${reply.total} in all):`,
        ...reply.articles.map((a) => `• ${a.title} — ${a.author}, ${a.publication}, ${a.date}  [${a.slug}]`),
      ].join('\n');
    case 'summary':
      return renderSummary(reply.summary, style);
    case 'help':
      return [
        ...(reply.unknown ? [`I did not understand “${safeForTerminal(reply.unknown)}”.`] : []),
        'Commands:',
        ...reply.commands.map((command) => `  ${command.usage.padEnd(60)} ${command.description}`),
      ].join('\n');
  }
}

/** Words the answer to `/articles reload` for a terminal. */
export function renderReloadForTerminal(reply: ArticlesReloadReply): string {
  if (reply.kind === 'not-allowed')
    return reply.reason === 'not-manager'
      ? 'Only managers can reload the articles.'
      : 'This bot cannot reload its articles: it was started without a content folder to re-read.';
  const lines = reply.keptPrevious
    ? [`No article could be loaded: still answering from the previous ${reply.articles} article(s).`]
    : [`Reloaded the content folder: ${reply.articles} article(s).`];
  for (const problem of reply.problems) lines.push(`  skipped ${safeForTerminal(problem.message)}`);
  return lines.join('\n');
}
