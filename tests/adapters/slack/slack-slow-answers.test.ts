import { afterEach, describe, expect, it } from 'vitest';
import type { CardImage, CardPainter } from '../../../src/index.js';
import { injectorFor, startOnFake, textOf, type Running } from './harness.js';

/** A painter that gives up after `delayMs`: a card worker so busy that the card never comes. */
class StuckPainter implements CardPainter {
  constructor(private readonly delayMs: number) {}
  async paint(): Promise<CardImage> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    throw new Error('card worker timed out for the test');
  }
}

describe.each(['socket', 'http'] as const)(
  'a slow answer on Slack in %s mode (real Bolt, fake Slack)',
  (mode) => {
    let run: Running | undefined;
    afterEach(async () => {
      await run?.stop();
      run = undefined;
    });

    it('given /quote card:true whose card takes longer than 3 s, then the command is acked in time and the answer comes through response_url', async () => {
      run = await startOnFake(mode, {}, { cards: new StuckPainter(3500) });
      const started = Date.now();
      const answer = await injectorFor(run, mode).command('/quote', 'election card:true');
      expect(answer.late).toBe(false);
      expect(Date.now() - started).toBeLessThan(3000);
      const post = await run.slack.waitForResponse(answer.responseUrl, 10_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
      expect(post.body.response_type).toBe('in_channel');
      const text = textOf(post.body.blocks);
      expect(text).toContain('The card could not be drawn, so here is the quote as text.');
      expect(text).toContain('*election*');
      expect(run.slack.callsTo('chat.postMessage')).toEqual([]);
    }, 20_000);
  },
);
