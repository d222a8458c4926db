import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/index.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { SNAPSHOT_FILE } from '../runtime/snapshot/snapshot-file.js';
import { percentile, round } from './bench-row.js';
import { seededRandom } from '../src/daily/prng.js';
import { corpusOf } from './scale-corpus.js';
import { queriesFor } from './scale-queries.js';

/** The libraries whose start-up `bench:scale` measures (`--startup`). */
export const STARTUP_LIBRARIES = {
  /** The 233 addresses as they are. */
  sotu: { label: '233 articles (SOTU)', build: (real: readonly Article[]) => [...real] },
  /** 10,000 articles: the addresses, then generated articles of 40 sentences (a long news article). */
  '10k': {
    label: '10,000 articles',
    build: (real: readonly Article[]) => {
      const sentences = real.reduce((sum, article) => sum + article.sentences.length, 0);
      return corpusOf(real, sentences + (10_000 - real.length) * 40, 7, 40);
    },
  },
  /** A million sentences, generated as the search rows' 1M size is. */
  '1m': { label: '1M sentences', build: (real: readonly Article[]) => corpusOf(real, 1_000_000) },
} as const;
export type StartupName = keyof typeof STARTUP_LIBRARIES;

export interface StartupResult {
  readonly library: StartupName;
  readonly label: string;
  readonly articles: number;
  readonly sentences: number;
  readonly contentMb: number;
  readonly snapshotMb: number;
  /** The first CLI query: every file parsed, the snapshot built and saved. */
  readonly firstCliMs: number;
  /** CLI queries (distinct) with the snapshot current, and bare `node -e 0`, interleaved: medians. */
  readonly cliMs: number;
  readonly bareNodeMs: number;
  /** Bot start (snapshot, holder, bot) to its first answer, from process start; bare node likewise. */
  readonly botReadyMs: number;
  readonly bareNodeReadyMs: number;
  readonly rssMb: number;
  readonly queryP50Ms: number;
  readonly queryP99Ms: number;
  /** One file changed while the bot runs: until a search finds its new words (watcher included). */
  readonly pickupMs: number | null;
}

const RUNS = 5;
const CHILD = join(PACKAGE_ROOT, 'dist/bench/startup-child.js');
const BIN = join(PACKAGE_ROOT, 'bin/quotebot.js');

function markdownOf(article: Article): string {
  const { meta } = article;
  return [
    '---',
    `title: ${JSON.stringify(meta.title)}`,
    `author: ${JSON.stringify(meta.author)}`,
    `publication: ${JSON.stringify(meta.publication)}`,
    `date: ${meta.date}`,
    `tags: ${JSON.stringify(meta.tags)}`,
    '---',
    '',
    article.body,
    '',
  ].join('\n');
}

function wallMs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): { ms: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  return { ms, stdout: child.stdout };
}

const median = (samples: readonly number[]): number => round(percentile(samples, 50), 0);

/** Writes the library as content files and measures the CLI and the bot starting on it. */
export function measureStartup(
  name: StartupName,
  real: readonly Article[],
  log: (line: string) => void,
): StartupResult {
  const spec = STARTUP_LIBRARIES[name];
  const articles = spec.build(real);
  const root = mkdtempSync(join(tmpdir(), 'quotebot-startup-'));
  const content = join(root, 'content');
  const data = join(root, 'data');
  mkdirSync(content);
  let bytes = 0;
  for (const article of articles) {
    const text = markdownOf(article);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(content, `${article.slug}.md`), text);
  }
  const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  // Distinct queries (words of random sentences): never the same one twice across the runs.
  const queries = queriesFor(
    articles.flatMap((article) => article.sentences.slice(0, 40)),
    4,
    seededRandom(sentences),
  ).filter((query) => query.kind === 'words' || query.kind === 'phrase');
  const env = { ...process.env, CONTENT_DIR: content, DATA_DIR: data, NO_COLOR: '1', LOG_LEVEL: 'silent' };
  try {
    log(`${spec.label}: first CLI query (parses ${articles.length} files, builds the snapshot)…`);
    const first = wallMs([BIN, 'quote', queries[0]!.query, '--json'], env, root);
    const cli: number[] = [];
    const bare: number[] = [];
    for (let i = 1; i <= RUNS; i++) {
      bare.push(wallMs(['-e', '0'], env, root).ms);
      cli.push(wallMs([BIN, 'quote', queries[i % queries.length]!.query, '--json'], env, root).ms);
    }
    log(`${spec.label}: bot start…`);
    const bots: { readyMs: number; rssMb: number; p50Ms: number; p99Ms: number; index: string }[] = [];
    const bareReady: number[] = [];
    for (let i = 0; i < 3; i++) {
      bareReady.push(
        Number(wallMs(['-e', 'process.stdout.write(String(performance.now()))'], env, root).stdout),
      );
      const query = queries[(RUNS + 1 + i) % queries.length]!.query;
      const { stdout } = wallMs([CHILD, 'bot', content, data, query, '100'], env, root);
      bots.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as (typeof bots)[number]);
    }
    if (bots.some((bot) => bot.index !== 'loaded'))
      throw new Error(`the bot did not start from the snapshot`);
    const snapshotMb = statSync(join(data, SNAPSHOT_FILE)).size / 1e6;
    let pickupMs: number | null = null;
    if (name !== '1m') {
      log(`${spec.label}: one file changed while the bot runs…`);
      const { stdout } = wallMs([CHILD, 'pickup', content, data, queries[0]!.query, '0'], env, root);
      pickupMs = (JSON.parse(stdout.trim()) as { pickupMs: number }).pickupMs;
    }
    const byReady = [...bots].sort((a, b) => a.readyMs - b.readyMs);
    const mid = byReady[Math.floor(byReady.length / 2)]!;
    return {
      library: name,
      label: spec.label,
      articles: articles.length,
      sentences,
      contentMb: round(bytes / 1e6, 1),
      snapshotMb: round(snapshotMb, 1),
      firstCliMs: round(first.ms, 0),
      cliMs: median(cli),
      bareNodeMs: median(bare),
      botReadyMs: mid.readyMs,
      bareNodeReadyMs: median(bareReady),
      rssMb: mid.rssMb,
      queryP50Ms: mid.p50Ms,
      queryP99Ms: Math.max(...bots.map((bot) => bot.p99Ms)),
      pickupMs,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The start-up rows, one per library. */
export function printStartupTable(results: readonly StartupResult[]): void {
  const header = [
    'library',
    'articles',
    'sentences',
    'content MB',
    'snapshot MB',
    'first CLI ms',
    'CLI ms',
    'bare node ms',
    'bot ready ms',
    'bare node ms',
    'RSS MB',
    'p50 / p99 ms',
    'pickup ms',
  ];
  const lines = results.map((r) => [
    r.label,
    String(r.articles),
    String(r.sentences),
    String(r.contentMb),
    String(r.snapshotMb),
    String(r.firstCliMs),
    String(r.cliMs),
    String(r.bareNodeMs),
    String(r.botReadyMs),
    String(r.bareNodeReadyMs),
    String(r.rssMb),
    `${r.queryP50Ms} / ${r.queryP99Ms}`,
    r.pickupMs === null ? '–' : String(r.pickupMs),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

/** The start-up targets, checked against this run. */
export function startupTargetsOf(
  results: readonly StartupResult[],
): { name: string; value: string; ok: boolean }[] {
  const targets: { name: string; value: string; ok: boolean }[] = [];
  const of = (name: StartupName): StartupResult | undefined => results.find((r) => r.library === name);
  const sotu = of('sotu');
  if (sotu) {
    const over = sotu.cliMs - sotu.bareNodeMs;
    targets.push({
      name: '233 articles: CLI query ≤ bare node + 400 ms (snapshot current)',
      value: `${sotu.cliMs} ms vs bare node ${sotu.bareNodeMs} ms (+${over} ms)`,
      ok: over <= 400,
    });
  }
  const tenK = of('10k');
  if (tenK) {
    targets.push({
      name: '10,000 articles: bot answers ≤ 3 s from start (snapshot current)',
      value: `${tenK.botReadyMs} ms (bare node ${tenK.bareNodeReadyMs} ms)`,
      ok: tenK.botReadyMs <= 3000,
    });
    targets.push({
      name: '10,000 articles: one changed file searchable ≤ 1 s',
      value: `${tenK.pickupMs} ms (watcher's 250 ms debounce included)`,
      ok: tenK.pickupMs !== null && tenK.pickupMs <= 1000,
    });
  }
  const oneM = of('1m');
  if (oneM) {
    targets.push({
      name: '1M sentences: RSS ≤ 600 MB after load',
      value: `${oneM.rssMb} MB`,
      ok: oneM.rssMb <= 600,
    });
    targets.push({
      name: '1M sentences: query p99 ≤ 50 ms (loaded from the snapshot)',
      value: `${oneM.queryP99Ms} ms`,
      ok: oneM.queryP99Ms <= 50,
    });
  }
  return targets;
}
