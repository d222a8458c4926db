import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDiscord, type DiscordAdapter } from '../../adapters/discord/start-discord.js';
import { registerCommands } from '../../adapters/discord/register-commands.js';
import { SqliteDailyStore } from '../../runtime/daily/sqlite-store.js';
import { PrometheusObserver } from '../../runtime/observability/metrics.js';
import { opsCustomRoutes } from '../../runtime/observability/ops-routes.js';
import { startOpsServer, type OpsServer } from '../../runtime/observability/ops-server.js';
import { Readiness } from '../../runtime/observability/readiness.js';
import { Bot, COMMANDS, Library } from '../../src/index.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { seedArticle } from '../helpers/content.js';
import { injectorFor, startOnFake, type Running } from '../adapters/slack/harness.js';
import { sample } from '../adapters/discord/shard-processes.js';

const QUOTEBOT_METRICS = [
  'quotebot_command_duration_seconds',
  'quotebot_daily_posts_total',
  'quotebot_discord_shard_latency_seconds',
  'quotebot_slack_event_duplicates_total',
];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const bot = () => new Bot({ current: Library.create([seedArticle()]) });
const commandNames = COMMANDS.map((command) => command.name);

async function get(port: number, path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** Every label value of every sample in a Prometheus exposition. */
function labelValues(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.includes('{'))
    .flatMap((line) =>
      [...line.slice(line.indexOf('{'), line.indexOf('}')).matchAll(/="([^"]*)"/g)].map((m) => m[1]!),
    );
}

interface DiscordOps {
  readonly discord: FakeDiscord;
  readonly adapter: DiscordAdapter;
  readonly store: SqliteDailyStore;
  readonly server: OpsServer;
}

/** The Discord adapter on the fake, a SQLite store, and the operations server with both checks. */
async function discordWithOps(): Promise<DiscordOps> {
  const discord = await startFakeDiscord({ heartbeatIntervalMs: 150 });
  let discordStopped = false;
  cleanups.push(() => (discordStopped ? undefined : discord.stop()));
  await registerCommands(COMMANDS, {
    token: discord.botToken,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
  });
  const metrics = new PrometheusObserver({ commands: commandNames });
  const adapter = await startDiscord({
    bot: bot(),
    config: { DISCORD_TOKEN: discord.botToken, DISCORD_API_URL: discord.apiUrl },
    logger: pino({ level: 'silent' }),
    observer: metrics,
  });
  cleanups.push(() => adapter.stop());
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-ops-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const store = SqliteDailyStore.open(dir);
  cleanups.push(() => store.close());
  metrics.watchShards(() => adapter.shardLatencies());
  const readiness = new Readiness(500);
  readiness.add({ name: 'discord', check: () => adapter.connected() });
  readiness.add({
    name: 'store',
    check: () => store.getSchedule({ platform: 'console', channelId: 'probe' }).then(() => true),
  });
  readiness.setStarted(true);
  const server = await startOpsServer({ metrics, readiness }, { port: 0, host: '127.0.0.1' });
  cleanups.push(() => server.close());
  const stopDiscord = discord.stop.bind(discord);
  return {
    discord: Object.assign(discord, {
      stop: async () => {
        discordStopped = true;
        await stopDiscord();
      },
    }),
    adapter,
    store,
    server,
  };
}

describe('GET /metrics, /livez and /readyz with Discord (real HTTP on 127.0.0.1)', () => {
  it('given answered commands then /metrics has process metrics and the command histogram, with no ids in any label', async () => {
    const { discord, server } = await discordWithOps();
    for (const query of ['tides', 'moon']) {
      const sent = discord.sendInteraction(
        discord.buildSlashCommandInteraction({ name: 'quote', options: { query } }),
      );
      await sent.waitForCallback(5000);
    }
    const autocomplete = discord.sendInteraction(
      discord.buildAutocompleteInteraction({ name: 'quote', options: { query: 'tid' }, focused: 'query' }),
    );
    await autocomplete.waitForCallback(5000);
    await discord.gateway.waitForFrame((frame) => frame.op === 1, 3000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const metrics = await get(server.port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toContain('text/plain');
    expect(metrics.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(metrics.text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    for (const name of QUOTEBOT_METRICS) expect(metrics.text).toContain(`# TYPE ${name} `);
    const quotes = { platform: 'discord', command: 'quote', outcome: 'ok' };
    expect(sample(metrics.text, 'quotebot_command_duration_seconds_count', quotes)).toBe(2);
    expect(sample(metrics.text, 'quotebot_command_duration_seconds_count', { command: 'autocomplete' })).toBe(
      1,
    );
    expect(
      sample(metrics.text, 'quotebot_discord_shard_latency_seconds', { shard: '0' }),
    ).toBeGreaterThanOrEqual(0);

    const ids = [
      discord.guildId,
      discord.channelId,
      discord.user.id,
      discord.botUserId,
      discord.applicationId,
    ];
    for (const id of ids) expect(metrics.text).not.toContain(id);
    expect(labelValues(metrics.text).filter((value) => /\d{6,}/.test(value))).toEqual([]);
  });

  it('given a connected client and an answering store then /livez and /readyz are 200; other paths 404 and POST 405', async () => {
    const { server } = await discordWithOps();
    expect(await get(server.port, '/livez')).toMatchObject({ status: 200 });
    const ready = await get(server.port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({
      ready: true,
      checks: { started: true, discord: true, store: true },
    });
    expect((await get(server.port, '/slack/events')).status).toBe(404);
    const post = await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('given the Discord gateway gone then /readyz is 503 naming discord, while /livez stays 200', async () => {
    const { discord, server } = await discordWithOps();
    await discord.stop();
    const deadline = Date.now() + 5000;
    let ready = await get(server.port, '/readyz');
    while (ready.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      ready = await get(server.port, '/readyz');
    }
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).checks).toMatchObject({ discord: false, store: true });
    expect((await get(server.port, '/livez')).status).toBe(200);
  });

  it('given one shard dropped then /readyz is 503 until it has resumed', async () => {
    const { discord, adapter, server } = await discordWithOps();
    const statuses: number[] = [];
    discord.gateway.disconnect(4000, 'drop', 0);
    const deadline = Date.now() + 5000;
    do {
      statuses.push((await get(server.port, '/readyz')).status);
      await new Promise((resolve) => setTimeout(resolve, 5));
    } while ((statuses.at(-1) !== 200 || !statuses.includes(503)) && Date.now() < deadline);
    expect(adapter.connected()).toBe(true);
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(200);
  });

  it('given the store failing then /readyz is 503 naming the store', async () => {
    const { store, server } = await discordWithOps();
    store.close();
    const ready = await get(server.port, '/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).checks).toMatchObject({ discord: true, store: false });
  });
});

describe("Slack HTTP mode: the same endpoints on Slack's own port", () => {
  let run: Running | undefined;
  afterEach(async () => {
    await run?.stop();
    run = undefined;
  });

  it('given commands and a retried event then /metrics counts them and the duplicate, and /readyz follows shutdown', async () => {
    const metrics = new PrometheusObserver({ commands: commandNames });
    const readiness = new Readiness(500);
    const routes = opsCustomRoutes({ metrics, readiness });
    run = await startOnFake('http', {}, { ops: { observer: metrics, routes } });
    const adapter = run.adapter;
    readiness.add({ name: 'slack', check: () => adapter.connected() });
    readiness.setStarted(true);
    const port = adapter.port!;
    const inject = injectorFor(run, 'http');

    await inject.command('/quote', 'weather');
    await inject.command('/quotebot-help', '');
    const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote weather` });
    await inject.event(event, { eventId: 'EvMetrics1' });
    await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === event['ts']);
    await inject.event(event, { eventId: 'EvMetrics1', retry: 1 });

    const text = (await get(port, '/metrics')).text;
    const slack = { platform: 'slack', outcome: 'ok' };
    expect(sample(text, 'quotebot_command_duration_seconds_count', { ...slack, command: 'quote' })).toBe(1);
    expect(sample(text, 'quotebot_command_duration_seconds_count', { ...slack, command: 'help' })).toBe(1);
    expect(sample(text, 'quotebot_command_duration_seconds_count', { ...slack, command: 'message' })).toBe(1);
    expect(sample(text, 'quotebot_slack_event_duplicates_total')).toBe(1);
    expect(labelValues(text).filter((value) => /^[UCTW][A-Z0-9]{6,}$|\d{6,}/.test(value))).toEqual([]);
    expect((await get(port, '/livez')).status).toBe(200);
    expect((await get(port, '/readyz')).status).toBe(200);
    expect((await get(port, '/healthz')).status).toBe(200);

    const stopping = adapter.stop();
    expect(adapter.connected()).toBe(false);
    await stopping;
  });
});

describe('Slack HTTP mode: an answer that is "something went wrong" counts as an error', () => {
  let run: Running | undefined;
  afterEach(async () => {
    await run?.stop();
    run = undefined;
  });

  it('given the cooldown store and the daily store failing then /quote and /daily answer "something went wrong" and /metrics counts both as outcome="error"', async () => {
    const metrics = new PrometheusObserver({ commands: commandNames });
    const routes = opsCustomRoutes({ metrics, readiness: new Readiness(500) });
    const unreachable = (): Promise<never> =>
      Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    run = await startOnFake(
      'http',
      {},
      {
        ops: { observer: metrics, routes },
        // The gate is asked about every command; only /quote and /summary use its store.
        cooldowns: {
          check: (_user, request) => (request.kind === 'help' ? Promise.resolve(undefined) : unreachable()),
        },
        daily: () => ({ handle: unreachable }),
      },
    );
    const inject = injectorFor(run, 'http');

    const quote = await inject.command('/quote', 'weather');
    expect(JSON.stringify(quote)).toContain('went wrong');
    await inject.command('/quotebot-help', '');
    const asked = await inject.command('/daily', 'status');
    const daily = await run.slack.waitForResponse(asked.responseUrl);
    expect(JSON.stringify(daily.body)).toContain('went wrong');

    const port = run.adapter.port!;
    const count = async (command: string, outcome: string): Promise<number> =>
      sample((await get(port, '/metrics')).text, 'quotebot_command_duration_seconds_count', {
        platform: 'slack',
        command,
        outcome,
      }) || 0;
    // /daily is counted when its response_url post has returned, just after the fake saw it.
    await vi.waitUntil(async () => (await count('daily', 'error')) === 1, { timeout: 5000, interval: 20 });
    expect(await count('daily', 'ok')).toBe(0);
    expect(await count('quote', 'error')).toBe(1);
    expect(await count('quote', 'ok')).toBe(0);
    expect(await count('help', 'ok')).toBe(1);
  });
});

describe('Slack Socket Mode: /readyz follows the socket', () => {
  it('given the socket dropped then /readyz is 503 naming slack until the client has reconnected', async () => {
    const metrics = new PrometheusObserver({ commands: commandNames });
    const readiness = new Readiness(500);
    const run = await startOnFake('socket', {}, { ops: { observer: metrics } });
    cleanups.push(() => run.stop());
    readiness.add({ name: 'slack', check: () => run.adapter.connected() });
    readiness.setStarted(true);
    const server = await startOpsServer({ metrics, readiness }, { port: 0, host: '127.0.0.1' });
    cleanups.push(() => server.close());
    expect((await get(server.port, '/readyz')).status).toBe(200);

    // The reconnect asks apps.connections.open for a new socket URL: held 3 s, the socket stays down that
    // long, so the check below sees the drop however loaded the machine is.
    run.slack.failNext({ method: 'apps.connections.open', delayMs: 3000 });
    run.slack.socket.drop();
    await vi.waitUntil(() => !run.adapter.connected(), { timeout: 5000, interval: 10 });
    const down = await get(server.port, '/readyz');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text).checks).toMatchObject({ slack: false });

    await vi.waitUntil(() => run.adapter.connected(), { timeout: 20_000, interval: 10 });
    const up = await get(server.port, '/readyz');
    expect(up.status).toBe(200);
    expect(JSON.parse(up.text).checks).toMatchObject({ slack: true });
  });
});
