import { parseArgs } from 'node:util';
import type { BotReply, Library, SearchHit } from '../../src/index.js';
import type { PassageSpeaker } from '../../src/content/article.js';
import type { QuoteRequest } from '../../src/bot/requests.js';
import type { TerminalStyle } from '../terminal/terminal-style.js';
import { searchResultJson } from './json-shapes.js';
import { articleOption, QUOTE_PICK_OPTIONS } from './quote-pick.js';
import { noArticleError, UsageError } from './usage.js';

/**
 * `quotebot quote [words] [--author NAME] [--limit N] [--article SLUG] [--json]`: no words give a random
 * quote (of that author or article, if given). `random` is the source of the pick (Math.random by default).
 * Every passage shown is the bot's own reply, so the CLI answers with the chat's words and picks. The bot
 * and the terminal renderer are loaded only past the search's `--json`: a cold start is mostly loading code.
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
      ...QUOTE_PICK_OPTIONS,
      json: { type: 'boolean' },
    },
  });
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new UsageError('--limit must be a whole number from 1 to 100');
  }
  const isRandom = query.trim().length === 0;
  const article = articleOption(library, values.article);
  // An interview's answer or a quotation is its speaker's, as in the chat (see `creditedTo`).
  const speakerOf = async (): Promise<(hit: SearchHit) => PassageSpeaker | undefined> => {
    const { passageSpeaker } = await import('../../src/content/passage-speaker.js');
    return (hit) => {
      const whole = library.article(hit.passage.slug);
      return whole && passageSpeaker(whole, hit.passage, library.options.lexicon);
    };
  };
  if (values.json && !isRandom) {
    const { author } = values;
    const result = library.search({ query, slug: article, author, limit });
    if (result.status !== 'no-match')
      return JSON.stringify(searchResultJson(result, await speakerOf()), null, 2);
    // What the chat offers when nothing matches: the did-you-mean, else a word of the query alone.
    const { suggestions, alone } = library.noMatchHint(result.query, result.suggestions, {
      slug: article,
      author,
    });
    const offered = alone === undefined ? suggestions : [alone];
    return JSON.stringify(searchResultJson({ ...result, suggestions: offered }), null, 2);
  }
  const [{ Bot }, { renderForTerminal }] = await Promise.all([
    import('../../src/bot/bot.js'),
    import('../terminal/render.js'),
  ]);
  const bot = new Bot(library, undefined, random);
  const request: QuoteRequest = { kind: 'quote', query, article, author: values.author };
  const first = bot.handle(request);
  if (values.json) return JSON.stringify(searchResultJson(randomResult(first), await speakerOf()), null, 2);
  // A random quote, an author or article the library lacks: said on stderr, with exit code 2.
  if (first.kind === 'unknown-article') throw noArticleError(first.article, first.suggestions, first.several);
  if (first.kind === 'unknown-author' || (isRandom && first.kind !== 'quote'))
    throw new UsageError(renderForTerminal(first, style));
  if (first.kind !== 'quote' || first.random) return renderForTerminal(first, style);
  const shown = Math.min(limit ?? library.options.limit, first.matches);
  const replies: BotReply[] = [first];
  for (let position = 1; position < shown; position++) replies.push(bot.handle({ ...request, position }));
  return replies.map((reply) => renderForTerminal(reply, style)).join('\n\n');
}

/** A random quote as `quote --json` shows it: one hit, or none (an author the library lacks says so). */
function randomResult(reply: BotReply) {
  const hit = reply.kind === 'quote' ? reply.hit : undefined;
  const unknownAuthor = reply.kind === 'unknown-author';
  return {
    query: '',
    status: hit ? ('ok' as const) : unknownAuthor ? ('unknown-author' as const) : ('no-match' as const),
    hits: hit ? [hit] : [],
    suggestions: unknownAuthor ? reply.suggestions : [],
  };
}
