import { runConsoleChat } from '../adapters/console/console-chat.js';
import { DiscordAdapterError } from '../adapters/discord/errors.js';
import { ownsGuild } from '../adapters/discord/shards.js';
import { claimingLocallyWhenDown } from '../adapters/shared/claims-when-down.js';
import { dailyWhenDown } from '../adapters/shared/daily-when-down.js';
import { StoreOutage } from '../adapters/shared/store-outage.js';
import type { DiscordAdapter } from '../adapters/discord/start-discord.js';
import { SlackAdapterError } from '../adapters/slack/errors.js';
import { terminalStyleFor } from '../adapters/terminal/render.js';
import { Bot, COMMANDS } from '../src/index.js';
import { ConfigError, discordShardingOf, platformsOf } from './config.js';
import { contentReporter } from './content-report.js';
import { LibraryHolder, watchContentDir } from './content-watcher.js';
import { loadEnvironment } from './environment.js';
import { FRANC_LANGUAGES } from './languages.js';
import { snapshotDetail } from '../adapters/cli/snapshot-detail.js';
import { BACKGROUND_INDEX_ABOVE, loadLibrary } from './library-loader.js';
import { WorkerCardPainter } from './card/worker-painter.js';
import { warmUpSearch, type SearchWarmUp } from './search-warm-up.js';
import { warmWhenIdle } from './warm-when-idle.js';
import { createCooldowns } from './cooldowns.js';
import { createBotDaily } from './daily/bot-daily.js';
import { loadPosterFactories } from './daily/posters.js';
import { createLogger } from './logger.js';
import { redactSecrets, secretsOf } from './redact.js';
import { createOps } from './observability/ops.js';
import { ensureDataDir } from './store/data-dir.js';
import { openStores } from './store/open-stores.js';
import { StartupError } from './startup-error.js';

/** A lookup `/readyz` makes to see that the daily store answers (no such channel needs to exist). */
const STORE_PROBE = { platform: 'console', channelId: 'readyz-probe' } as const;

/** The configured secrets, once read: neither a log line nor a start-up failure's line writes them. */
let secrets: readonly string[] = [];

/** Composition root: config → store → content → library → bot → adapters → start. */
async function main(): Promise<void> {
  const environment = loadEnvironment('bot');
  const config = environment.config;
  secrets = secretsOf(config);
  const platforms = platformsOf(config);
  const serving = platforms.discord || platforms.slack;
  // DATA_DIR holds the library snapshot in every mode: one that cannot be used stops the start here, in
  // one line, before anything is answered.
  ensureDataDir(environment.dataDir);
  // The stores open first: a DATA_DIR (or DATABASE_URL) that cannot be used stops the start in one line,
  // before the content is read and its snapshot saved there. SQLite in DATA_DIR, or PostgreSQL shared with
  // the bot's other processes. The console chat needs no store.
  const stores = serving ? await openStores(environment) : undefined;
  if (!serving) sayConsoleInsteadOfServing(config);
  const logger = createLogger(config.LOG_LEVEL ?? 'info', undefined, secrets);
  // What goes wrong later (a snapshot not saved, a reload that failed): a warning in a serving bot's JSON
  // log, which a collector keeps; a line on stderr in the console chat, where a person reads it.
  const warn = serving
    ? (line: string) => logger.warn(line.replace(/^quotebot: /, ''))
    : (line: string) => void process.stderr.write(`${line}\n`);
  const { state, library, problems, complete } = loadLibrary(environment.contentDir, {
    dataDir: environment.snapshotDir,
    backgroundAbove: BACKGROUND_INDEX_ABOVE,
    warn,
    // A serving bot logs what the snapshot did as a log line; the console chat, like a command, says it
    // only at LOG_LEVEL=debug (someone who came to chat gets the chat), and damage on stderr.
    ...(serving
      ? { log: (line: string) => logger.info(line.replace(/^quotebot: /, '')) }
      : { detail: snapshotDetail(config.LOG_LEVEL) }),
  });
  // Skipped files and notes (a subfolder, said once): JSON log lines when serving, stderr for the console.
  const reportSkipped = contentReporter(serving ? logger : undefined);
  reportSkipped(problems);
  // A large library answers from a preview until its full index is built (see loadLibrary); edits to the
  // content folder are picked up while the bot runs.
  const holder = new LibraryHolder(environment.contentDir, state, environment.snapshotDir, warn);
  complete?.then(
    // A reload meanwhile already indexed everything (from the preview): keep that newer library.
    (full) => holder.current === library && holder.replace(full),
    (error: unknown) => warn(`quotebot: the search index could not be built: ${String(error)}`),
  );
  const watcher = watchContentDir(holder, {
    onReload: (reload) => reportSkipped(reload.problems),
    onError: (error) => warn(`quotebot: content reload failed: ${error.message}`),
  });
  const bot = new Bot(holder, COMMANDS, Math.random, FRANC_LANGUAGES);
  if (!stores) {
    const interactive = process.stdin.isTTY === true;
    const style = { ...terminalStyleFor(process.stdout.isTTY, process.env), chat: true };
    await runConsoleChat(bot, process.stdin, process.stdout, style, interactive);
    watcher.close();
    return;
  }
  const running: { stop(): Promise<void> }[] = [];
  // Quote cards are drawn on one worker thread, shared by the platforms. It is warmed at the bot's first
  // quiet moment after start-up (not during start-up or a burst of requests; a card asked for earlier
  // starts it). A failed warm-up is logged: each card then answers as text if it fails too. The search
  // code is warmed then too: a few thousand queries of the bot's own, a slice at a time (see warmUpSearch).
  const cards = new WorkerCardPainter();
  let searchWarmUp: SearchWarmUp | undefined;
  const cancelIdleWait = warmWhenIdle(() => {
    cards.warm().catch((error: unknown) => logger.warn({ err: error }, 'the card worker did not warm up'));
    searchWarmUp = warmUpSearch(() => holder.current);
    searchWarmUp.done.then(
      (queries) => logger.debug({ queries }, 'search warmed up'),
      (error: unknown) => logger.warn({ err: error }, 'the search warm-up stopped'),
    );
  });
  const cancelWarm = (): void => {
    cancelIdleWait();
    searchWarmUp?.cancel();
  };
  // Metrics and health (/metrics, /livez, /readyz): not ready until every platform has started.
  const ops = createOps(
    config,
    bot.commands.map((command) => command.name),
  );
  // The cooldowns' own connection to the SQLite database, once opened (below): closed with the stores, or
  // SQLite keeps its -wal and -shm files beside the database after the process ends.
  let cooldowns: ReturnType<typeof createCooldowns>;
  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    ops.readiness.setStarted(false);
    // A second signal does not wait for the adapters.
    process.once(signal, () => process.exit(1));
    watcher.close();
    cancelWarm();
    void Promise.allSettled(running.map((adapter) => adapter.stop()))
      .then(() => {
        cooldowns?.close();
        return Promise.allSettled([stores.close(), cards.close()]);
      })
      .finally(() => process.exit());
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Daily posts for the platforms served here (scheduler ticking every minute; console mode has none).
  // With Discord shards split between processes, each posts the daily quotes of its own shards' guilds.
  let discord: DiscordAdapter | undefined;
  // While the store cannot be reached, commands are answered without cooldowns, Slack events are told apart
  // here only, /daily says that it cannot read or save the schedules right now, and daily runs wait. The
  // outage is logged once, by whichever of them meets it first, and once when the store answers again.
  const outage = new StoreOutage(logger);
  const daily = createBotDaily({
    outage,
    environment,
    library: () => holder.current,
    logger,
    store: stores.daily,
    cards,
    posters: await loadPosterFactories(config),
    observer: ops.metrics,
    owns: (schedule) =>
      schedule.platform !== 'discord' ||
      discord === undefined ||
      ownsGuild(discord.shards, schedule.workspaceId),
  });
  running.push(daily);
  ops.readiness.add({ name: 'store', check: () => daily.store.getSchedule(STORE_PROBE).then(() => true) });
  const server = await ops.serve(logger);
  if (server) running.push(server);
  try {
    // Per-user cooldowns on /quote and /summary (COOLDOWN_SECONDS), in the store in use.
    cooldowns = createCooldowns(environment, stores, outage);
    const adapterOptions = {
      bot,
      config,
      logger,
      daily: dailyWhenDown(daily.commands, outage),
      cards,
      cooldowns: cooldowns?.gate,
      observer: ops.metrics,
      shared: claimingLocallyWhenDown(stores.shared, outage),
    };
    // Each platform's adapter is loaded only when it is served: a Slack-only process never loads
    // discord.js (nor the undici dispatcher @discordjs/rest installs for every fetch), and a
    // Discord-only process never loads Bolt.
    if (platforms.slack) {
      const { startSlack } = await import('../adapters/slack/start-slack.js');
      const slack = await startSlack({ ...adapterOptions, routes: ops.slackRoutes });
      ops.readiness.add({ name: 'slack', check: () => slack.connected() });
      running.push(slack);
    }
    if (platforms.discord) {
      const { startDiscord } = await import('../adapters/discord/start-discord.js');
      const started = await startDiscord({ ...adapterOptions, sharding: discordShardingOf(config) });
      discord = started;
      ops.metrics.watchShards(() => started.shardLatencies());
      ops.readiness.add({ name: 'discord', check: () => started.connected() });
      running.push(started);
    }
  } catch (error) {
    // A platform that failed to start ends the process: the endpoints must not keep it alive, and the
    // databases are closed as a stop closes them (SQLite's -wal and -shm go with them).
    await server?.stop();
    cancelWarm();
    cooldowns?.close();
    await Promise.allSettled([stores.close(), cards.close()]);
    throw error;
  }
  ops.readiness.setStarted(true);
  daily.start();
}

/**
 * Settings only a serving bot reads, set with no platform token: most likely a service whose token variables
 * did not load. Says in one line that the console chat starts instead (which, with no terminal, ends at once),
 * naming the variables and never their values. With none of them set (`npm start`, the quick start) it says
 * nothing.
 */
function sayConsoleInsteadOfServing(config: {
  DATABASE_URL?: string | undefined;
  HTTP_PORT?: number | undefined;
}): void {
  const unused = [
    ...(config.DATABASE_URL === undefined ? [] : ['DATABASE_URL']),
    ...(config.HTTP_PORT === undefined ? [] : ['HTTP_PORT']),
  ];
  if (unused.length === 0) return;
  process.stderr.write(
    `quotebot: no DISCORD_TOKEN or SLACK_BOT_TOKEN is set: starting the console chat; ${unused.join(' and ')} ${unused.length === 1 ? 'is' : 'are'} not used\n`,
  );
}

/**
 * A start-up failure the operator can fix is one line (what, where, what to do) and no stack; anything
 * else is a bug and keeps its stack. Either way the process exits 1 at once, also when an adapter that
 * started before the failing one is still connected. The line quotes a platform's words (a login that
 * failed), so it goes through the log lines' redaction: it is written to stderr, not to the logger.
 */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `quotebot: ${error.message}`;
  if (error instanceof StartupError) {
    // The code ends the first line: a message may list its reasons below it (the files of CONTENT_DIR).
    const [first, ...rest] = error.message.split('\n');
    return [`quotebot: ${first} [${error.code}]`, ...rest].join('\n');
  }
  if (error instanceof SlackAdapterError || error instanceof DiscordAdapterError)
    return `quotebot: ${error.message} [${error.code}]`;
  return `quotebot: ${(error as Error).stack ?? String(error)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${redactSecrets(describeFailure(error), secrets)}\n`);
  process.exit(1);
});
