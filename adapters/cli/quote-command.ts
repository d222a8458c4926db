import { parseArgs } from 'node:util';
import { Bot, type BotReply, type Library } from '../../src/index.js';
import { renderForTerminal, type TerminalStyle } from '../terminal/render.js';
import { searchResultJson } from './json-shapes.js';
import { UsageError } from './usage.js';

/** `quotebot quote <words> [--limit N] [--article SLUG] [--json]` */
export function quoteCommand(library: Library, args: string[], style: TerminalStyle): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      limit: { type: 'string', short: 'n' },
      article: { type: 'string', short: 'a' },
      json: { type: 'boolean' },
    },
  });
  const query = positionals.join(' ');
  if (query.trim().length === 0)
    throw new UsageError('quote needs words to look for, e.g. quotebot quote election');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new UsageError('--limit must be a whole number from 1 to 100');
  }
  if (values.json)
    return JSON.stringify(searchResultJson(library.search({ query, slug: values.article, limit })), null, 2);
  // Each passage is the bot's own reply for that position: the same words and counts as the chat.
  const bot = new Bot(library);
  const first = bot.handle({ kind: 'quote', query, article: values.article });
  if (first.kind !== 'quote') return renderForTerminal(first, style);
  const shown = Math.min(limit ?? library.options.limit, first.matches);
  const replies: BotReply[] = [first];
  for (let position = 1; position < shown; position++)
    replies.push(bot.handle({ kind: 'quote', query, article: values.article, position }));
  return replies.map((reply) => renderForTerminal(reply, style)).join('\n\n');
}
