import { parseArgs } from 'node:util';
import type { BotReply, Library, SearchHit } from '../../src/index.js';
import type { TerminalStyle } from '../terminal/terminal-style.js';
import { searchResultJson } from './json-shapes.js';
import { UsageError } from './usage.js';

/**
 * `quotebot quote [words] [--author NAME] [--limit N] [--article SLUG] [--json]`: no words give a random
 * quote (of that author or article, if given). `random` is the source of the pick (Math.random by default).
 * The chat's replies and the terminal renderer are loaded only for text output: `--json` needs neither.
 */
export async function quoteCommand(
  library: Library,
  args: string[],
  style: TerminalStyle,
  random: () => number = Math.random,
): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      limit: { type: 'string', short: 'n' },
      article: { type: 'string', short: 'a' },
      author: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new UsageError('--limit must be a whole number from 1 to 100');
  }
  if (query.trim().length === 0) return randomQuote(library, values, style, random());
  if (values.author !== undefined) return byAuthor(library, query, values, style, limit);
  if (values.json)
    return JSON.stringify(searchResultJson(library.search({ query, slug: values.article, limit })), null, 2);
  const [{ Bot }, { renderForTerminal }] = await Promise.all([
    import('../../src/bot/bot.js'),
    import('../terminal/render.js'),
  ]);
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

async function randomQuote(
  library: Library,
  values: { article?: string | undefined; author?: string | undefined; json?: boolean | undefined },
  style: TerminalStyle,
  pick: number,
): Promise<string> {
  const hit = library.randomQuote(pick, { slug: values.article, author: values.author });
  const result = {
    query: '',
    status: hit ? ('ok' as const) : ('no-match' as const),
    hits: hit ? [hit] : [],
    suggestions: [],
  };
  if (values.json) return JSON.stringify(searchResultJson(result), null, 2);
  if (!hit) {
    const who = values.author === undefined ? '' : ` by "${values.author}"`;
    throw new UsageError(
      `no quote${who} in the library${values.article ? ` (article ${values.article})` : ''}`,
    );
  }
  const { renderForTerminal } = await import('../terminal/render.js');
  return renderForTerminal(quoteReplyOf('', hit, 0, 1, values.article), style);
}

/** `--author`: the author's best passages for the words (the chat's buttons do not apply here). */
async function byAuthor(
  library: Library,
  query: string,
  values: { article?: string | undefined; author?: string | undefined; json?: boolean | undefined },
  style: TerminalStyle,
  limit: number | undefined,
): Promise<string> {
  const result = library.search({ query, slug: values.article, author: values.author, limit });
  if (values.json) return JSON.stringify(searchResultJson(result), null, 2);
  const { renderForTerminal } = await import('../terminal/render.js');
  if (result.hits.length === 0) {
    return renderForTerminal({ kind: 'no-match', query, suggestions: result.suggestions }, style);
  }
  return result.hits
    .map((hit, position) =>
      renderForTerminal(quoteReplyOf(query, hit, position, result.hits.length, values.article), style),
    )
    .join('\n\n');
}

function quoteReplyOf(
  query: string,
  hit: SearchHit,
  position: number,
  matches: number,
  article: string | undefined,
): BotReply {
  const request = { kind: 'quote' as const, query, article, position };
  return {
    kind: 'quote',
    query,
    hit,
    position,
    matches,
    moreMatches: false,
    article,
    withContext: false,
    card: false,
    followUps: { share: request },
  };
}
