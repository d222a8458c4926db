import { Writable } from 'node:stream';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { startDiscord, type DiscordAdapter } from '../../../adapters/discord/start-discord.js';
import type { SharedState } from '../../../adapters/shared/shared-state.js';
import { createLogger } from '../../../runtime/logger.js';
import { secretsOf } from '../../../runtime/redact.js';
import { COMMANDS, type Bot, type CardPainter, type CooldownGate } from '../../../src/index.js';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedRequest,
} from '../../fakes/discord/index.js';

/** The fake Discord with commands registered to its guild and the adapter logged in to it. */
/** The bot's commands registered on the fake Discord's test guild, as `npm run deploy:discord` does. */
export async function registerOn(discord: FakeDiscord): Promise<void> {
  await registerCommands(COMMANDS, {
    token: discord.botToken,
    applicationId: discord.applicationId,
    guildId: discord.guildId,
    apiUrl: discord.apiUrl,
  });
}

export interface Harness {
  readonly discord: FakeDiscord;
  readonly adapter: DiscordAdapter;
  /** The adapter's log lines, parsed. */
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startHarness(
  bot: Bot,
  options: {
    cooldowns?: CooldownGate;
    cards?: CardPainter;
    fake?: FakeDiscordOptions;
    shared?: SharedState;
  } = {},
): Promise<Harness> {
  const discord = await startFakeDiscord(options.fake);
  await registerOn(discord);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  // The bot's own logger (what `npm start` writes), knowing the token as the bot's knows its configuration.
  const logger = createLogger('info', sink, secretsOf({ DISCORD_TOKEN: discord.botToken }));
  const adapter = await startDiscord({
    bot,
    config: { DISCORD_TOKEN: discord.botToken, DISCORD_API_URL: discord.apiUrl },
    logger,
    cooldowns: options.cooldowns,
    cards: options.cards,
    shared: options.shared,
  });
  return {
    discord,
    adapter,
    logs,
    async stop() {
      await adapter.stop();
      await discord.stop();
    },
  };
}

/** The message a request sends, whatever its route: a callback's `data`, or the body itself. */
export function messageBody(request: RecordedRequest): Record<string, any> | undefined {
  const body = request.route?.endsWith('/callback') ? request.body?.data : request.body;
  if (body === undefined || body === null || typeof body !== 'object') return undefined;
  return 'content' in body || 'embeds' in body || 'components' in body ? body : undefined;
}

export const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
