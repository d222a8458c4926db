import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDailyStore } from '../../runtime/daily/postgres-store.js';
import { DAILY_POSTGRES_MIGRATIONS } from '../../runtime/daily/postgres-migrations.js';
import { SchemaTooNewError } from '../../runtime/store/migrations.js';
import { openPostgres } from '../../runtime/store/postgres.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { describeDailyStoreContract } from './store-contract.js';
import { schedule } from './fakes.js';

const skip = postgresMissing('PostgresDailyStore');
let server: TestPostgres;
beforeAll(async () => {
  if (!skip) server = await startTestPostgres();
}, 120_000);
afterAll(() => server?.stop());

describe.skipIf(skip)('PostgresDailyStore on a real server', () => {
  describeDailyStoreContract('PostgresDailyStore', {
    create: async () => {
      const pool = openPostgres(await server.newDatabase());
      const store = await PostgresDailyStore.on(pool);
      return { store, dispose: () => void pool.end() };
    },
  });

  it('given two pools starting together then migrations run once and both stores share posts', async () => {
    const url = await server.newDatabase();
    const [a, b] = [openPostgres(url), openPostgres(url)];
    const [storeA, storeB] = await Promise.all([PostgresDailyStore.on(a), PostgresDailyStore.on(b)]);
    const { rows } = await a.query('SELECT scope, version FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(DAILY_POSTGRES_MIGRATIONS.map((m) => ({ scope: 'daily', version: m.version })));
    await storeA.saveSchedule(schedule({ channelId: 'c1' }));
    expect(await storeB.getSchedule({ platform: 'discord', channelId: 'c1' })).toEqual(
      schedule({ channelId: 'c1' }),
    );
    await Promise.all([a.end(), b.end()]);
  });

  it('given a database from a newer version then opening it fails with a clear error', async () => {
    const pool = openPostgres(await server.newDatabase());
    await PostgresDailyStore.on(pool);
    await pool.query("INSERT INTO schema_migrations VALUES ('daily', 99, 'future', 'x')");
    await expect(PostgresDailyStore.on(pool)).rejects.toThrow(SchemaTooNewError);
    await pool.end();
  });
});
