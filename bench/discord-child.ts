import { join } from 'node:path';
import { pino } from 'pino';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { startDiscord } from '../adapters/discord/start-discord.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { warmUpSearch } from '../runtime/search-warm-up.js';
import { Bot } from '../src/index.js';

/**
 * One bot of the Discord benchmark, in its own process as a real bot is (the fake Discord runs in the
 * benchmark's process): `quotebot` is the adapter as `npm start` runs it, its search warmed up as `npm start`
 * warms it (runtime/search-warm-up.ts); `bare` a discord.js client with the same options that answers
 * constants. Prints "ready" once logged in and warmed up; SIGTERM stops it.
 */
async function start(mode: string, token: string, api: string): Promise<() => Promise<void>> {
  if (mode === 'quotebot') {
    const { library } = loadLibrary(join(PACKAGE_ROOT, 'content'));
    const adapter = await startDiscord({
      bot: new Bot(library),
      config: { DISCORD_TOKEN: token, DISCORD_API_URL: api },
      logger: pino({ level: 'silent' }),
    });
    // As `npm start` does at its first quiet moment after start-up (runtime/main.ts).
    await warmUpSearch(() => library).done;
    return () => adapter.stop();
  }
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply('A constant reply.');
    else if (interaction.isAutocomplete())
      void interaction.respond([{ name: 'constant', value: 'constant' }]);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  return () => client.destroy();
}

const stop = await start(
  process.argv[2] ?? '',
  process.env['BENCH_TOKEN'] ?? '',
  process.env['BENCH_API'] ?? '',
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
