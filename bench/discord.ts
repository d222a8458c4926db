import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { asInteractionReply } from '../adapters/discord/discord-message.js';
import { registerCommands } from '../adapters/discord/register-commands.js';
import { renderReply } from '../adapters/discord/render-reply.js';
import { quoteButtonIds } from '../adapters/discord/button-state.js';
import { StateStore, type QuoteQuery } from '../adapters/discord/state-store.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { Bot, COMMANDS, type BotReply } from '../src/index.js';
import { percentile, round, type BenchRow } from './bench-row.js';
import { unseenAfterWarmUp } from './unseen-queries.js';

const ROOT = join(import.meta.dirname, '..');
const CONCURRENT = 50;
const ROUNDS = 20;
const WARMUP_ROUNDS = 3;
const TARGET_P99_MS = 50;

/** The part of the test suite's fake Discord (tests/fakes/discord) this benchmark uses. */
interface Sent {
  readonly record: { readonly sentAt: number; readonly ackedAt: number | undefined };
  waitForCallback(timeoutMs?: number): Promise<unknown>;
}
interface Fake {
  readonly apiUrl: string;
  readonly botToken: string;
  readonly applicationId: string;
  readonly guildId: string;
  sendInteraction(payload: unknown): Sent;
  buildSlashCommandInteraction(input: { name: string; options: Record<string, string> }): unknown;
  buildAutocompleteInteraction(input: {
    name: string;
    options: Record<string, string>;
    focused: string;
  }): unknown;
  clearRequests(): void;
  stop(): Promise<void>;
}

// Loaded at run time (tsx), so that the production build never compiles test code.
const FAKE_MODULE = '../tests/fakes/discord/index.js';
async function startFake(): Promise<Fake> {
  const { startFakeDiscord } = (await import(FAKE_MODULE)) as { startFakeDiscord: () => Promise<Fake> };
  return startFakeDiscord();
}

/**
 * Distinct queries from the content's sentences: none is asked twice, and none the bot's search warm-up
 * asked, so no memo answers one.
 */
const QUERIES = unseenAfterWarmUp(loadLibrary(join(ROOT, 'content')).library, 20_000);

type Build = (fake: Fake, i: number) => unknown;
const quote: Build = (fake, i) =>
  fake.buildSlashCommandInteraction({ name: 'quote', options: { query: QUERIES[i % QUERIES.length]! } });
const autocomplete: Build = (fake, i) =>
  fake.buildAutocompleteInteraction({
    name: 'quote',
    options: { query: QUERIES[i % QUERIES.length]!.slice(0, 3 + (i % 8)) },
    focused: 'query',
  });

/**
 * Sends rounds of `CONCURRENT` interactions at once (payloads built before the clock starts) and returns,
 * for each, the time from the fake's gateway dispatch to the reply callback reaching the fake.
 */
async function measure(fake: Fake, build: Build): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    fake.clearRequests();
    const payloads = Array.from({ length: CONCURRENT }, (_, i) => build(fake, round * CONCURRENT + i));
    const sent = payloads.map((payload) => fake.sendInteraction(payload));
    await Promise.all(sent.map((interaction) => interaction.waitForCallback(5000)));
    if (round >= WARMUP_ROUNDS) samples.push(...sent.map(({ record }) => record.ackedAt! - record.sentAt));
  }
  return samples;
}

/**
 * Starts one bot (`quotebot` or the `bare` baseline) in a child process, as a real bot runs apart from
 * Discord.
 */
async function startBot(mode: 'quotebot' | 'bare', fake: Fake): Promise<() => Promise<void>> {
  // The compiled child (npm run bench builds first) runs as `npm start` does; tsx when it is not built.
  const built = join(ROOT, 'dist/bench/discord-child.js');
  const args = existsSync(built)
    ? [built]
    : ['--import', 'tsx', join(import.meta.dirname, 'discord-child.ts')];
  const child = spawn(process.execPath, [...args, mode], {
    env: { ...process.env, BENCH_TOKEN: fake.botToken, BENCH_API: fake.apiUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = once(createInterface({ input: child.stdout }), 'line').then(([line]) => line === 'ready');
  const exited = once(child, 'exit').then(() => false);
  if (!(await Promise.race([ready, exited]))) throw new Error(`discord bench: the ${mode} bot did not start`);
  return async () => {
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
}

function row(name: string, ours: number[], bare: number[]): BenchRow {
  const p50 = percentile(ours, 50);
  const p99 = round(percentile(ours, 99));
  return {
    name,
    p50Ms: round(p50),
    p99Ms: p99,
    baseline: {
      name: 'bare discord.js, constant reply',
      p50Ms: round(percentile(bare, 50)),
      ratio: round(p50 / percentile(bare, 50), 2),
    },
    target: `p99 < ${TARGET_P99_MS} ms`,
    ok: p99 < TARGET_P99_MS,
    extra: { samples: ours.length, concurrent: CONCURRENT, bareP99Ms: round(percentile(bare, 99)) },
  };
}

function timeEach<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const item = items[i % items.length]!;
    const start = process.hrtime.bigint();
    fn(item);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** The adapter's own work per `/quote` (render + payload), in this process, next to the core's answer. */
function adapterWork(): BenchRow {
  const bot = new Bot(loadLibrary(join(ROOT, 'content')).library);
  const store = new StateStore<QuoteQuery>();
  const replies: BotReply[] = QUERIES.slice(0, 5000).map((query) => bot.handle({ kind: 'quote', query }));
  const render = (reply: BotReply) =>
    asInteractionReply(
      renderReply(reply, false, reply.kind === 'quote' ? quoteButtonIds(reply, false, store) : {}),
    );
  timeEach(replies, 2000, render);
  // The core on queries it has not seen (those of `replies` were answered above).
  const core = timeEach(QUERIES.slice(5000, 10_000), 5000, (query) => bot.handle({ kind: 'quote', query }));
  const ours = timeEach(replies, 5000, render);
  const p99 = round(percentile(ours, 99));
  return {
    name: 'discord: adapter work per /quote (render, in process)',
    p50Ms: round(percentile(ours, 50)),
    p99Ms: p99,
    baseline: {
      name: 'core Bot.handle, unseen queries',
      p50Ms: round(percentile(core, 50)),
      ratio: round(percentile(ours, 50) / percentile(core, 50), 2),
    },
    target: 'p99 < 1 ms',
    ok: p99 < 1,
    extra: { coreP99Ms: round(percentile(core, 99)) },
  };
}

/**
 * The Discord adapter's handling latency under load: interaction received (the fake Discord sends the
 * gateway dispatch) → reply callback received by the fake, 50 interactions at a time, for `/quote` and
 * its autocomplete; against a bare discord.js client that answers constants to the same interactions.
 * Each bot runs in its own process (bench/discord-child.ts), the fake in this one.
 */
export async function benchDiscord(): Promise<BenchRow[]> {
  const fake = await startFake();
  try {
    await registerCommands(COMMANDS, {
      token: fake.botToken,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
    });
    const stopOurs = await startBot('quotebot', fake);
    const ours = { quote: await measure(fake, quote), autocomplete: await measure(fake, autocomplete) };
    await stopOurs();
    const stopBare = await startBot('bare', fake);
    const bare = { quote: await measure(fake, quote), autocomplete: await measure(fake, autocomplete) };
    await stopBare();
    return [
      adapterWork(),
      row(`discord: /quote, ${CONCURRENT} concurrent (received → reply)`, ours.quote, bare.quote),
      row(`discord: autocomplete, ${CONCURRENT} concurrent`, ours.autocomplete, bare.autocomplete),
    ];
  } finally {
    await fake.stop();
  }
}
