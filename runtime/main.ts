import { runConsoleChat } from '../adapters/console/console-chat.js';
import { Bot } from '../src/index.js';
import { ConfigError, platformsOf } from './config.js';
import { loadEnvironment } from './environment.js';
import { loadLibrary } from './library-loader.js';

/** Composition root: config → content → library → bot → adapters → start. */
async function main(): Promise<void> {
  const environment = loadEnvironment();
  const { library, problems } = loadLibrary(environment.contentDir);
  for (const problem of problems) process.stderr.write(`Skipped ${problem.message}\n`);
  const bot = new Bot(library);
  const platforms = platformsOf(environment.config);
  if (!platforms.discord && !platforms.slack) {
    const interactive = process.stdin.isTTY === true;
    const style = { color: process.stdout.isTTY === true && !process.env['NO_COLOR'] };
    await runConsoleChat(bot, process.stdin, process.stdout, style, interactive);
    return;
  }
  process.stderr.write('Discord and Slack adapters are not wired yet.\n');
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `quotebot: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 1;
});
