/**
 * `npm run bench:load`: a burst of 1,000 Slack interactions (app mentions with distinct queries, sent all
 * at once over HTTP) answered by the real bot processes (`dist/runtime/main.js`, Slack HTTP mode) on the
 * fake Slack. Candidate: 2 instances on one PostgreSQL (a throwaway server), half the burst to each.
 * Baseline, in the same run: 1 instance with SQLite in DATA_DIR. Each mention goes through the store
 * (its event id is claimed there before answering). Measured from dispatch to the reply's
 * `chat.postMessage` at the fake: p50, p99, unanswered (no reply within 30 s), late (reply or HTTP
 * answer after 3 s). Target: 0 unanswered, 0 late, p99 within 2× of the baseline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../tests/fakes/slack/index.js';
import { signedHeaders } from '../tests/fakes/slack/signing.js';
import { postgresMissing, startTestPostgres } from '../tests/helpers/postgres.js';
import { freePort, startBotProcess, type BotProcess } from '../tests/helpers/processes.js';
import { percentile, printTable, round, type BenchRow } from './bench-row.js';
import { libraryQueries } from './library-queries.js';

const ROOT = join(import.meta.dirname, '..');
const BURST = 1000;
const LATE_MS = 3000;
const GIVE_UP_MS = 30_000;

interface Run {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly unanswered: number;
  readonly late: number;
  /** Deliveries not answered 200 (connection failed, or an HTTP error). */
  readonly refused: number;
}

/**
 * Posts one signed event delivery as Slack does, on its own connection (Slack's deliveries do not share
 * a kept-alive socket with each other); resolves with the HTTP status and when the answer came, or with
 * status 0 when the connection failed.
 */
function deliver(url: string, body: string, secret: string): Promise<{ status: number; at: number }> {
  return new Promise((resolve) => {
    const request = httpRequest(
      url,
      { method: 'POST', agent: false, headers: signedHeaders(secret, body, 'application/json') },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, at: Date.now() }));
      },
    );
    request.on('error', () => resolve({ status: 0, at: Date.now() }));
    request.end(body);
  });
}

async function burst(slack: FakeSlack, urls: readonly string[], queries: readonly string[]): Promise<Run> {
  slack.reset();
  const run = Date.now().toString(36);
  const sent = queries.map((query, index) => {
    const event = slack.build.appMention({ text: `<@${slack.botUserId}> quote ${query}` });
    const body = slack.build.eventCallback(event, { eventId: `Ev0LOAD${run}${index}` });
    return { ts: String(event['ts']), url: urls[index % urls.length]!, body: JSON.stringify(body) };
  });
  const started = new Map<string, number>();
  const answers = await Promise.all(
    sent.map(({ ts, url, body }) => {
      const at = Date.now();
      started.set(ts, at);
      return deliver(url, body, slack.signingSecret).then((answer) => ({
        ...answer,
        late: answer.at - at > LATE_MS,
      }));
    }),
  );
  const deadline = Date.now() + GIVE_UP_MS;
  const replyAt = new Map<string, number>();
  while (Date.now() < deadline) {
    for (const call of slack.callsTo('chat.postMessage')) {
      const ts = call.args['thread_ts'];
      if (typeof ts === 'string' && !replyAt.has(ts)) replyAt.set(ts, call.at);
    }
    if (replyAt.size >= sent.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const latencies = [...started].flatMap(([ts, at]) => (replyAt.has(ts) ? [replyAt.get(ts)! - at] : []));
  return {
    p50Ms: round(percentile(latencies, 50), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    unanswered: sent.length - latencies.length,
    // An interaction is late when its HTTP answer or its reply came after 3 s.
    late: sent.filter(({ ts }, index) => {
      const replied = replyAt.get(ts);
      return answers[index]!.late || (replied !== undefined && replied - started.get(ts)! > LATE_MS);
    }).length,
    refused: answers.filter((answer) => answer.status !== 200).length,
  };
}

/** One bot process in Slack HTTP mode on the fake, listening on `port`. */
const running: BotProcess[] = [];
async function instance(slack: FakeSlack, port: number, env: Record<string, string>): Promise<BotProcess> {
  const started = await startBotProcess(
    {
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_API_URL: slack.apiUrl,
      SLACK_SIGNING_SECRET: slack.signingSecret,
      LOG_LEVEL: 'info',
      PORT: String(port),
      ...env,
    },
    'slack adapter started',
  );
  running.push(started);
  return started;
}

async function stop(running: readonly BotProcess[]): Promise<void> {
  for (const process of running) process.child.kill('SIGTERM');
  await Promise.all(running.map((process) => process.exited));
}

const urlsOf = (running: readonly BotProcess[], ports: readonly number[]) =>
  running.map((_, index) => `http://127.0.0.1:${ports[index]}/slack/events`);

async function main(): Promise<void> {
  if (postgresMissing('bench:load')) process.exit(1);
  const slack = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-load-'));
  const server = await startTestPostgres();
  try {
    // Baseline: one instance, SQLite in DATA_DIR.
    const ports1 = [await freePort()];
    const one = [await instance(slack, ports1[0]!, { DATA_DIR: join(dir, 'data') })];
    await burst(slack, urlsOf(one, ports1), libraryQueries(50, 50_000)); // warm-up, not timed
    const sqlite = await burst(slack, urlsOf(one, ports1), libraryQueries(BURST, 0));
    await stop(one);

    // Candidate: two instances on one PostgreSQL, half the burst to each.
    const databaseUrl = await server.newDatabase();
    const ports2 = [await freePort(), await freePort()];
    const two = await Promise.all(
      ports2.map((port) =>
        instance(slack, port, { DATA_DIR: join(dir, 'data2'), DATABASE_URL: databaseUrl }),
      ),
    );
    await burst(slack, urlsOf(two, ports2), libraryQueries(50, 60_000));
    const postgres = await burst(slack, urlsOf(two, ports2), libraryQueries(BURST, 1000));
    await stop(two);

    const rowOf = (name: string, run: Run, baseline?: Run): BenchRow => ({
      name,
      p50Ms: run.p50Ms,
      p99Ms: run.p99Ms,
      ...(baseline === undefined
        ? {}
        : {
            baseline: {
              name: 'sqlite ×1',
              p50Ms: baseline.p50Ms,
              ratio: round(run.p99Ms / baseline.p99Ms, 2),
            },
          }),
      target:
        baseline === undefined
          ? '0 unanswered, 0 late (baseline)'
          : '0 unanswered, 0 late, p99 ≤ 2× baseline p99 (ratio is p99/p99)',
      ok:
        run.unanswered === 0 && run.late === 0 && (baseline === undefined || run.p99Ms <= 2 * baseline.p99Ms),
      extra: { burst: BURST, unanswered: run.unanswered, late: run.late, refused: run.refused },
    });
    const rows = [
      rowOf('load: 1,000 mentions, 1 instance, SQLite', sqlite),
      rowOf('load: 1,000 mentions, 2 instances, PostgreSQL', postgres, sqlite),
    ];
    printTable(rows);
    const out = join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const json = { date: new Date().toISOString(), node: process.version, rows };
    writeFileSync(join(out, 'load.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(JSON.stringify(json));
  } finally {
    for (const bot of running) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    server.stop();
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
