import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuoteButton, storedQueryKey } from '../../../adapters/discord/button-state.js';
import {
  encodePick,
  decodePick,
  storedPickKey,
  type QuotePick,
} from '../../../adapters/discord/query-pick.js';
import { StateStore, type QuoteQuery } from '../../../adapters/discord/state-store.js';
import { MemorySharedState } from '../../../adapters/shared/memory-shared-state.js';
import type { SharedState } from '../../../adapters/shared/shared-state.js';
import { PostgresSharedState } from '../../../runtime/store/postgres-shared-state.js';
import { openPostgres, type PostgresPool } from '../../../runtime/store/postgres.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../../helpers/postgres.js';

const LONG =
  'what did the article say about the election and the negotiations with north korea in the spring';
const failOnError = (error: unknown) => {
  throw error;
};

/** Two processes' stores: each its own memory, one shared state between them. */
function twoProcesses(shared: SharedState) {
  const options = (namespace: string) => ({ state: shared, namespace, onError: failOnError });
  return {
    a: {
      buttons: new StateStore<QuoteQuery>(5000, options('q')),
      picks: new StateStore<QuotePick>(5000, options('p')),
    },
    b: {
      buttons: new StateStore<QuoteQuery>(5000, options('q')),
      picks: new StateStore<QuotePick>(5000, options('p')),
    },
  };
}

async function clickOnTheOther(shared: SharedState): Promise<void> {
  const { a, b } = twoProcesses(shared);
  // A "Next match" button (position 1, private) whose query did not fit: its custom_id holds the key.
  const id = `q:n:1:01:~${a.buttons.put({ query: LONG, article: undefined })}:`;
  expect(id.length).toBeLessThanOrEqual(100);
  // Not in b's memory: only the shared state has it (its write started when the id was made).
  expect(readQuoteButton(id, b.buttons)).toBe('expired');
  await expect
    .poll(async () => {
      await b.buttons.load(storedQueryKey(id)!);
      return readQuoteButton(id, b.buttons);
    })
    .toMatchObject({ private: true, request: { query: LONG, position: 1 } });

  const value = encodePick({ query: LONG, hit: 3 }, a.picks);
  await expect
    .poll(async () => {
      await b.picks.load(storedPickKey(value)!);
      return decodePick(value, b.picks);
    })
    .toEqual({ query: LONG, hit: 3 });
}

describe('Discord state too long for a custom_id, with a shared state', () => {
  it('given a button made by one process then a click on another process reads its query (in memory)', async () => {
    await clickOnTheOther(new MemorySharedState());
  });

  it('given no shared state then keys are still random, so two processes never hand out the same one', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => new StateStore<number>().put(1)));
    expect(keys.size).toBe(1000);
  });
});

const skip = postgresMissing('Discord state shared through PostgreSQL');
let server: TestPostgres;
let pool: PostgresPool;
beforeAll(async () => {
  if (skip) return;
  server = await startTestPostgres();
  pool = openPostgres(await server.newDatabase());
}, 120_000);
afterAll(async () => {
  await pool?.end();
  server?.stop();
});

describe.skipIf(skip)('Discord state shared through PostgreSQL', () => {
  it('given a button made by one process then a click on another process reads its query', async () => {
    await clickOnTheOther(await PostgresSharedState.on(pool));
  });
});
