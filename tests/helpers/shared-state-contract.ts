import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SharedState } from '../../adapters/shared/shared-state.js';

/** A fresh shared state, and how to dispose of it. */
export interface SharedStateFactory {
  create(): Promise<{ state: SharedState; dispose(): Promise<void> | void }>;
}

/** The behaviour every `SharedState` must have; run by each implementation's test file. */
export function describeSharedStateContract(name: string, factory: SharedStateFactory): void {
  describe(`${name} (SharedState contract)`, () => {
    let state: SharedState;
    let dispose: () => Promise<void> | void;
    beforeEach(async () => {
      ({ state, dispose } = await factory.create());
    });
    afterEach(() => dispose());

    it('given keys claimed then claiming any of them again is refused, and nothing new is marked', async () => {
      expect(await state.claimKeys(['event:E1', 'message:C1:1'], 60_000)).toBe(true);
      expect(await state.claimKeys(['event:E2', 'message:C1:1'], 60_000)).toBe(false);
      expect(await state.claimKeys(['event:E2'], 60_000)).toBe(true);
    });

    it('given released keys then they can be claimed again', async () => {
      expect(await state.claimKeys(['event:E1'], 60_000)).toBe(true);
      await state.releaseKeys(['event:E1']);
      expect(await state.claimKeys(['event:E1'], 60_000)).toBe(true);
    });

    it('given concurrent claims of one key then exactly one wins', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => state.claimKeys([`event:X`, `message:${i}`], 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('given an entry then it reads back; an unknown key reads undefined', async () => {
      await state.putEntry('q:abc', '{"query":"tides"}', 60_000);
      expect(await state.getEntry('q:abc')).toBe('{"query":"tides"}');
      expect(await state.getEntry('q:nope')).toBeUndefined();
    });
  });
}
