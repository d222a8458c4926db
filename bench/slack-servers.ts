import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { startSlack } from '../adapters/slack/start-slack.js';
import { loadConfig } from '../runtime/config.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { createLogger } from '../runtime/logger.js';
import { warmUpSearch } from '../runtime/search-warm-up.js';
import { Bot } from '../src/index.js';

/**
 * The two Slack apps `bench/slack.ts` loads, in a process of their own (built JS, as `npm start` runs
 * it, its search warmed up as `npm start` warms it: runtime/search-warm-up.ts), so the load generator does
 * not share their CPU: quotebot's HTTP-mode app and a bare Bolt app on the same receiver that acks a
 * constant. Takes the signing secret as its argument, prints `{ ours, bare }` (their URLs) as one JSON line;
 * SIGTERM stops both.
 */
const SECRET = process.argv[2] ?? 'bench-signing-secret';
const TOKEN = 'xoxb-bench';

const url = (server: Server): string =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

/** Just enough Web API for Bolt's start: `auth.test`. */
async function startWebApi(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ ok: true, team_id: 'TBENCH', user_id: 'UBOT', bot_id: 'BBOT', user: 'quotebot' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function main(): Promise<void> {
  const api = await startWebApi();
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  const { library } = loadLibrary(join(PACKAGE_ROOT, 'content'));
  const config = {
    ...loadConfig({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
    }),
    PORT: 0,
  };
  const ours = await startSlack({
    bot: new Bot(library),
    config,
    logger: createLogger('warn'),
    host: '127.0.0.1',
  });
  // As `npm start` does at its first quiet moment after start-up (runtime/main.ts).
  await warmUpSearch(() => library).done;
  const bare = new App({
    token: TOKEN,
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.WARN,
  });
  bare.command('/quote', async ({ ack }) => {
    await ack({ response_type: 'in_channel', text: 'A constant answer.' });
  });
  const bareServer = (await bare.start({ port: 0, host: '127.0.0.1' })) as Server;
  process.once('SIGTERM', () => {
    void Promise.all([ours.stop(), bare.stop()]).finally(() => {
      api.close();
      process.exit(0);
    });
  });
  process.stdout.write(
    `${JSON.stringify({ ours: `http://127.0.0.1:${ours.port ?? 0}/slack/events`, bare: url(bareServer) })}\n`,
  );
}

await main();
