import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDailyStore } from '../../runtime/daily/sqlite-store.js';
import { DAILY_MIGRATIONS } from '../../runtime/daily/migrations.js';
import { openDatabase, DATABASE_FILE } from '../../runtime/store/database.js';
import { migrate, SchemaTooNewError } from '../../runtime/store/migrations.js';
import { describeDailyStoreContract } from './store-contract.js';
import { schedule } from './fakes.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeDailyStoreContract('SqliteDailyStore', {
  create: async () => {
    const store = SqliteDailyStore.open(tempDir());
    return { store, dispose: () => store.close() };
  },
});

describe('SqliteDailyStore on disk', () => {
  it('given a DATA_DIR that does not exist then it creates folder, file and schema in WAL mode', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const store = SqliteDailyStore.open(dir);
    store.close();
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT scope, version, name FROM schema_migrations ORDER BY version').all()).toEqual(
      DAILY_MIGRATIONS.map(({ version, name }) => ({ scope: 'daily', version, name })),
    );
    db.close();
  });

  it('given the store is reopened then schedules and posts are still there and migrations run once', async () => {
    const dir = tempDir();
    const first = SqliteDailyStore.open(dir);
    await first.saveSchedule(schedule({ channelId: 'c1' }));
    first.close();
    const second = SqliteDailyStore.open(dir);
    expect(await second.getSchedule({ platform: 'discord', channelId: 'c1' })).toEqual(
      schedule({ channelId: 'c1' }),
    );
    second.close();
    const db = openDatabase(dir);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: DAILY_MIGRATIONS.length,
    });
    db.close();
  });

  it('given a database from before cards then its schedules read as text posts and can be set to cards', async () => {
    const dir = tempDir();
    const old = openDatabase(dir);
    migrate(
      old,
      'daily',
      DAILY_MIGRATIONS.filter((migration) => migration.version === 1),
    );
    old
      .prepare(
        `INSERT INTO daily_schedules (platform, channel_id, workspace_id, time, timezone, days, article,
           enabled, updated_at) VALUES ('discord', 'c1', 'g1', '09:00', 'UTC', 'mon', NULL, 1, 'x')`,
      )
      .run();
    old.close();
    const store = SqliteDailyStore.open(dir);
    const before = await store.getSchedule({ platform: 'discord', channelId: 'c1' });
    expect(before?.card).toBe(false);
    await store.saveSchedule({ ...before!, card: true });
    expect((await store.getSchedule(before!))?.card).toBe(true);
    store.close();
  });

  it('given two connections to one file then a claim made on one is refused on the other', async () => {
    const dir = tempDir();
    const a = SqliteDailyStore.open(dir);
    const b = SqliteDailyStore.open(dir);
    const claim = {
      platform: 'slack',
      channelId: 'C1',
      localDate: '2026-03-29',
      passageId: 'tides#0',
      cycle: 0,
      nonce: 'n',
      trigger: 'schedule',
      status: 'sending',
      owner: 'a',
      leaseUntil: null,
      attempts: 0,
      blindResends: 0,
      scheduledAt: 'x',
      claimedAt: 'x',
      lastAttemptAt: null,
      confirmedAt: null,
      messageId: null,
      detail: null,
    } as const;
    expect((await a.claimPost(claim)).claimed).toBe(true);
    const other = await b.claimPost({ ...claim, owner: 'b' });
    expect(other).toMatchObject({ claimed: false, record: { owner: 'a' } });
    a.close();
    b.close();
  });

  it('given a database from a newer version then opening it fails with a clear error', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    migrate(db, 'daily', DAILY_MIGRATIONS);
    db.prepare("INSERT INTO schema_migrations VALUES ('daily', 99, 'future', 'x')").run();
    db.close();
    expect(() => SqliteDailyStore.open(dir)).toThrow(SchemaTooNewError);
  });
});
