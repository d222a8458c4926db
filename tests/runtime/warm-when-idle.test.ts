import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { warmWhenIdle } from '../../runtime/warm-when-idle.js';

const cancels: (() => void)[] = [];
afterEach(() => {
  for (const cancel of cancels.splice(0)) cancel();
});

/** Keeps the event loop busy (a few ms of work every few ms) until `until`. */
async function busyUntil(until: number): Promise<void> {
  while (Date.now() < until) {
    const end = Date.now() + 8;
    while (Date.now() < end) {
      // CPU-bound work, as a burst of requests would be.
    }
    await sleep(1);
  }
}

describe('warming up (the card worker, the search code) when the bot is idle', () => {
  it('given an idle event loop then the worker is warmed once, at the first check', async () => {
    let warmed = 0;
    cancels.push(warmWhenIdle(() => warmed++, { checkEveryMs: 50 }));
    await sleep(300);
    expect(warmed).toBe(1);
  });

  it('given a busy event loop then it waits, and warms once the loop is quiet', async () => {
    let warmed = 0;
    cancels.push(warmWhenIdle(() => warmed++, { checkEveryMs: 50 }));
    await busyUntil(Date.now() + 400);
    expect(warmed).toBe(0);
    await sleep(300);
    expect(warmed).toBe(1);
  });

  it('given a cancelled warm-up then the worker is never warmed', async () => {
    let warmed = 0;
    warmWhenIdle(() => warmed++, { checkEveryMs: 50 })();
    await sleep(200);
    expect(warmed).toBe(0);
  });
});
