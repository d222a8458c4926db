import { parseArgs } from 'node:util';
import { Bot, SUMMARY_LENGTHS, type Library, type Summary, type SummaryLength } from '../../src/index.js';
import { renderForTerminal, type TerminalStyle } from '../terminal/render.js';
import { UsageError } from './usage.js';

/** The stable JSON of `quotebot summary --json` (documented in the README). */
export function summaryJson(summary: Summary) {
  return {
    article: summary.article,
    deck: summary.deck,
    length: summary.length,
    topic: summary.topic,
    sentences: summary.sentences.map(({ id, text }) => ({ id, text })),
    found: summary.found,
  };
}

const isLength = (value: string): value is SummaryLength =>
  (SUMMARY_LENGTHS as readonly string[]).includes(value);

/** `quotebot summary [--length short|medium|long] [--topic WORDS] [--article SLUG] [--json]` */
export function summaryCommand(library: Library, args: string[], style: TerminalStyle): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      length: { type: 'string', short: 'l' },
      topic: { type: 'string', short: 't' },
      article: { type: 'string', short: 'a' },
      json: { type: 'boolean' },
    },
  });
  const length = values.length?.toLowerCase();
  if (length !== undefined && !isLength(length)) {
    throw new UsageError(`--length must be one of ${SUMMARY_LENGTHS.join(', ')}`);
  }
  // Words after the command are the topic too: `quotebot summary sanctions`.
  const topic = [values.topic, ...positionals]
    .filter((part) => part !== undefined)
    .join(' ')
    .trim();
  const reply = new Bot(library).handle({
    kind: 'summary',
    length,
    topic: topic.length > 0 ? topic : undefined,
    article: values.article,
  });
  if (reply.kind === 'unknown-article') {
    const also = reply.suggestions.length > 0 ? ` (did you mean ${reply.suggestions.join(', ')}?)` : '';
    throw new Error(`no article "${reply.article}"${also}; \`quotebot articles\` lists them`);
  }
  if (reply.kind !== 'summary') throw new Error(renderForTerminal(reply, { color: false }));
  if (values.json) return JSON.stringify(summaryJson(reply.summary), null, 2);
  return renderForTerminal(reply, style);
}
