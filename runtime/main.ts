import { runConsoleChat } from '../adapters/console/console-chat.js';
import { terminalStyleFor } from '../adapters/terminal/render.js';
import { startDiscord } from '../adapters/discord/start-discord.js';
import { SlackAdapterError } from '../adapters/slack/errors.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { Bot } from '../src/index.js';
import { ConfigError, platformsOf } from './config.js';
import { LibraryHolder, watchContentDir } from './content-watcher.js';
import { loadEnvironment } from './environment.js';
import { BACKGROUND_INDEX_ABOVE, loadLibrary } from './library-loader.js';
import { createCooldowns } from './cooldowns.js';
import { createBotDaily } from './daily/bot-daily.js';
import { createLogger } from './logger.js';

/** Composition root: config → content → library → bot → adapters → start. */
async function main(): Promise<void> {
  const environment = loadEnvironment();
  const { library, problems, complete } = loadLibrary(environment.contentDir, {
    dataDir: environment.dataDir,
    backgroundAbove: BACKGROUND_INDEX_ABOVE,
  });
  for (const problem of problems) process.stderr.write(`Skipped ${problem.message}\n`);
  // A large library answers from a preview until its full index is built (see loadLibrary); edits to the
  // content folder are picked up while the bot runs.
  const holder = new LibraryHolder(environment.contentDir, library);
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
  const platforms = platformsOf(environment.config);
  if (!platforms.discord && !platforms.slack) {
    const interactive = process.stdin.isTTY === true;
    const style = { ...terminalStyleFor(process.stdout.isTTY, process.env), chat: true };
    await runConsoleChat(bot, process.stdin, process.stdout, style, interactive);
    watcher.close();
    return;
  }
  const logger = createLogger(environment.config.LOG_LEVEL);
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
  const daily = createBotDaily({ environment, library: () => holder.current, logger });
  running.push(daily);
  // Per-user cooldowns on /quote and /summary (COOLDOWN_SECONDS), shared through DATA_DIR's database.
  const cooldowns = createCooldowns(environment);
  const adapterOptions = {
    bot,
    config: environment.config,
    logger,
    daily: daily.commands,
    cooldowns: cooldowns?.gate,
  };
  if (platforms.slack) running.push(await startSlack(adapterOptions));
  if (platforms.discord) running.push(await startDiscord(adapterOptions));
  daily.start();
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : error instanceof SlackAdapterError
        ? `quotebot: ${error.message} [${error.code}]\n`
        : `quotebot: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 1;
});
