import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CooldownStore } from '../../src/index.js';

/** A fresh store, how many keys it holds, and how to dispose of it. */
export interface CooldownStoreFactory {
  create(sweepEvery: number): { store: CooldownStore; size(): number; dispose(): void };
}

/** The behaviour every `CooldownStore` must have; run by each implementation's test file. */
export function describeCooldownStoreContract(name: string, factory: CooldownStoreFactory): void {
  describe(`${name} (CooldownStore contract)`, () => {
    let made: ReturnType<CooldownStoreFactory['create']>;
    beforeEach(() => {
      made = factory.create(4);
    });
    afterEach(() => made.dispose());

    it('given a free key then take holds it and answers 0', async () => {
      expect(await made.store.take('quote:u1', 1_000, 4_000)).toBe(0);
    });

    it('given a held key then take answers the milliseconds left and does not extend the hold', async () => {
      await made.store.take('quote:u1', 1_000, 4_000);
      expect(await made.store.take('quote:u1', 2_500, 5_500)).toBe(1_500);
      expect(await made.store.take('quote:u1', 3_999, 6_999)).toBe(1);
      expect(await made.store.take('quote:u1', 4_000, 7_000)).toBe(0);
    });

    it('given two keys then each is held apart', async () => {
      await made.store.take('quote:u1', 1_000, 4_000);
      expect(await made.store.take('quote:u2', 1_000, 4_000)).toBe(0);
      expect(await made.store.take('summary:u1', 1_000, 11_000)).toBe(0);
      expect(await made.store.take('summary:u1', 2_000, 12_000)).toBe(9_000);
    });

    it('given many takes then expired keys are swept, held ones kept', async () => {
      for (let user = 0; user < 8; user++) await made.store.take(`quote:u${user}`, 1_000, 2_000);
      await made.store.take('quote:late', 5_000, 9_000);
      for (let user = 0; user < 3; user++) await made.store.take(`summary:u${user}`, 5_000, 9_000);
      expect(made.size()).toBe(4);
      expect(await made.store.take('quote:late', 6_000, 10_000)).toBe(3_000);
    });
  });
}
