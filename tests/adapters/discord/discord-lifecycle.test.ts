import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { startDiscord } from '../../../adapters/discord/start-discord.js';
import { Bot, COMMANDS } from '../../../src/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { seedLibrary } from '../../helpers/content.js';

const ROOT = join(import.meta.dirname, '../../..');
const silent = pino({ level: 'silent' });
let discord: FakeDiscord | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

function run(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    // A clean environment: no .env values or DISCORD_* of the machine leak into the script.
    const child = spawn(process.execPath, [join(ROOT, script)], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('Discord adapter lifecycle and command registration', () => {
  it('given no DISCORD_GUILD_ID, then the commands are registered globally', async () => {
    discord = await startFakeDiscord();
    const result = await registerCommands(COMMANDS, {
      token: discord.botToken,
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
    });
    expect(result.scope).toBe('global');
    expect(discord.commands.global.map((command) => command.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('given npm run deploy:discord with DISCORD_GUILD_ID, then the built script registers to that guild', async () => {
    discord = await startFakeDiscord();
    const result = await run('dist/adapters/discord/deploy-commands.js', {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      new RegExp(`^Registered ${COMMANDS.length} commands for server ${discord.guildId}`),
    );
    expect(discord.commands.guild(discord.guildId).map((command) => command.name)).toEqual(
      COMMANDS.map((command) => command.name),
    );
  });

  it('given deploy:discord without a token, then it says which variables are missing and fails', async () => {
    const result = await run('dist/adapters/discord/deploy-commands.js', {});
    expect(result.code).toBe(1);
    expect(result.err).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required');
  });

  it('given stop(), then the reply under way is sent before the gateway connection closes', async () => {
    discord = await startFakeDiscord();
    const adapter = await startDiscord({
      bot: new Bot(seedLibrary()),
      config: { DISCORD_TOKEN: discord.botToken, DISCORD_API_URL: discord.apiUrl },
      logger: silent,
    });
    expect(discord.gateway.openConnections).toBe(1);
    // The reply is held back by a rate limit while stop() is called.
    discord.failNext({
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterSeconds: 0.3,
    });
    const sent = discord.sendInteraction(
      discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
    );
    await discord.waitForRequest((request) => request.status === 429);
    await adapter.stop();
    expect((await sent.waitForCallback(100)).status).toBe(204);
    expect(discord.gateway.openConnections).toBe(0);
  });

  it('given a token Discord rejects, then starting fails with a clear error and no connection', async () => {
    discord = await startFakeDiscord();
    await expect(
      startDiscord({
        bot: new Bot(seedLibrary()),
        config: { DISCORD_TOKEN: 'not-the-token', DISCORD_API_URL: discord.apiUrl },
        logger: silent,
      }),
    ).rejects.toThrow(/^Discord login failed/);
    expect(discord.gateway.openConnections).toBe(0);
  });
});
