import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import { Bot, cardRequestForHit, Library, type CardImage } from '../../../src/index.js';
import type { RecordedRequest } from '../../fakes/discord/index.js';
import { seedArticle } from '../../helpers/content.js';
import { expectCardPng } from '../card-fixtures.js';
import type { Harness } from '../discord/harness.js';
import type { Running } from '../slack/harness.js';

/** Where undici keeps the process-wide dispatcher (every undici major and Node's own `fetch` share it). */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
const globalDispatcher = (): unknown => (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];

/**
 * Discord (discord.js, undici 6) and Slack (Bolt, Socket Mode, undici 7) served by one process against
 * the two fakes, the platform named `first` loaded and started first: whichever undici is loaded first
 * creates the global dispatcher, and both orders must work. Imports are dynamic so that the order is
 * the test's, not the module graph's.
 */
export function describeOneProcess(first: 'discord' | 'slack'): void {
  const library = Library.create([seedArticle()]);
  const painter = new WorkerCardPainter();
  let discord: Harness;
  let slack: Running;
  let dispatcherAfterFirst: unknown;

  beforeAll(async () => {
    await painter.warm();
    const startDiscord = async () => {
      const { startHarness } = await import('../discord/harness.js');
      discord = await startHarness(new Bot(library), { cards: painter });
    };
    const startSlack = async () => {
      const { startOnFake } = await import('../slack/harness.js');
      slack = await startOnFake('socket', {}, { cards: painter, library });
    };
    if (first === 'discord') {
      await startDiscord();
      dispatcherAfterFirst = globalDispatcher();
      await startSlack();
    } else {
      await startSlack();
      dispatcherAfterFirst = globalDispatcher();
      await startDiscord();
    }
  }, 60_000);

  afterAll(async () => {
    await discord?.stop();
    await slack?.stop();
    await painter.close();
  });

  const electionCard = (): Promise<CardImage> =>
    painter.paint(cardRequestForHit(library.search({ query: 'election' }).hits[0]!));

  describe(`given Discord and Slack in one process, ${first} started first`, () => {
    it('then a Discord /quote card:true arrives once as a PNG with alt text, pinging nobody', async () => {
      const fake = discord.discord;
      const sent = fake.sendInteraction(
        fake.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election', card: true } }),
      );
      await sent.waitForCallback();
      const edit = await fake.waitForRequest(
        (request: RecordedRequest) => request.method === 'PATCH' && request.params.token === sent.token,
        10_000,
      );
      const card = await electionCard();
      expect(edit.files).toHaveLength(1);
      expectCardPng(edit.files[0]!.data, card);
      expect(edit.body.attachments[0].description).toBe(card.altText);
      expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const edits = fake.requests.filter(
        (request) => request.method === 'PATCH' && request.params.token === sent.token,
      );
      expect(edits).toHaveLength(1);
    });

    it('then a Slack /quote card:true is uploaded once with alt text', async () => {
      const before = slack.slack.sharedFiles.length;
      const ack = await slack.slack.socket.sendSlashCommand({
        command: '/quote',
        text: 'election card:true',
      });
      expect(ack.late).toBe(false);
      const shared = await slack.slack.waitForSharedFile(() => slack.slack.sharedFiles.length > before);
      const card = await electionCard();
      expectCardPng(shared.bytes, card);
      expect(shared.altText).toBe(card.altText);
      expect(slack.slack.sharedFiles).toHaveLength(before + 1);
    });

    it("then Slack's response_url replies (Node's fetch) and Discord's JSON replies still work", async () => {
      const { QuoteAction } = await import('../../../adapters/slack/button-state.js');
      const { buttonsOf, injectorFor } = await import('../slack/harness.js');
      const inject = injectorFor(slack, 'socket');
      const answer = await inject.command('/quote', 'election');
      const context = buttonsOf(answer.body?.['blocks']).get(QuoteAction.Context)!;
      const click = await inject.click(QuoteAction.Context, context.value, false);
      const post = await slack.slack.waitForResponse(click.responseUrl);
      expect(post.body.response_type).toBe('ephemeral');
      const fake = discord.discord;
      const sent = fake.sendInteraction(
        fake.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
      );
      expect((await sent.waitForCallback()).body.data.embeds[0].description).toContain('election');
    });

    it('then the global dispatcher is still the one the first undici made: Discord sends through its own agent', () => {
      expect(dispatcherAfterFirst).toBeDefined();
      expect(globalDispatcher()).toBe(dispatcherAfterFirst);
      expect(discord.adapter.client.rest.agent).not.toBeNull();
      expect(discord.adapter.client.rest.agent).not.toBe(globalDispatcher());
    });
  });
}
