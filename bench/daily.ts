import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DailyService,
  InMemoryDailyStore,
  Library,
  WEEKDAYS,
  type DailyPoster,
  type DailyStore,
} from '../src/index.js';
import { loadContentDir } from '../runtime/content-dir.js';
import { SqliteDailyStore } from '../runtime/daily/sqlite-store.js';
import { percentile, round, type BenchRow } from './bench-row.js';

const CHANNELS = 1000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'];

/** Fills a store with `CHANNELS` schedules spread over timezones and times (none due at 00:30 UTC). */
async function fill(store: DailyStore): Promise<void> {
  for (let i = 0; i < CHANNELS; i++) {
    await store.saveSchedule({
      platform: 'discord',
      channelId: String(100000000000000000n + BigInt(i)),
      workspaceId: null,
      time: `${String(9 + (i % 3)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      timezone: ZONES[i % ZONES.length]!,
      days: [...WEEKDAYS],
      article: null,
      enabled: true,
      pausedReason: null,
      updatedAt: '2020-01-01T00:00:00.000Z',
      updatedBy: null,
    });
  }
}

async function measure(label: string, store: DailyStore, library: Library): Promise<BenchRow[]> {
  await fill(store);
  const poster: DailyPoster = {
    platform: 'discord',
    nonceWindowMs: 0,
    post: async (request) => ({ ok: true, messageId: request.nonce }),
  };
  let now = Date.parse('2026-06-01T00:30:00Z');
  const service = new DailyService({
    store,
    library,
    posters: () => poster,
    clock: { now: () => new Date(now) },
    sleep: async () => {},
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    claimant: { id: 'bench', isAlive: () => undefined },
  });
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await service.runDue(new Date(now));
    idle.push(performance.now() - start);
  }
  // 12:00 UTC: the times of most zones have passed today, inside the catch-up window.
  now = Date.parse('2026-06-01T12:00:00Z');
  const start = performance.now();
  const report = await service.runDue(new Date(now));
  const posting = performance.now() - start;
  const posted = report.outcomes.filter((outcome) => outcome.status === 'posted').length;
  return [
    {
      name: `daily tick, ${CHANNELS} schedules, nothing due (${label})`,
      p50Ms: round(percentile(idle, 50)),
      p99Ms: round(percentile(idle, 99)),
      target: 'p50 < 50 ms',
      ok: percentile(idle, 50) < 50,
    },
    {
      name: `daily run posting ${posted} channels (${label})`,
      p50Ms: round(posting),
      p99Ms: round(posting),
      target: '< 2000 ms',
      ok: posting < 2000,
      extra: { posted },
    },
  ];
}

/** The per-minute cost of the scheduler and the cost of a run that posts to many channels. */
export async function benchDaily(): Promise<BenchRow[]> {
  const { articles } = loadContentDir(join(import.meta.dirname, '../content'));
  const library = Library.create(articles);
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-bench-daily-'));
  const sqlite = SqliteDailyStore.open(dir);
  try {
    return [
      ...(await measure('memory', new InMemoryDailyStore(), library)),
      ...(await measure('SQLite', sqlite, library)),
    ];
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
