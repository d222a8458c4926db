import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/index.js';
import { seedLibrary } from '../../helpers/content.js';
import { startHarness, type Harness } from './harness.js';

async function lineWith(harness: Harness, msg: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  const started = Date.now();
  for (;;) {
    const line = harness.logs.find((entry) => entry['msg'] === msg);
    if (line) return line;
    if (Date.now() - started > timeoutMs) throw new Error(`no "${msg}" line in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Discord: faults the client recovers from are logged at the default level (real discord.js, fake Discord)', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('given the gateway drops the connection then the disconnect (shard, code, reason) and the resume are logged', async () => {
    harness = await startHarness(new Bot(seedLibrary()));
    harness.discord.gateway.disconnect(4000, 'fake drop');
    const disconnected = await lineWith(harness, 'discord gateway disconnected');
    expect(disconnected).toMatchObject({ level: 40, shardId: 0, code: 4000, reason: 'UnknownError' });
    expect(await lineWith(harness, 'discord gateway resumed')).toMatchObject({ level: 30, shardId: 0 });
  });

  it('given a 429 and then a 500 on a reply then both are logged as warnings with the route, and the reply still arrives', async () => {
    harness = await startHarness(new Bot(seedLibrary()));
    const { discord } = harness;
    discord.failNext({
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterSeconds: 0.1,
    });
    discord.failNext({ pathPattern: '/interactions/:id/:token/callback', status: 500 });
    const sent = discord.sendInteraction(
      discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
    );
    expect((await sent.waitForCallback(5000)).status).toBe(204);
    const limited = await lineWith(harness, 'discord REST rate limited (429); waiting');
    expect(limited).toMatchObject({ level: 40, method: 'POST' });
    expect(String(limited['route'])).toContain('/interactions/');
    const failed = await lineWith(harness, 'discord REST server error; retrying');
    expect(failed).toMatchObject({ level: 40, status: 500, method: 'POST' });
  });
});
