import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type * as Core from '../src/index.js';
import type * as LexiconModule from '../runtime/lexicon.js';
import type * as LoaderModule from '../runtime/library-loader.js';
import type * as BbcModule from './bbc-corpus.js';
import type * as QueriesModule from './unseen-queries.js';
import type * as PairsModule from './library-queries.js';
import type * as SlackRender from '../adapters/slack/render-reply.js';
import type * as SlackNames from '../adapters/slack/command-names.js';
import type * as DiscordRender from '../adapters/discord/render-reply.js';
import type * as DiscordMessage from '../adapters/discord/discord-message.js';
import type { BotReply, Library } from '../src/index.js';

/**
 * One run of bench/handle-cost.ts in a process of its own: the checkout at ROOT loads the seed article
 * (`seed`), the 40 BBC articles (`bbc`) or the seed with two-word queries from the content's words
 * (`pairs`), warms up on another stream, then answers each of COUNT unseen queries once the way a `/quote`
 * is served (Bot.handle, then the Slack and the Discord rendering, each serialised) and prints one JSON
 * line: each query's CPU microseconds, or with `alloc` each query's bytes allocated (run that mode with a
 * young generation large enough that a query rarely meets a collection), and with `answers` each full
 * answer (the reply and both renderings) to compare checkouts.
 *
 *   npx tsx bench/handle-cost-child.ts ROOT seed|bbc|pairs COUNT cpu|alloc|answers
 */
const [rootArg, corpus = 'seed', countArg = '5000', mode = 'cpu'] = process.argv.slice(2);
const root = resolve(rootArg ?? '.');
const count = Number(countArg);
// A built tree (dist/) is loaded as its JavaScript: profiles then name lines.
const ext = existsSync(join(root, 'src/index.ts')) ? '.ts' : '.js';
const load = async <T>(path: string): Promise<T> =>
  (await import(join(root, path.replace(/\.ts$/, ext)))) as T;

const { Library: LibraryClass, Bot } = await load<typeof Core>('src/index.ts');
const { sharedLexicon } = await load<typeof LexiconModule>('runtime/lexicon.ts');
const { loadLibrary } = await load<typeof LoaderModule>('runtime/library-loader.ts');
const { loadBbcArticles } = await load<typeof BbcModule>('bench/bbc-corpus.ts');
const { unseenQueries } = await load<typeof QueriesModule>('bench/unseen-queries.ts');
const { libraryQueries } = await load<typeof PairsModule>('bench/library-queries.ts');
const slack = await load<typeof SlackRender>('adapters/slack/render-reply.ts');
const { slackCommandNames } = await load<typeof SlackNames>('adapters/slack/command-names.ts');
const discord = await load<typeof DiscordRender>('adapters/discord/render-reply.ts');
const { asInteractionReply } = await load<typeof DiscordMessage>('adapters/discord/discord-message.ts');

const library: Library =
  corpus === 'bbc'
    ? LibraryClass.create(loadBbcArticles(), { lexicon: sharedLexicon() })
    : loadLibrary(join(root, ext === '.ts' ? 'content' : '../content')).library;
const bot = new Bot(library);
const names = slackCommandNames(bot.commands);
const passages = library.articles.flatMap((article) => library.quotable(article));
const [warmup, queries] =
  corpus === 'pairs'
    ? [libraryQueries(1000, 0), libraryQueries(count, 1000)]
    : [unseenQueries(passages, 1000, 99), unseenQueries(passages, count)];

/** What one `/quote` costs the process: the core's answer and both platforms' messages, serialised. */
function serve(query: string): [BotReply, string, string] {
  const reply = bot.handle({ kind: 'quote', query });
  const forSlack = JSON.stringify(slack.renderCommandReply({ kind: 'bot', reply }, names, 'public'));
  const forDiscord = JSON.stringify(asInteractionReply(discord.renderReply(reply, false)));
  return [reply, forSlack, forDiscord];
}

for (const query of warmup) serve(query);
const values: number[] = [];
const answers: string[] = [];
if (mode === 'alloc') {
  for (const query of queries) {
    const before = getHeapStatistics().used_heap_size;
    serve(query);
    values.push(getHeapStatistics().used_heap_size - before);
  }
} else if (mode === 'answers') {
  for (const query of queries) answers.push(JSON.stringify(serve(query)));
} else {
  for (const query of queries) {
    const used = process.cpuUsage();
    serve(query);
    const { user, system } = process.cpuUsage(used);
    values.push(user + system);
  }
}
process.stdout.write(`${JSON.stringify({ queries, values, answers })}\n`);
