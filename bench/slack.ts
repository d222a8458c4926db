import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { slackCommandNames } from '../adapters/slack/command-names.js';
import { renderReply } from '../adapters/slack/render-reply.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { Bot, parseCommandText, quoteCommand, type QuoteRequest } from '../src/index.js';
import { percentile, round, type BenchRow } from './bench-row.js';
import { quoteCommandFields } from './slack-command.js';
import { unseenAfterWarmUp } from './unseen-queries.js';

/** The part of autocannon's API used here (the package ships no types). */
interface LoadResult {
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly '2xx': number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = join(import.meta.dirname, '..');
const SECRET = 'bench-signing-secret';
const SERVERS = join(ROOT, 'dist/bench/slack-servers.js');
/** Seconds of load per side, in alternating rounds. */
const SECONDS = 5;
const ROUNDS = 10;
const CONNECTIONS = 16;

/** Starts the apps' process (built JS) and reads their URLs. */
async function startServers(): Promise<{ child: ChildProcess; ours: string; bare: string }> {
  if (!existsSync(SERVERS)) throw new Error(`${SERVERS} is missing: run npm run build first`);
  const child = spawn(process.execPath, [SERVERS, SECRET], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    lines.close();
    return { child, ...(JSON.parse(line) as { ours: string; bare: string }) };
  }
  throw new Error('the Slack bench servers exited before starting');
}

/**
 * Distinct queries from the content's own sentences (bench/unseen-queries.ts): each request asks another,
 * none the server's search warm-up asked, so that no memo of the engine answers it (the stream wraps only
 * after all of them).
 */
const QUERIES = unseenAfterWarmUp(loadLibrary(join(ROOT, 'content')).library, 60_000);
type Side = 'ours' | 'bare';
/**
 * How many queries each side has taken: quotebot's never wrap (checked after the load), the bare app's do
 * (its answer does not depend on them), so that the two sides do not share the stream's length.
 */
const asked: Record<Side, number> = { ours: 0, bare: 0 };
const takeQuery = (side: Side): string => QUERIES[asked[side]++ % QUERIES.length]!;

/** A `/quote <text>` slash command as Slack posts it, signed (Bolt accepts a signature for 5 minutes). */
function signedQuoteRequest(text: string): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams(quoteCommandFields(text)).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

/** CPU time (user + system) the process has used, in ms, from /proc; undefined off Linux. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** One round of load on one app: requests answered, latency, and the server's CPU time for them. */
interface Round {
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMs: number | undefined;
}

async function load(url: string, side: Side, seconds: number, pid: number | undefined): Promise<Round> {
  const cpuBefore = cpuMsOf(pid);
  const result = await autocannon({
    url,
    method: 'POST',
    // A new query for every request, signed here (the load generator's work, not the server's).
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const { body, headers } = signedQuoteRequest(takeQuery(side));
          return { ...request, method: 'POST', body, headers };
        },
      },
    ],
    connections: CONNECTIONS,
    duration: seconds,
  });
  const cpuAfter = cpuMsOf(pid);
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    throw new Error(
      `load on ${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    );
  }
  return {
    requests: result['2xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 0 ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
};

/**
 * One side over all its rounds: throughput, the median round's p50, the worst round's p99, CPU per request.
 */
function summarise(rounds: readonly Round[], seconds: number) {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const cpu = rounds.every((r) => r.cpuMs !== undefined)
    ? rounds.reduce((sum, r) => sum + r.cpuMs!, 0)
    : undefined;
  return {
    reqPerSec: requests / seconds,
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
    requests,
    cpuUsPerRequest: cpu === undefined ? undefined : (cpu * 1000) / requests,
  };
}

/**
 * HTTP mode under load: correctly signed `/quote` commands, each with another unseen query, against
 * quotebot's Slack app (real Bolt, real engine, Block Kit reply in the ack), next to a bare Bolt app on the
 * same receiver that acks a constant, measured in the same run. Target: quotebot keeps at least 70% of the
 * bare app's throughput.
 *
 * Both apps run in one child process from the built JS (as `npm start` runs them); autocannon runs here.
 * The load alternates between them in short rounds, and the ratio is the median of the rounds' ratios, so
 * that other work on the machine spoils a round rather than the result. The server's CPU time per request
 * (from /proc) is reported too: it is what throughput is made of, and it is steadier on a busy machine.
 */
/**
 * The adapter's own work per `/quote` on unseen queries (reading the command text, rendering Block Kit) next
 * to the core's (`Bot.handle`), in this process: what the HTTP row's difference from bare Bolt is made of.
 */
function adapterShare(): BenchRow {
  const { library } = loadLibrary(join(ROOT, 'content'));
  const bot = new Bot(library);
  const names = slackCommandNames(bot.commands);
  const time = (fn: () => unknown): number[] => {
    for (let i = 0; i < 300; i++) fn();
    return Array.from({ length: 2000 }, () => {
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
  };
  const caller = { platform: 'slack', channelId: 'C1', workspaceId: 'T1', userId: 'U1' } as const;
  const request = (): QuoteRequest | undefined => {
    const parsed = parseCommandText(quoteCommand, takeQuery('ours'));
    if (parsed.kind !== 'options') return undefined;
    const resolved = quoteCommand.resolve({ values: parsed.values, caller });
    return resolved.kind === 'request' && resolved.request.kind === 'quote' ? resolved.request : undefined;
  };
  const reply = bot.handle(request()!);
  const adapter = time(() => renderReply(reply, names, 'public') && request());
  const core = time(() => bot.handle(request()!));
  const p99 = round(percentile(adapter, 99));
  return {
    name: 'slack: adapter work per /quote (parse + Block Kit)',
    p50Ms: round(percentile(adapter, 50)),
    p99Ms: p99,
    baseline: {
      name: 'core Bot.handle',
      p50Ms: round(percentile(core, 50)),
      ratio: round(percentile(adapter, 50) / percentile(core, 50), 2),
    },
    target: 'p99 < 0.1 ms',
    ok: p99 < 0.1,
  };
}

export async function benchSlack(): Promise<BenchRow[]> {
  const { child, ours: oursUrl, bare: bareUrl } = await startServers();
  const pid = child.pid;
  const slice = SECONDS / ROUNDS;
  try {
    await load(bareUrl, 'bare', 1, pid);
    await load(oursUrl, 'ours', 1, pid);
    const bareRounds: Round[] = [];
    const oursRounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Each pair in turn order, so that neither side always follows the other.
      if (i % 2 === 0) bareRounds.push(await load(bareUrl, 'bare', slice, pid));
      oursRounds.push(await load(oursUrl, 'ours', slice, pid));
      if (i % 2 === 1) bareRounds.push(await load(bareUrl, 'bare', slice, pid));
    }
    if (asked.ours > QUERIES.length) {
      throw new Error(
        `slack bench: quotebot was asked ${asked.ours} queries of ${QUERIES.length}: some twice`,
      );
    }
    const bare = summarise(bareRounds, SECONDS);
    const ours = summarise(oursRounds, SECONDS);
    const ratio = median(oursRounds.map((r, i) => r.requests / bareRounds[i]!.requests));
    const cpu =
      ours.cpuUsPerRequest === undefined || bare.cpuUsPerRequest === undefined
        ? {}
        : {
            cpuUsPerRequest: round(ours.cpuUsPerRequest, 1),
            bareCpuUsPerRequest: round(bare.cpuUsPerRequest, 1),
            cpuCapacityRatio: round(bare.cpuUsPerRequest / ours.cpuUsPerRequest, 3),
          };
    return [
      adapterShare(),
      {
        name: `slack http: signed /quote, unseen queries (${CONNECTIONS} connections, ${SECONDS} s a side)`,
        p50Ms: ours.p50Ms,
        p99Ms: ours.p99Ms,
        baseline: {
          name: 'bare Bolt acking a constant',
          p50Ms: bare.p50Ms,
          ratio: round(ours.p50Ms / Math.max(bare.p50Ms, 0.001), 2),
        },
        target: `req/s ≥ 70% of bare (${Math.round(ours.reqPerSec)} vs ${Math.round(bare.reqPerSec)}: ${Math.round(ratio * 100)}%)`,
        ok: ratio >= 0.7,
        extra: {
          reqPerSec: round(ours.reqPerSec, 1),
          bareReqPerSec: round(bare.reqPerSec, 1),
          throughputRatio: round(ratio, 3),
          bareP99Ms: bare.p99Ms,
          requests: ours.requests,
          distinctQueries: QUERIES.length,
          queriesAsked: asked.ours,
          ...cpu,
        },
      },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
