import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySharedState } from '../../../adapters/shared/memory-shared-state.js';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { seedArticle } from '../../helpers/content.js';
import { startHarness, type Harness } from './harness.js';

/** A shared store that is down for reads: what a click on another process's long-query button meets. */
class UnreadableSharedState extends MemorySharedState {
  override getEntry(): Promise<string | undefined> {
    return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  }
}

let harness: Harness;
beforeAll(async () => {
  const bot = new Bot(Library.create([seedArticle()]), COMMANDS, () => 0.5);
  harness = await startHarness(bot, { shared: new UnreadableSharedState() });
});
afterAll(async () => {
  await harness.stop();
});

describe('Discord buttons whose query is held in a shared store that cannot be read', () => {
  it('given three clicks while the store is down then each is told to try again and the warning is logged once', async () => {
    const { discord } = harness;
    const asked = discord.sendInteraction(
      discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
    );
    await asked.waitForCallback();
    const message = asked.record.originalMessageId!;
    const answers: string[] = [];
    for (let click = 0; click < 3; click++) {
      // A "Next match" button whose query another process kept in the store: only the store knows it.
      const sent = discord.sendInteraction(
        discord.buildButtonInteraction({ customId: 'q:n:1:00:~z0nlyinthestore:', message }),
      );
      answers.push(JSON.stringify((await sent.waitForCallback()).body.data));
    }
    for (const answer of answers)
      expect(answer).toContain('I cannot read what this asked for right now: my storage does not answer.');
    expect(harness.logs.filter((line) => line['msg'] === 'stored button state could not be read')).toEqual([
      expect.objectContaining({ level: 40 }),
    ]);
  });
});
