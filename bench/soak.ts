/**
 * `npm run soak`: one bot process (`dist/runtime/main.js`, Discord and Slack Socket Mode together) under
 * steady mixed traffic on the project's fake Discord and fake Slack, with a gateway or socket drop every
 * few minutes. Every 10 s it reads the bot's own `/metrics` (prom-client's process and event-loop
 * figures) and prints the timeline, then a summary table and JSON (bench/results/soak.json).
 *
 * Options: `--minutes N` (default 30), `--rate N` requests per second on each platform (default 4),
 * `--drop-every S` seconds between drops (default 180). Targets (issue 17), judged on runs of 30 minutes or
 * more: RSS growth < 50 MB from the end of the warm-up to the end, event-loop delay p99 < 50 ms, and 0
 * unanswered. Exits 1 when a request went unanswered or the bot died, whatever the length (CI runs
 * `--minutes 2` as a check of that).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { APIUser } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../tests/fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../tests/fakes/slack/index.js';
import { freePort, startBotProcess, type BotProcess } from '../tests/helpers/processes.js';
import { libraryQueries } from './library-queries.js';
import { percentile, round } from './bench-row.js';

const ROOT = join(import.meta.dirname, '..');
/** How long a request may wait for its answer before it counts as unanswered. */
const ANSWER_WITHIN_MS = 10_000;
const SAMPLE_EVERY_MS = 10_000;
/** Slack waits 3 s for an envelope's ack. */
const SLACK_ACK_MS = 3000;
/** Distinct users, so that per-user cooldowns (3 s on /quote) never refuse the traffic. */
const USERS = 500;

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '4' },
    'drop-every': { type: 'string', default: '180' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const dropEveryMs = Number(values['drop-every']) * 1000;
if (!(minutes > 0 && rate > 0 && dropEveryMs > 0)) {
  console.error('usage: npm run soak -- [--minutes 30] [--rate 4] [--drop-every 180]');
  process.exit(2);
}
const durationMs = minutes * 60_000;
/** The first tenth of the run (at least 20 s, at most 3 minutes) settles caches and heaps: not judged. */
const warmUpMs = Math.min(180_000, Math.max(20_000, durationMs / 10));

interface Sample {
  readonly atS: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly loopP99Ms: number;
  readonly sent: number;
  readonly answered: number;
}

interface Tally {
  sent: number;
  answered: number;
  unanswered: string[];
  latencies: number[];
}

const tally: Tally = { sent: 0, answered: 0, unanswered: [], latencies: [] };
/**
 * Drops so far, and Slack deliveries a drop cut off (sent again once connected, as a user or Slack would).
 */
let drops = 0;
let redelivered = 0;

/**
 * Sends a Slack envelope; when no ack came because a drop cut the socket meanwhile, sends it once more
 * after the reconnect (Slack redelivers events; a user runs the command again). A failure without a
 * drop is not retried.
 */
async function deliver(slack: FakeSlack, send: () => Promise<unknown>): Promise<void> {
  await until(() => slack.socket.connected());
  const before = drops;
  try {
    await send();
  } catch (error) {
    if (drops === before) throw error;
    redelivered += 1;
    await until(() => slack.socket.connected());
    await send();
  }
}

/** Counts one request: answered when `answer` settles within ANSWER_WITHIN_MS, else names it. */
function track(what: string, answer: () => Promise<unknown>): void {
  tally.sent += 1;
  const started = performance.now();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no answer')), ANSWER_WITHIN_MS).unref(),
  );
  Promise.race([answer(), timeout]).then(
    () => {
      tally.answered += 1;
      tally.latencies.push(performance.now() - started);
    },
    (error: unknown) =>
      tally.unanswered.push(`${what} (${error instanceof Error ? error.message : String(error)})`),
  );
}

const user = (n: number): APIUser => ({
  id: String(900_000_000_000_000_000n + BigInt(n % USERS)),
  username: `soak${n % USERS}`,
  discriminator: '0',
  global_name: null,
  avatar: null,
});

/** Waits (up to 15 s) for a connection a drop took away: a user would retry once it is back. */
async function until(ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!ready() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

function discordRequest(discord: FakeDiscord, n: number, query: string): void {
  const who = { user: user(n) };
  const kind = n % 10;
  const interaction =
    kind < 6
      ? discord.buildSlashCommandInteraction({ name: 'quote', options: { query }, ...who })
      : kind < 8
        ? discord.buildAutocompleteInteraction({
            name: 'quote',
            options: { query: query.slice(0, 4) },
            focused: 'query',
            ...who,
          })
        : discord.buildSlashCommandInteraction({
            name: 'summary',
            options: { topic: query.split(' ')[0]! },
            ...who,
          });
  track(`discord ${interaction.data.name} ${query}`, async () => {
    await until(() => discord.gateway.openConnections > 0);
    return discord.sendInteraction(interaction).waitForCallback(ANSWER_WITHIN_MS);
  });
}

function slackRequest(slack: FakeSlack, n: number, query: string): void {
  const userId = `U0SOAK${n % USERS}`;
  const kind = n % 10;
  if (kind < 7) {
    const command = kind < 5 ? '/quote' : '/summary';
    track(`slack ${command} ${query}`, () =>
      deliver(slack, async () => {
        const ack = await slack.socket.sendSlashCommand(
          { command, text: query, userId },
          { ackTimeoutMs: SLACK_ACK_MS },
        );
        if (ack.payload === undefined) throw new Error('empty ack');
      }),
    );
    return;
  }
  const event = slack.build.appMention({ text: `<@${slack.botUserId}> quote ${query}`, userId });
  const eventId = `Ev0SOAK${n}`;
  let attempt = 0;
  track(`slack mention ${query}`, async () => {
    await deliver(slack, () =>
      slack.socket.sendEvent(event, { eventId, retryAttempt: attempt++, ackTimeoutMs: SLACK_ACK_MS }),
    );
    await slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === event['ts'], 9_000);
  });
}

/** One figure of a Prometheus exposition (the first sample of that name). */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((row) => row.startsWith(`${name} `) || row.startsWith(`${name}{`));
  return line === undefined ? Number.NaN : Number(line.slice(line.lastIndexOf(' ') + 1));
}

async function sample(port: number, startedAt: number): Promise<Sample> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return {
    atS: Math.round((Date.now() - startedAt) / 1000),
    rssMb: round(metric(text, 'process_resident_memory_bytes') / 2 ** 20, 1),
    heapMb: round(metric(text, 'nodejs_heap_size_used_bytes') / 2 ** 20, 1),
    loopP99Ms: round(metric(text, 'nodejs_eventloop_lag_p99_seconds') * 1000, 1),
    sent: tally.sent,
    answered: tally.answered,
  };
}

async function main(): Promise<void> {
  const discord = await startFakeDiscord();
  const slack = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-soak-'));
  const httpPort = await freePort();
  let bot: BotProcess | undefined;
  try {
    bot = await startBotProcess(
      {
        DISCORD_TOKEN: discord.botToken,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_APPLICATION_ID: discord.applicationId,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_APP_TOKEN: slack.appToken,
        SLACK_API_URL: slack.apiUrl,
        DATA_DIR: join(dir, 'data'),
        HTTP_PORT: String(httpPort),
        LOG_LEVEL: 'info',
      },
      'discord ready',
    );
    const running = bot;
    await until(() => discord.gateway.openConnections > 0 && slack.socket.connected());
    const died = running.exited.then((code) => {
      throw new Error(`the bot exited (${code}) during the soak:\n${running.log.slice(-20).join('\n')}`);
    });
    died.catch(() => undefined);

    const queries = libraryQueries(Math.ceil(durationMs / 1000) * rate * 2 + 100, 0);
    const startedAt = Date.now();
    const samples: Sample[] = [];
    let n = 0;
    const traffic = setInterval(() => {
      discordRequest(discord, n, queries[2 * n]!);
      slackRequest(slack, n, queries[2 * n + 1]!);
      n += 1;
    }, 1000 / rate);
    const dropping = setInterval(() => {
      if (drops % 2 === 0) discord.gateway.disconnect(4000, 'soak: gateway drop');
      else slack.socket.drop();
      drops += 1;
    }, dropEveryMs);
    const sampling = setInterval(() => {
      // The fakes keep what they saw; pending waits survive a clear, so memory stays flat on this side too.
      discord.clearRequests();
      void sample(httpPort, startedAt).then(
        (figures) => {
          samples.push(figures);
          console.error(
            `${figures.atS}s  RSS ${figures.rssMb} MB  heap ${figures.heapMb} MB  loop p99 ${figures.loopP99Ms} ms  ` +
              `answered ${figures.answered}/${figures.sent}  unanswered ${tally.unanswered.length}`,
          );
        },
        (error: unknown) => console.error(`metrics not read: ${String(error)}`),
      );
    }, SAMPLE_EVERY_MS);
    await Promise.race([new Promise((resolve) => setTimeout(resolve, durationMs)), died]);
    clearInterval(traffic);
    clearInterval(dropping);
    clearInterval(sampling);
    // Let the last requests be answered (or time out).
    await Promise.race([new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS + 1000)), died]);
    samples.push(await sample(httpPort, startedAt));
    running.child.kill('SIGTERM');
    const exitCode = await running.exited;

    const judged = samples.filter((figures) => figures.atS * 1000 >= warmUpMs);
    const rssGrowthMb = round(judged.at(-1)!.rssMb - judged[0]!.rssMb, 1);
    const loopP99Ms = Math.max(...judged.map((figures) => figures.loopP99Ms));
    const full = minutes >= 30;
    const verdict = (ok: boolean): string => (full ? (ok ? 'ok' : 'MISSED') : 'not judged (< 30 min)');
    const summary = {
      minutes,
      ratePerPlatform: rate,
      drops,
      redeliveredAfterDrop: redelivered,
      sent: tally.sent,
      answered: tally.answered,
      unanswered: tally.unanswered.length,
      answerP50Ms: round(percentile(tally.latencies, 50), 1),
      answerP99Ms: round(percentile(tally.latencies, 99), 1),
      rssAfterWarmUpMb: judged[0]!.rssMb,
      rssEndMb: judged.at(-1)!.rssMb,
      rssGrowthMb,
      worstLoopP99Ms: loopP99Ms,
      exitCode,
    };
    console.log('\nseconds  RSS MB  heap MB  event-loop p99 ms (10 s window)  answered/sent');
    for (const figures of samples)
      console.log(
        `${String(figures.atS).padStart(7)}  ${String(figures.rssMb).padStart(6)}  ${String(figures.heapMb).padStart(7)}  ` +
          `${String(figures.loopP99Ms).padStart(32)}  ${figures.answered}/${figures.sent}`,
      );
    console.log(
      `\nsoak: ${minutes} min, ${rate}/s on each platform, ${drops} drops (gateway and socket in turn), ` +
        `${redelivered} Slack deliveries cut off by a drop and sent again`,
    );
    console.log(`${verdict(rssGrowthMb < 50)}  RSS growth after warm-up < 50 MB: ${rssGrowthMb} MB`);
    console.log(
      `${verdict(loopP99Ms < 50)}  event-loop delay p99 < 50 ms: worst 10 s window ${loopP99Ms} ms`,
    );
    const answeredAll = tally.unanswered.length === 0;
    console.log(
      `${answeredAll ? 'ok' : 'MISSED'}  0 unanswered: ${tally.unanswered.length} of ${tally.sent}` +
        (answeredAll ? '' : ` (first: ${tally.unanswered.slice(0, 5).join('; ')})`),
    );
    const json = { date: new Date().toISOString(), node: process.version, summary, samples };
    const out = join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'soak.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(JSON.stringify({ date: json.date, node: json.node, summary }));
    if (!answeredAll || exitCode !== 0) process.exitCode = 1;
  } finally {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await Promise.allSettled([discord.stop(), slack.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
