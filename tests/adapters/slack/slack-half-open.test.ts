import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { injectorFor, startOnFake, textOf } from './harness.js';

/** Polls until `condition` holds; returns the milliseconds it took, or fails after `timeoutMs`. */
async function msUntil(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await delay(20);
  }
  return performance.now() - started;
}

describe('Slack Socket Mode: a half-open link (real Bolt Socket Mode client, fake Slack)', () => {
  it('given the link stops answering without closing then the bot opens a new one within 5 s and answers on it', async () => {
    const run = await startOnFake('socket');
    try {
      const inject = injectorFor(run, 'socket');
      expect(textOf((await inject.command('/quote', 'election')).body?.['blocks'])).toContain('*election*');
      const opened = run.slack.callsTo('apps.connections.open').length;
      run.slack.socket.halfOpen();
      expect(run.slack.socket.liveConnectionCount()).toBe(0);
      const ms = await msUntil(() => run.slack.socket.liveConnectionCount() === 1, 10_000);
      expect(ms).toBeLessThanOrEqual(5000);
      expect(run.slack.callsTo('apps.connections.open').length).toBe(opened + 1);
      const after = await inject.command('/quote', 'election');
      expect(after.late).toBe(false);
      expect(textOf(after.body?.['blocks'])).toContain('*election*');
    } finally {
      await run.stop();
    }
  });

  it('given a healthy link for 4 s then the ping timing does not replace it', async () => {
    const run = await startOnFake('socket');
    try {
      await delay(4000);
      expect(run.slack.callsTo('apps.connections.open').length).toBe(1);
      expect(run.slack.socket.liveConnectionCount()).toBe(1);
    } finally {
      await run.stop();
    }
  });
});
