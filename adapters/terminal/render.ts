import { byline, creditedTo, otherPublication } from '../../src/content/article.js';
import { asPiece, quoteMarksFor, withBalancedMarks } from '../../src/text/quote-marks.js';
import type {
  ArticlesReloadReply,
  Attribution,
  BotReply,
  CommandDefinition,
  CommandReply,
  Highlight,
  QuoteReply,
  Summary,
} from '../../src/index.js';
import { shownWithNames } from '../../src/summary/full-names.js';
import { commandDetails } from '../shared/command-detail.js';
import { en, followUpWords, problemWords } from '../shared/wording.js';
import { renderLibrarySummary } from './render-library-summary.js';
import { dim, safeForTerminal, TERMINAL_WORDING, wordingOf, type TerminalStyle } from './terminal-style.js';

export { safeForTerminal, TERMINAL_WORDING, terminalStyleFor, type TerminalStyle } from './terminal-style.js';

function emphasise(text: string, highlights: readonly Highlight[], style: TerminalStyle): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += text.slice(at, start);
    const word = text.slice(start, end);
    out += style.color ? `\u001b[1;33m${word}\u001b[0m` : word;
    at = end;
  }
  return out + text.slice(at);
}

function renderQuote(reply: QuoteReply, style: TerminalStyle): string {
  const { hit } = reply;
  const article = creditedTo(hit.article, reply.speaker);
  const [open, close] = quoteMarksFor(hit.passage.text);
  const piece = asPiece(hit.passage.text);
  const lines = [
    `${open}${piece.lead}${emphasise(safeForTerminal(piece.text), hit.highlights, style)}${piece.trail}${close}`,
  ];
  lines.push(
    dim(
      safeForTerminal(
        `— ${article.author}, “${article.title}”, ${publicationPart(article)}${article.date}${article.url ? ` ${article.url}` : ''}`,
      ),
      style,
    ),
  );
  if (reply.withContext) {
    if (hit.context.before) lines.unshift(dim(`  …${safeForTerminal(hit.context.before)}`, style));
    if (hit.context.after) lines.splice(-1, 0, dim(`  ${safeForTerminal(hit.context.after)}…`, style));
  }
  if (hit.inCode === true) lines.push(dim(`(${en.inCode})`, style));
  if (reply.random)
    lines.push(
      dim(
        `(${safeForTerminal(en.randomPick(reply))}${style.chat && reply.followUps.next ? '; /next for another' : ''})`,
        style,
      ),
    );
  else if (reply.matches > 1 || reply.closest || reply.respelled !== undefined) {
    const where = reply.closest
      ? en.closestPosition(reply)
      : reply.matches > 1
        ? en.matchPosition(reply)
        : '';
    const respelled = reply.respelled === undefined ? '' : en.respelledAs(reply.respelled);
    lines.push(
      dim(
        `(${[where, respelled].filter(Boolean).join('; ')}${style.chat && reply.matches > 1 ? `; ${en.nextHint(reply)}, /context for more` : ''})`,
        style,
      ),
    );
  }
  return lines.join('\n');
}

function renderSummary(summary: Summary, style: TerminalStyle, others: boolean): string {
  const head = safeForTerminal(
    `Summary of “${summary.article.title}” (${summary.article.author})${summary.topic ? `, about ${summary.topic}` : ''}:`,
  );
  if (!summary.found)
    return en.summaryNotDiscussed(TERMINAL_WORDING, summary.article.title, summary.topic, others);
  const lines = [
    head,
    ...summary.sentences.map(
      (sentence) => `• ${safeForTerminal(withBalancedMarks(shownWithNames(sentence)))}`,
    ),
  ];
  if (summary.deck && !summary.topic)
    lines.push(dim(`${en.authorsSummary}: ${safeForTerminal(summary.deck)}`, style));
  return lines.join('\n');
}

/** "Publication, " before the date, or nothing when the publication is the author. */
function publicationPart(article: Attribution): string {
  const publication = otherPublication(article);
  return publication === undefined ? '' : `${publication}, `;
}

/** An article as `/articles` lists it. */
function articleLine(a: Attribution): string {
  return safeForTerminal(`• ${a.title} — ${byline(a)}, ${a.date}  [${a.slug}]`);
}

/**
 * The argument of `quotebot card` that draws this quote: its id (`slug#12`), which names that sentence alone.
 * Words would draw their first match, which is another quote after "next", of a random quote, or when the
 * chat read the words otherwise than `quotebot card` does (a card asked after "quote government of the
 * people…" drew another address's sentence).
 */
function cardArguments(reply: QuoteReply): string {
  // An id is a slug, "#" and digits: a shell reads it as one word ("#" starts a comment only at a word's start).
  return reply.hit.passage.id;
}

/** Words a reply for a terminal. */
export function renderForTerminal(reply: BotReply, style: TerminalStyle): string {
  switch (reply.kind) {
    case 'quote':
      // A terminal shows no images: the quote as text, and where to get its card.
      return reply.card
        ? `${renderQuote(reply, style)}\n${dim(en.cardInConsole(TERMINAL_WORDING, cardArguments(reply)), style)}`
        : renderQuote(reply, style);
    case 'no-match':
    case 'invalid-query':
    case 'unknown-article':
    case 'unknown-author':
      return problemWords(wordingOf(style), reply);
    case 'source':
    case 'no-follow-up':
      return followUpWords(wordingOf(style), reply);
    case 'articles':
      if (reply.fact !== undefined)
        return [
          en.libraryFact(
            TERMINAL_WORDING,
            reply.fact,
            reply.total,
            en.soleAuthor(reply.articles),
            reply.noun,
          ),
          ...reply.articles.map(articleLine),
        ].join('\n');
      return [
        ...(reply.missingPage === undefined ? [] : [en.noSuchPage(reply.missingPage, reply.pageCount)]),
        `${en.articlesTitle(TERMINAL_WORDING, reply)} (page ${reply.page} of ${reply.pageCount}, ${reply.total} in all):`,
        ...reply.articles.map(articleLine),
        ...[en.nextArticlesPage(TERMINAL_WORDING, reply)].filter((line) => line !== undefined),
      ].join('\n');
    case 'author':
      return [
        safeForTerminal(reply.author),
        ...(reply.bio ? [safeForTerminal(reply.bio)] : []),
        `${en.authorArticles(reply.total)}:`,
        ...reply.articles.map(articleLine),
      ].join('\n');
    case 'summary': {
      const notes = reply.summary.found
        ? [
            ...(reply.untranslated === undefined
              ? []
              : [en.untranslated(TERMINAL_WORDING, reply.untranslated)]),
            // The console's hint; the CLI's `--article` is in its help.
            ...(reply.newest && style.chat ? [en.newestArticle(TERMINAL_WORDING, reply.author)] : []),
            ...(reply.summary.leftOutSteps === undefined
              ? []
              : [
                  en.stepsLeftOut(
                    wordingOf(style),
                    reply.summary.leftOutSteps,
                    reply.summary.sentences.length === 0,
                  ),
                ]),
          ]
        : [];
      return [
        renderSummary(reply.summary, style, reply.only !== true),
        ...notes.map((note) => dim(note, style)),
      ].join('\n');
    }
    case 'library-summary':
      return reply.untranslated === undefined || reply.summary.kind !== 'found'
        ? renderLibrarySummary(reply.summary, style)
        : `${renderLibrarySummary(reply.summary, style)}\n${dim(en.untranslated(TERMINAL_WORDING, reply.untranslated, true), style)}`;
    case 'help':
      // The console posts no daily quotes: how to try one in the shell is its way to set them up.
      if (reply.setUp) return en.dailyNotInConsole();
      if (reply.addArticles || reply.brief || reply.unknown) return en.helpLine(TERMINAL_WORDING, reply);
      if (reply.detail) return commandHelp(reply.commands[0]!);
      return [
        'Commands:',
        // Each usage on its own line, its description under it: the usages differ too much to align.
        ...reply.commands.flatMap((command) => [`  ${command.usage}`, `      ${command.description}`]),
        ...(style.chat ? [`  /next, /context`, `      ${en.consoleFollowUps}`] : []),
      ].join('\n');
  }
}

/** `/help quote`: the command, its sub-commands and options, and examples. */
function commandHelp(command: CommandDefinition): string {
  const examples = command.examples ?? [];
  return [
    ...commandDetails(command).flatMap((detail) => [
      detail.usage,
      `    ${detail.description}`,
      ...detail.options.map((option) => `    ${option.label}  ${option.description}`),
    ]),
    ...(examples.length > 0 ? [`${en.examples}:`, ...examples.map((example) => `  ${example}`)] : []),
  ].join('\n');
}

/** Words the answer to `/articles reload` for a terminal. */
export function renderReloadForTerminal(reply: ArticlesReloadReply): string {
  if (reply.kind === 'not-allowed')
    return reply.reason === 'not-manager' ? en.reloadNotManager('managers') : en.reloadUnavailable;
  const lines = [en.reloaded(reply)];
  if (reply.problems.length > 0) lines.push(en.skipped(reply.problems.length));
  for (const problem of reply.problems) lines.push(`  • ${safeForTerminal(problem.message)}`);
  return lines.join('\n');
}

/** Any answer of the command path, for a terminal: the one switch over what the core replied. */
export function renderCommandReplyForTerminal(reply: CommandReply, style: TerminalStyle): string {
  switch (reply.kind) {
    case 'bot':
      return renderForTerminal(reply.reply, style);
    case 'reload':
      return renderReloadForTerminal(reply.reply);
    case 'daily':
      // The console has no channels: it answers `/daily` itself, never with a daily request.
      return en.dailyUnavailable;
    case 'daily-unavailable':
      return en.dailyUnavailable;
    case 'cooldown':
      return en.slowDown(TERMINAL_WORDING, reply.command, reply.retryAfterSeconds);
    case 'usage':
      return en.usageError(TERMINAL_WORDING, reply.error, reply.error.usage ?? '');
  }
}
