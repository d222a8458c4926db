import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerOn } from '../adapters/discord/harness.js';
import {
  CALLBACK_TYPE,
  PERMISSIONS,
  startFakeDiscord,
  type FakeDiscord,
  type SentInteraction,
} from '../fakes/discord/index.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startBotProcess, type BotProcess } from '../helpers/processes.js';

const skip = postgresMissing('a Discord bot on PostgreSQL while the server is down');
const TRY_AGAIN = 'right now: my storage does not answer. Please try again in a minute.';

describe.skipIf(skip)('a Discord bot on PostgreSQL whose server stops and starts again', () => {
  let server: TestPostgres;
  let discord: FakeDiscord;
  let bot: BotProcess;
  const dataDir = mkdtempSync(join(tmpdir(), 'quotebot-discord-outage-'));
  beforeAll(async () => {
    server = await startTestPostgres();
    discord = await startFakeDiscord();
    await registerOn(discord);
    bot = await startBotProcess(
      {
        DISCORD_TOKEN: discord.botToken,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DATABASE_URL: await server.newDatabase(),
        DATA_DIR: dataDir,
      },
      'discord ready',
    );
  }, 120_000);
  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await discord?.stop();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The text of an interaction's answer: its callback's, or the edit of a deferred one. */
  const answerOf = async (sent: SentInteraction): Promise<string> => {
    const callback = await sent.waitForCallback(15_000);
    if (callback.body.type !== CALLBACK_TYPE.deferredChannelMessage)
      return JSON.stringify(callback.body.data);
    const edit = await discord.waitForRequest(
      (request) => request.method === 'PATCH' && request.params.token === sent.token,
      15_000,
    );
    return JSON.stringify(edit.body);
  };
  const daily = (subcommand: string, options: Record<string, string> = {}): Promise<string> =>
    answerOf(
      discord.sendInteraction(
        discord.buildSlashCommandInteraction({
          name: 'daily',
          subcommand,
          options,
          memberPermissions: PERMISSIONS.manageGuild,
        }),
      ),
    );
  const click = (customId: string, message: string): Promise<string> =>
    answerOf(discord.sendInteraction(discord.buildButtonInteraction({ customId, message })));

  it('given the server stopped then buttons answer from the library, /daily says it cannot read or save the settings now, and /daily works again when the server is back', async () => {
    const asked = discord.sendInteraction(
      discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
    );
    const reply = await asked.waitForCallback();
    const message = asked.record.originalMessageId!;
    const [next] = reply.body.data.components[0].components as { custom_id: string }[];

    server.halt();
    const answers: string[] = [];
    // "Next match" carries its query in its custom_id: only the library is needed.
    answers.push(await click(next!.custom_id, message));
    expect(answers.at(-1)).toContain('match 2 of');
    // A query kept in the store (too long for a custom_id) by another process: only the store knows it.
    answers.push(await click('q:n:1:00:~z0nlyinthestore:', message));
    expect(answers.at(-1)).toContain(`I cannot read what this asked for ${TRY_AGAIN}`);
    answers.push(await daily('status'));
    expect(answers.at(-1)).toContain(`The daily quote settings cannot be read ${TRY_AGAIN}`);
    answers.push(await daily('set', { time: '09:00', timezone: 'UTC' }));
    expect(answers.at(-1)).toContain(`The daily quote settings cannot be saved ${TRY_AGAIN}`);
    answers.push(await daily('stop'));
    expect(answers.at(-1)).toContain(`The daily quote settings cannot be saved ${TRY_AGAIN}`);
    for (const answer of answers) expect(answer).not.toContain('went wrong');

    server.resume();
    // The first commands may still meet a connection the restart closed: one answers, then the set is saved.
    await vi.waitUntil(
      async () => (await daily('set', { time: '09:00', timezone: 'UTC' })).includes('Daily quote set'),
      {
        timeout: 20_000,
        interval: 200,
      },
    );
    expect(await daily('status')).toContain('Daily quote in');
  }, 90_000);
});
