import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySharedState } from '../../adapters/shared/memory-shared-state.js';
import { PostgresSharedState } from '../../runtime/store/postgres-shared-state.js';
import { openPostgres } from '../../runtime/store/postgres.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { describeSharedStateContract } from '../helpers/shared-state-contract.js';

describeSharedStateContract('MemorySharedState', {
  create: async () => ({ state: new MemorySharedState(), dispose: () => {} }),
});

const skip = postgresMissing('PostgresSharedState');
let server: TestPostgres;
beforeAll(async () => {
  if (!skip) server = await startTestPostgres();
}, 120_000);
afterAll(() => server?.stop());

describe.skipIf(skip)('PostgresSharedState on a real server', () => {
  describeSharedStateContract('PostgresSharedState', {
    create: async () => {
      const pool = openPostgres(await server.newDatabase());
      return { state: await PostgresSharedState.on(pool), dispose: () => pool.end() };
    },
  });

  it('given two processes sharing the database then a key claimed by one is refused to the other until it expires', async () => {
    const url = await server.newDatabase();
    const [a, b] = [openPostgres(url), openPostgres(url)];
    const [one, two] = await Promise.all([PostgresSharedState.on(a), PostgresSharedState.on(b)]);
    expect(await one.claimKeys(['event:Ev1'], 300)).toBe(true);
    expect(await two.claimKeys(['event:Ev1'], 300)).toBe(false);
    await one.putEntry('q:k1', 'v', 300);
    expect(await two.getEntry('q:k1')).toBe('v');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await two.getEntry('q:k1')).toBeUndefined();
    expect(await two.claimKeys(['event:Ev1'], 300)).toBe(true);
    await Promise.all([a.end(), b.end()]);
  });
});
