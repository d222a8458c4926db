import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord } from '../fakes/discord/index.js';
import { startFakeSlack } from '../fakes/slack/index.js';
import { freePort, startBotProcess, type BotProcess } from '../helpers/processes.js';

/**
 * A loader hook, registered in the bot process before main.js runs, that logs every package the process
 * imports (`IMPORT <specifier>` on stderr). It sees the imports of our ES modules, which is where a
 * platform library enters the process.
 */
const HOOK = `export async function resolve(specifier, context, next) {
  if (!/^(\\.|node:|file:|data:)/.test(specifier)) process.stderr.write('IMPORT ' + specifier + '\\n');
  return next(specifier, context);
}`;
const REGISTER = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}));`;
const LOG_IMPORTS = ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`];

const importsOf = (bot: BotProcess): string[] =>
  bot.log.filter((line) => line.startsWith('IMPORT ')).map((line) => line.slice('IMPORT '.length));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-lazy-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function stopped(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGTERM');
  await bot.exited;
}

describe('platform libraries are loaded only for the platforms served', () => {
  it('given a Slack-only bot when it has started then it has loaded Bolt and never discord.js', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.stop());
    const bot = await startBotProcess(
      {
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_API_URL: slack.apiUrl,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        PORT: String(await freePort()),
        DATA_DIR: dataDir(),
      },
      'slack adapter started',
      LOG_IMPORTS,
    );
    cleanups.push(() => stopped(bot));
    const imports = importsOf(bot);
    expect(imports).toContain('@slack/bolt');
    expect(imports.filter((name) => /discord/.test(name))).toEqual([]);
  }, 30_000);

  it('given a Discord-only bot when it is ready then it has loaded discord.js and never Bolt', async () => {
    const discord = await startFakeDiscord();
    cleanups.push(() => discord.stop());
    const bot = await startBotProcess(
      {
        DISCORD_TOKEN: discord.botToken,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DATA_DIR: dataDir(),
      },
      'discord ready',
      LOG_IMPORTS,
    );
    cleanups.push(() => stopped(bot));
    const imports = importsOf(bot);
    expect(imports).toContain('discord.js');
    expect(imports.filter((name) => /slack/.test(name))).toEqual([]);
  }, 30_000);
});
