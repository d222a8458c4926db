import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, openPostgres, type PostgresPool } from '../../runtime/store/postgres.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';

const skip = postgresMissing('inTransaction');
let server: TestPostgres;
let pool: PostgresPool;
beforeAll(async () => {
  if (skip) return;
  server = await startTestPostgres();
  pool = openPostgres(await server.newDatabase());
  await pool.query('CREATE TABLE notes (text TEXT NOT NULL)');
}, 120_000);
afterAll(async () => {
  await pool?.end();
  server?.stop();
});

const notes = async (): Promise<string[]> =>
  (await pool.query<{ text: string }>('SELECT text FROM notes ORDER BY text')).rows.map((row) => row.text);
const write =
  (text: string) => async (client: { query(sql: string, values: unknown[]): Promise<unknown> }) => {
    await client.query('INSERT INTO notes (text) VALUES ($1)', [text]);
    return text;
  };

describe.skipIf(skip)('inTransaction on a real server', () => {
  it('given work that returns then what it wrote is committed, and its result returned', async () => {
    expect(await inTransaction(pool, write('kept'))).toBe('kept');
    expect(await notes()).toContain('kept');
  });

  it('given keep that does not hold of the result then what the work wrote is rolled back', async () => {
    expect(await inTransaction(pool, write('partial'), (text) => text !== 'partial')).toBe('partial');
    expect(await notes()).not.toContain('partial');
    expect(await inTransaction(pool, write('whole'), (text) => text === 'whole')).toBe('whole');
    expect(await notes()).toContain('whole');
  });

  it('given work that throws then it is rolled back and the error thrown', async () => {
    await expect(
      inTransaction(pool, async (client) => {
        await write('broken')(client);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await notes()).not.toContain('broken');
  });
});
