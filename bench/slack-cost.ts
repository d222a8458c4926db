import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { registerActions } from '../adapters/slack/actions.js';
import { createSlackApp } from '../adapters/slack/app.js';
import { checkSlackBody } from '../adapters/slack/body-shape.js';
import { slackCommandNames } from '../adapters/slack/command-names.js';
import { registerCommands } from '../adapters/slack/commands.js';
import type { SlackDeps } from '../adapters/slack/deps.js';
import { registerEvents } from '../adapters/slack/events.js';
import { InFlight } from '../adapters/slack/in-flight.js';
import { observeCommands } from '../adapters/slack/observe.js';
import { NO_OBSERVER } from '../adapters/shared/observer.js';
import { loadConfig } from '../runtime/config.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { createLogger } from '../runtime/logger.js';
import { Bot, type BotReply, type Library } from '../src/index.js';
import { quoteCommandFields } from './slack-command.js';
import { unseenQueries } from './unseen-queries.js';

/**
 * Where the CPU time of one signed `/quote` goes in HTTP mode, without the HTTP server: each kind of work is
 * run in blocks of calls, the kinds interleaved round after round in this one process, and the CPU time per
 * call is the median block's. Interleaving makes a busy machine slow every kind alike, so read the kinds
 * against each other:
 * - `bare Bolt`: a Bolt app acking a constant (the HTTP row's baseline, minus HTTP);
 * - `adapter, fixed reply`: quotebot's Slack app (its listeners, parsing, Block Kit) with a bot that
 *   returns one ready reply;
 * - `core alone`: `Bot.handle` on unseen queries, back to back;
 * - `core, then adapter`: the two above one after the other, per request;
 * - `full`: quotebot's Slack app with the real bot, unseen queries (what the HTTP row serves).
 * `npx tsx bench/slack-cost.ts [-- --rounds N]`. Not part of `npm run bench`: a tool to find the cost.
 */
const ROOT = join(import.meta.dirname, '..');
const BLOCK = 500;
const WARMUP_ROUNDS = 2;
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 12;

/** A bot that answers every request with one reply computed up front: the adapter's work alone. */
class FixedReplyBot extends Bot {
  constructor(
    library: Library,
    private readonly fixed: BotReply,
  ) {
    super(library);
  }

  override handle(): BotReply {
    return this.fixed;
  }
}

/** Just enough Web API for Bolt's `auth.test`. */
async function startWebApi(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, team_id: 'TBENCH', user_id: 'UBOT', bot_id: 'BBOT' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** quotebot's Slack app as `startSlack` wires it (commands, buttons, events, the observer middleware). */
async function quotebotApp(bot: Bot, apiUrl: string): Promise<App> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: apiUrl,
  });
  const logger = createLogger('warn').child({ platform: 'slack' });
  const names = slackCommandNames(bot.commands);
  const { app } = createSlackApp(config, logger, { draining: false });
  const deps: SlackDeps = {
    bot,
    names,
    logger,
    work: new InFlight(),
    managerIds: [],
    observer: NO_OBSERVER,
  };
  observeCommands(app, NO_OBSERVER, names);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerEvents(app, deps);
  await app.init();
  return app;
}

async function bareApp(apiUrl: string): Promise<App> {
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: 'secret',
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.WARN,
    deferInitialization: true,
  });
  app.command('/quote', async ({ ack }) => {
    await ack({ response_type: 'in_channel', text: 'A constant answer.' });
  });
  await app.init();
  return app;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main(): Promise<void> {
  const api = await startWebApi();
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  const { library } = loadLibrary(join(ROOT, 'content'));
  const queries = unseenQueries(
    library.articles.flatMap((article) => library.quotable(article)),
    20_000,
  );
  let next = 0;
  const takeQuery = (): string => queries[next++ % queries.length]!;
  const bot = new Bot(library);
  const fixed = new FixedReplyBot(library, bot.handle({ kind: 'quote', query: 'weapon program tangible' }));
  const apps = {
    bare: await bareApp(apiUrl),
    fixed: await quotebotApp(fixed, apiUrl),
    full: await quotebotApp(bot, apiUrl),
  };
  let bytes = 0;
  // What the receiver does around Bolt: checks the body's shape, and serialises the ack's body.
  const request = async (app: App, text: string): Promise<void> => {
    const body = quoteCommandFields(text);
    if (!checkSlackBody(body).ok) throw new Error('the bench body is refused');
    await app.processEvent({
      body,
      ack: async (response?: unknown) => {
        bytes += JSON.stringify(response ?? {}).length;
      },
    });
  };
  const kinds: Record<string, () => Promise<void>> = {
    'bare Bolt': () => request(apps.bare, takeQuery()),
    'adapter, fixed reply': () => request(apps.fixed, takeQuery()),
    'core alone': async () => void bot.handle({ kind: 'quote', query: takeQuery() }),
    'core, then adapter': async () => {
      bot.handle({ kind: 'quote', query: takeQuery() });
      await request(apps.fixed, takeQuery());
    },
    full: () => request(apps.full, takeQuery()),
  };
  const perCall = new Map<string, number[]>();
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < WARMUP_ROUNDS + rounds; round++) {
    for (const [kind, run] of Object.entries(kinds)) {
      const start = process.cpuUsage();
      for (let i = 0; i < BLOCK; i++) await run();
      const used = process.cpuUsage(start);
      if (round >= WARMUP_ROUNDS)
        perCall.set(kind, [...(perCall.get(kind) ?? []), (used.user + used.system) / BLOCK]);
    }
  }
  const us = (kind: string): number => median(perCall.get(kind) ?? []);
  for (const kind of Object.keys(kinds))
    console.log(`${kind.padEnd(22)} ${us(kind).toFixed(1).padStart(7)} µs CPU per call`);
  const sum = us('adapter, fixed reply') + us('core alone');
  console.log(
    JSON.stringify({
      adapterOverBareUs: Math.round(us('adapter, fixed reply') - us('bare Bolt')),
      interleavedOverSumUs: Math.round(us('core, then adapter') - sum),
      fullOverBareUs: Math.round(us('full') - us('bare Bolt')),
      load1m: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
      ackBytes: bytes,
    }),
  );
  api.close();
}

await main();
