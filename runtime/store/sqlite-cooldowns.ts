import type { CooldownStore } from '../../src/index.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import { migrate, type Migration } from './migrations.js';

/** The cooldowns schema, scope `cooldowns` in `schema_migrations`. Append steps; never edit one. */
export const COOLDOWN_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'per-user command cooldowns',
    sql: `
      CREATE TABLE cooldowns (
        key TEXT PRIMARY KEY,
        until_ms INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];

/**
 * Cooldowns in the bot's SQLite database (DATA_DIR/quotebot.db), so processes sharing the file share
 * them. Each take is one `BEGIN IMMEDIATE` transaction: two processes taking the same key at once
 * admit one. Expired rows are deleted every `sweepEvery` takes.
 */
export class SqliteCooldownStore implements CooldownStore {
  private takes = 0;
  private readonly takeKey: (key: string, nowMs: number, untilMs: number) => number;
  private readonly sweep: (nowMs: number) => void;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly sweepEvery = 1000,
  ) {
    migrate(db, 'cooldowns', COOLDOWN_MIGRATIONS);
    const read = db.prepare<[string], { until_ms: number }>('SELECT until_ms FROM cooldowns WHERE key = ?');
    const write = db.prepare<[string, number]>(
      'INSERT INTO cooldowns (key, until_ms) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET until_ms = excluded.until_ms',
    );
    const expired = db.prepare<[number]>('DELETE FROM cooldowns WHERE until_ms <= ?');
    const take = db.transaction((key: string, nowMs: number, untilMs: number): number => {
      const held = read.get(key)?.until_ms;
      if (held !== undefined && held > nowMs) return held - nowMs;
      write.run(key, untilMs);
      return 0;
    });
    this.takeKey = (key, nowMs, untilMs) => take.immediate(key, nowMs, untilMs);
    this.sweep = (nowMs) => void expired.run(nowMs);
  }

  /** Opens (creating on first use) the database in `dataDir`. */
  static open(dataDir: string): SqliteCooldownStore {
    return new SqliteCooldownStore(openDatabase(dataDir));
  }

  take(key: string, nowMs: number, untilMs: number): Promise<number> {
    if (++this.takes % this.sweepEvery === 0) this.sweep(nowMs);
    return Promise.resolve(this.takeKey(key, nowMs, untilMs));
  }

  /** How many keys are stored (for tests). */
  get size(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM cooldowns').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
