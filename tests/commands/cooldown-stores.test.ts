import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySharedState } from '../../adapters/shared/memory-shared-state.js';
import { MemoryCooldownStore } from '../../src/index.js';
import { SharedStateCooldownStore } from '../../runtime/store/shared-cooldowns.js';
import { openDatabase } from '../../runtime/store/database.js';
import { SqliteCooldownStore } from '../../runtime/store/sqlite-cooldowns.js';
import { describeCooldownStoreContract } from './cooldown-store-contract.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-cooldowns-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeCooldownStoreContract('MemoryCooldownStore', {
  create: (sweepEvery) => {
    const store = new MemoryCooldownStore(sweepEvery);
    return { store, size: () => store.size, dispose: () => undefined };
  },
});

describeCooldownStoreContract('SqliteCooldownStore', {
  create: (sweepEvery) => {
    const store = new SqliteCooldownStore(openDatabase(tempDir()), sweepEvery);
    return { store, size: () => store.size, dispose: () => store.close() };
  },
});

describe('SqliteCooldownStore shared by two processes', () => {
  it('given two connections to one DATA_DIR then a key held by one is held for the other', async () => {
    const dir = tempDir();
    const first = SqliteCooldownStore.open(dir);
    const second = SqliteCooldownStore.open(dir);
    try {
      expect(await first.take('quote:slack:T1:U1', 1_000, 4_000)).toBe(0);
      expect(await second.take('quote:slack:T1:U1', 2_000, 5_000)).toBe(2_000);
    } finally {
      first.close();
      second.close();
    }
  });
});

describe('SharedStateCooldownStore (PostgreSQL when DATABASE_URL is set; here the in-memory shared state)', () => {
  it('given two instances on one shared state then a key held by one is held for the other, with the time left', async () => {
    const shared = new MemorySharedState();
    const first = new SharedStateCooldownStore(shared);
    const second = new SharedStateCooldownStore(shared);
    const now = Date.now();
    expect(await first.take('quote:discord:1', now, now + 3_000)).toBe(0);
    expect(await second.take('quote:discord:1', now + 1_000, now + 4_000)).toBe(2_000);
    expect(await second.take('quote:discord:2', now + 1_000, now + 4_000)).toBe(0);
  });
});
