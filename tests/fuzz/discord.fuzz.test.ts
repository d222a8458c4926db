import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/index.js';
import { seedLibrary } from '../helpers/content.js';
import { messageBody, startHarness, type Harness } from '../adapters/discord/harness.js';
import { jsonValue, optionValue, runs, timeLimit, userText } from './arbitraries.js';

let harness: Harness;
const errors: unknown[] = [];
const onError = (error: unknown): void => void errors.push(error);

beforeAll(async () => {
  harness = await startHarness(new Bot(seedLibrary()));
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
});

afterAll(async () => {
  process.off('uncaughtException', onError);
  process.off('unhandledRejection', onError);
  await harness?.stop();
});

/** Every message the bot has sent so far pinged nobody. */
function expectNoPings(): void {
  for (const body of harness.discord.requests.map(messageBody).filter((found) => found !== undefined)) {
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
  }
}

describe('fuzz: Discord interactions (fast-check, real discord.js, fake Discord)', () => {
  it(
    'given /quote, /summary and /articles with any text in their options then each is answered in time and pings nobody',
    async () => {
      const { discord } = harness;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('quote', 'summary', 'articles'),
          userText.map((text) => text.slice(0, 6000)),
          fc.option(
            userText.map((text) => text.slice(0, 200)),
            { nil: undefined },
          ),
          async (name, text, article) => {
            const options: Record<string, string> =
              name === 'quote' ? { query: text } : name === 'summary' ? { article: text } : {};
            if (article !== undefined && name === 'quote') options['article'] = article;
            const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name, options }));
            const callback = await sent.waitForCallback(3000);
            expect(callback.status).toBeLessThan(300);
          },
        ),
        { numRuns: runs(60) },
      );
      expectNoPings();
      expect(errors).toEqual([]);
    },
    timeLimit(300_000),
  );

  it(
    'given autocomplete with any typed text then it answers with at most 25 choices',
    async () => {
      const { discord } = harness;
      await fc.assert(
        fc.asyncProperty(
          userText.map((text) => text.slice(0, 6000)),
          async (typed) => {
            const sent = discord.sendInteraction(
              discord.buildAutocompleteInteraction({
                name: 'quote',
                focused: 'query',
                options: { query: typed },
              }),
            );
            const callback = await sent.waitForCallback(3000);
            expect(callback.body.type).toBe(8);
            expect(callback.body.data.choices.length).toBeLessThanOrEqual(25);
          },
        ),
        { numRuns: runs(40) },
      );
      expect(errors).toEqual([]);
    },
    timeLimit(300_000),
  );

  // Only what discord.js hands to the bot as it is: option values of any type, extra fields. Payloads
  // with Discord's own fields removed or retyped (user, member, entitlements, permissions) make discord.js
  // itself throw while building the interaction, before any listener runs (see the README).
  it(
    'given option values of any type and extra fields then the process keeps running and later interactions are answered',
    async () => {
      const { discord } = harness;
      await fc.assert(
        fc.asyncProperty(
          optionValue,
          fc.dictionary(fc.string({ maxLength: 10 }), jsonValue, { maxKeys: 3 }),
          async (value, extra) => {
            const valid = discord.buildSlashCommandInteraction({
              name: 'quote',
              options: { query: 'election' },
            });
            const payload = structuredClone(valid) as unknown as {
              data: { options: Record<string, unknown>[] };
            };
            payload.data.options[0]!['value'] = value;
            Object.assign(payload.data.options[0]!, extra);
            Object.assign(payload.data, extra);
            const sent = discord.sendInteraction(payload as never);
            await sent.waitForCallback(3000).catch(() => undefined);
          },
        ),
        { numRuns: runs(60) },
      );
      const after = discord.sendInteraction(
        discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
      );
      expect((await after.waitForCallback(3000)).status).toBeLessThan(300);
      expectNoPings();
      expect(
        errors.map((error) =>
          String((error as Error).stack)
            .split('\n')
            .slice(0, 4)
            .join(' | '),
        ),
      ).toEqual([]);
    },
    timeLimit(300_000),
  );
});
