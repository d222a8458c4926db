import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCooldownGate, MemoryCooldownStore } from '../../../src/index.js';
import { injectorFor, startOnFake, textOf, type Running } from './harness.js';

describe.each(['socket', 'http'] as const)(
  'per-user cooldowns on Slack, %s mode (real Bolt, fake Slack)',
  (mode) => {
    /** A clock the test moves by hand, so waits are exact and the test never sleeps. */
    let now = Date.UTC(2026, 0, 1);
    let run: Running;
    let inject: ReturnType<typeof injectorFor>;

    beforeAll(async () => {
      const gate = createCooldownGate(new MemoryCooldownStore(), { now: () => new Date(now) });
      run = await startOnFake(mode, {}, { cooldowns: gate });
      inject = injectorFor(run, mode);
    });
    afterAll(async () => {
      await run?.stop();
    });

    it('given a second /quote within 3 s then the ack is an ephemeral "slow down" and nothing goes to the channel', async () => {
      const first = await inject.command('/quote', 'election', 'U0COOL1');
      expect(first.body?.['response_type']).toBe('in_channel');
      const asked = run.bot.requests.length;
      const posts = run.slack.callsTo('chat.postMessage').length;
      now += 500;
      const second = await inject.command('/quote', 'election', 'U0COOL1');
      expect(second.late).toBe(false);
      expect(second.body?.['response_type']).toBe('ephemeral');
      expect(textOf(second.body?.['blocks'])).toBe('Slow down: you can use `/quote` again in 3 seconds.');
      expect(second.body?.['text']).toBe('Slow down: you can use /quote again in 3 seconds.');
      expect(run.bot.requests.length).toBe(asked);
      expect(run.slack.callsTo('chat.postMessage').length).toBe(posts);
      // Another user is not held; the first is free again once the 3 s are over.
      expect((await inject.command('/quote', 'election', 'U0COOL2')).body?.['response_type']).toBe(
        'in_channel',
      );
      now += 2_500;
      expect((await inject.command('/quote', 'election', 'U0COOL1')).body?.['response_type']).toBe(
        'in_channel',
      );
    });

    it('given a second /summary within 10 s then the wait is private and names the summary command', async () => {
      await inject.command('/summary', '', 'U0COOL3');
      now += 1_000;
      const second = await inject.command('/summary', '', 'U0COOL3');
      expect(second.body?.['response_type']).toBe('ephemeral');
      expect(textOf(second.body?.['blocks'])).toBe('Slow down: you can use `/summary` again in 9 seconds.');
    });

    it('given help and articles in a row then they are never held', async () => {
      for (let i = 0; i < 3; i++) {
        const articles = await inject.command('/articles', '', 'U0COOL4');
        expect(textOf(articles.body?.['blocks'])).not.toContain('Slow down');
      }
    });
  },
);
