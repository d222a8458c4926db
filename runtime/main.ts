import { runConsoleChat } from '../adapters/console/console-chat.js';
import { terminalStyleFor } from '../adapters/terminal/render.js';
import { startDiscord } from '../adapters/discord/start-discord.js';
import { DiscordAdapterError } from '../adapters/discord/errors.js';
import { SlackAdapterError } from '../adapters/slack/errors.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { Bot } from '../src/index.js';
import { ConfigError, platformsOf } from './config.js';
import { LibraryHolder, watchContentDir } from './content-watcher.js';
import { loadEnvironment } from './environment.js';
import { BACKGROUND_INDEX_ABOVE, loadLibrary } from './library-loader.js';
import { createBotDaily } from './daily/bot-daily.js';
import { createLogger } from './logger.js';
import { StartupError } from './startup-error.js';

/** Composition root: config → store → content → library → bot → adapters → start. */
async function main(): Promise<void> {
  const environment = loadEnvironment();
  const platforms = platformsOf(environment.config);
  const serving = platforms.discord || platforms.slack;
  const logger = createLogger(environment.config.LOG_LEVEL);
  // The daily store opens first: a DATA_DIR that cannot be used stops the start in one line, before
  // the content is read and the search index is saved there. Its library is read only when posting.
  let current = (): LibraryHolder['current'] => {
    throw new Error('the library is not loaded yet');
  };
  const daily = serving ? createBotDaily({ environment, library: () => current(), logger }) : undefined;
  const { library, problems, complete } = loadLibrary(environment.contentDir, {
    dataDir: environment.dataDir,
    backgroundAbove: BACKGROUND_INDEX_ABOVE,
  });
  for (const problem of problems) process.stderr.write(`Skipped ${problem.message}\n`);
  // A large library answers from a preview until its full index is built (see loadLibrary); edits to the
  // content folder are picked up while the bot runs.
  const holder = new LibraryHolder(environment.contentDir, library);
  current = () => holder.current;
  complete?.then(
    (full) => holder.replace(full),
    (error: unknown) =>
      process.stderr.write(`quotebot: the search index could not be built: ${String(error)}\n`),
  );
  const watcher = watchContentDir(holder, {
    onReload: (reload) => {
      for (const problem of reload.problems) process.stderr.write(`Skipped ${problem.message}\n`);
    },
    onError: (error) => process.stderr.write(`quotebot: content reload failed: ${error.message}\n`),
  });
  const bot = new Bot(holder);
  if (!daily) {
    const interactive = process.stdin.isTTY === true;
    const style = { ...terminalStyleFor(process.stdout.isTTY, process.env), chat: true };
    await runConsoleChat(bot, process.stdin, process.stdout, style, interactive);
    watcher.close();
    return;
  }
  const running: { stop(): Promise<void> }[] = [];
  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    // A second signal does not wait for the adapters.
    process.once(signal, () => process.exit(1));
    watcher.close();
    void Promise.allSettled(running.map((adapter) => adapter.stop())).then(() => process.exit());
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Daily posts for the platforms served here (scheduler ticking every minute; console mode has none).
  running.push(daily);
  const adapterOptions = { bot, config: environment.config, logger, daily: daily.commands };
  if (platforms.slack) running.push(await startSlack(adapterOptions));
  if (platforms.discord) running.push(await startDiscord(adapterOptions));
  daily.start();
}

/**
 * A start-up failure the operator can fix is one line (what, where, what to do) and no stack; anything
 * else is a bug and keeps its stack. Either way the process exits 1 at once, also when an adapter that
 * started before the failing one is still connected.
 */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof StartupError) return `quotebot: ${error.message} [${error.code}]`;
  if (error instanceof SlackAdapterError || error instanceof DiscordAdapterError)
    return `quotebot: ${error.message} [${error.code}]`;
  return `quotebot: ${(error as Error).stack ?? String(error)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeFailure(error)}\n`);
  process.exit(1);
});
