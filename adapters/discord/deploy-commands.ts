import { COMMANDS } from '../../src/index.js';
import { ConfigError } from '../../runtime/config.js';
import { loadEnvironment } from '../../runtime/environment.js';
import { registerCommands } from './register-commands.js';

/**
 * `npm run deploy:discord`: registers the slash commands with Discord, to DISCORD_GUILD_ID when set
 * (instant, for development), else globally (Discord may take up to an hour to show changes).
 */
async function deploy(): Promise<void> {
  const { config } = loadEnvironment('command');
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new ConfigError(['DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands']);
  }
  const { scope, names } = await registerCommands(COMMANDS, {
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  const where = scope === 'guild' ? `server ${config.DISCORD_GUILD_ID}` : 'all servers (global)';
  process.stdout.write(
    `Registered ${names.length} commands for ${where}: ${names.map((n) => `/${n}`).join(' ')}\n`,
  );
}

deploy().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `quotebot: ${error.message}\n`
      : `quotebot: deploy:discord failed: ${(error as Error).message}\n`,
  );
  process.exitCode = 1;
});
