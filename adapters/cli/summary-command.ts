import { parseArgs } from 'node:util';
import { SearchStatus, type Library, type LibrarySummary, type Summary } from '../../src/index.js';
import { Bot } from '../../src/bot/bot.js';
import { isSummaryLength, SUMMARY_LENGTHS } from '../../src/summary/options.js';
import { asksForWholeLibrary } from '../../src/summary/library-summary.js';
import type { SummarySentence } from '../../src/summary/full-names.js';
import { renderLibrarySummary } from '../terminal/render-library-summary.js';
import { renderForTerminal, type TerminalStyle } from '../terminal/render.js';
import { wordingOf } from '../terminal/terminal-style.js';
import { en } from '../shared/wording.js';
import { noArticleError, UsageError } from './usage.js';

/** A summary's sentence as `--json` gives it: its id, the article's text, and the names a reader is shown. */
function sentenceJson({ id, text, names }: SummarySentence) {
  return {
    id,
    text,
    ...(names === undefined ? {} : { names: names.map(({ at, given }) => ({ at, given })) }),
  };
}

/** The stable JSON of `quotebot summary --json` (documented in the README). */
export function summaryJson(summary: Summary) {
  return {
    article: summary.article,
    deck: summary.deck,
    length: summary.length,
    topic: summary.topic,
    sentences: summary.sentences.map(sentenceJson),
    found: summary.found,
    ...(summary.leftOutSteps === undefined
      ? {}
      : {
          leftOutSteps: {
            count: summary.leftOutSteps.count,
            listedIn: summary.leftOutSteps.listedIn ?? null,
          },
        }),
  };
}

/**
 * The stable JSON of `quotebot summary --topic X --json` across the library, and of `summary all --json` (no
 * topic: `null`; `of` the library's article count, of which `articles` are the newest), documented in the
 * README.
 */
export function librarySummaryJson(summary: LibrarySummary) {
  const of = summary.kind === 'found' ? (summary.overviewOf ?? null) : null;
  return {
    scope: 'library' as const,
    topic: of === null ? summary.topic : null,
    found: summary.kind === 'found',
    articles:
      summary.kind === 'found'
        ? summary.excerpts.map(({ article, sentences }) => ({
            article,
            sentences: sentences.map(sentenceJson),
          }))
        : [],
    of,
    suggestions: summary.kind === 'not-discussed' ? summary.suggestions : [],
  };
}

/** `--sentences N`: a whole number from 1 to 50. */
function sentenceCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || count < 1 || count > 50) {
    throw new UsageError('--sentences must be a whole number from 1 to 50');
  }
  return count;
}

/**
 * `quotebot summary [--length short|medium|long] [--sentences N] [--topic WORDS] [--author NAME]
 * [--article SLUG] [--json]`. A topic without an article, in a library of more than one article, summarises
 * what the whole library says about it; with one article, or with `--article`, the article's sentences
 * about the topic. `--author` keeps to that author's articles: the newest of them, or with a topic what they
 * say about it. `note` is told a line for the user beside the answer (the CLI writes it on stderr).
 */
export function summaryCommand(
  library: Library,
  args: string[],
  style: TerminalStyle,
  note: (line: string) => void = () => undefined,
): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      length: { type: 'string', short: 'l' },
      sentences: { type: 'string', short: 'n' },
      topic: { type: 'string', short: 't' },
      article: { type: 'string', short: 'a' },
      author: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const length = values.length?.toLowerCase();
  if (length !== undefined && !isSummaryLength(length)) {
    throw new UsageError(`--length must be one of ${SUMMARY_LENGTHS.join(', ')}`);
  }
  // Words after the command are the topic too: `quotebot summary sanctions`; but `summary all --topic oil` is
  // a topic across the library, which "all" only names again.
  const namesLibrary = values.topic !== undefined && asksForWholeLibrary(positionals.join(' '));
  const topic = [values.topic, ...(namesLibrary ? [] : positionals)]
    .filter((part) => part !== undefined)
    .join(' ')
    .trim();
  const sentences = sentenceCount(values.sentences);
  // The chat's own request: what the whole library says, or one article's summary ("summary uganda" is the
  // Uganda story's when no other article discusses Uganda).
  const reply = new Bot(library).handle({
    kind: 'summary',
    length,
    sentences,
    topic: topic.length > 0 ? topic : undefined,
    article: values.article,
    author: values.author,
  });
  if (reply.kind === 'unknown-article') throw noArticleError(reply.article, reply.suggestions, reply.several);
  // An author the library lacks: said on stderr, with exit code 2, as `quote --author` says it.
  if (reply.kind === 'unknown-author')
    throw new UsageError(renderForTerminal(reply, style), {
      kind: 'unknown-author',
      suggestions: reply.suggestions,
    });
  // Words too long to search are said as `quote` says them (its status with `--json`), and exit code 0.
  if (reply.kind === 'invalid-query' && reply.reason === 'too-long') {
    if (!values.json) return renderForTerminal(reply, style);
    return JSON.stringify({ topic, status: SearchStatus.QueryTooLong, found: false }, null, 2);
  }
  if (reply.kind === 'library-summary') {
    if (values.json) return JSON.stringify(librarySummaryJson(reply.summary), null, 2);
    return renderLibrarySummary(reply.summary, style);
  }
  if (reply.kind !== 'summary') throw new Error(renderForTerminal(reply, { color: false }));
  if (values.json) return JSON.stringify(summaryJson(reply.summary), null, 2);
  // The article was not named: which one this is, as the chat says, off stdout (which stays the summary).
  if (reply.newest && reply.summary.found) note(en.newestArticle(wordingOf(style), reply.author));
  return renderForTerminal(reply, style);
}
