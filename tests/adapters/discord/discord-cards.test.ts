import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_FILE_NAME } from '../../../adapters/discord/card-attachment.js';
import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import { Bot, cardRequestForHit, Library, type CardImage, type CardPainter } from '../../../src/index.js';
import { CALLBACK_TYPE, MESSAGE_FLAGS, type RecordedRequest } from '../../fakes/discord/index.js';
import { seedArticle } from '../../helpers/content.js';
import { expectCardPng } from '../card-fixtures.js';
import { startHarness, type Harness } from './harness.js';

/** The runtime's painter, with a switch that makes it fail, to see what a failed card answers. */
class SwitchablePainter implements CardPainter {
  failing = false;
  readonly painted: CardImage[] = [];
  constructor(private readonly inner: WorkerCardPainter) {}
  async paint(request: Parameters<CardPainter['paint']>[0]): Promise<CardImage> {
    if (this.failing) throw new Error('card failure for the test');
    const card = await this.inner.paint(request);
    this.painted.push(card);
    return card;
  }
}

const library = Library.create([seedArticle()]);
const worker = new WorkerCardPainter();
const painter = new SwitchablePainter(worker);
let harness: Harness;

beforeAll(async () => {
  await worker.warm();
  harness = await startHarness(new Bot(library), { cards: painter });
}, 60_000);

afterAll(async () => {
  expect(harness.discord.unmatchedRequests()).toEqual([]);
  await harness.stop();
  await worker.close();
});

function slash(options: Record<string, string | number | boolean>) {
  const { discord } = harness;
  return discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote', options }));
}

/** The edit of a deferred reply: what the adapter finally sent for an interaction. */
const editOf = (token: string) =>
  harness.discord.waitForRequest(
    (request: RecordedRequest) => request.method === 'PATCH' && request.params.token === token,
  );

/** The card the core's best "election" hit makes, as the painter drew it. */
async function electionCard(): Promise<CardImage> {
  const hit = library.search({ query: 'election' }).hits[0]!;
  return worker.paint(cardRequestForHit(hit));
}

function expectOneCard(edit: RecordedRequest, card: CardImage): void {
  expect(edit.multipart).toBe(true);
  expect(edit.files).toHaveLength(1);
  expect(edit.files[0]!.name).toBe(CARD_FILE_NAME);
  expectCardPng(edit.files[0]!.data, card);
  expect(edit.body.attachments[0].description).toBe(card.altText);
  expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(edit.body.embeds).toEqual([]);
}

describe('quote cards on Discord against the fake Discord', () => {
  it('given /quote election card:true, then the deferred reply becomes one 1200×630 PNG with alt text, pinging nobody', async () => {
    const sent = slash({ query: 'election', card: true });
    expect((await sent.waitForCallback()).body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
    expectOneCard(await editOf(sent.token), await electionCard());
  });

  it('given a private /quote card:true, then the card is deferred privately', async () => {
    const sent = slash({ query: 'election', card: true, private: true });
    const callback = await sent.waitForCallback();
    expect(callback.body).toMatchObject({
      type: CALLBACK_TYPE.deferredChannelMessage,
      data: { flags: MESSAGE_FLAGS.ephemeral },
    });
    expectOneCard(await editOf(sent.token), await electionCard());
  });

  it('given a quote, then its "Card" button answers with the card as a new message', async () => {
    const { discord } = harness;
    const first = slash({ query: 'election' });
    const reply = await first.waitForCallback();
    const buttons: { label: string; custom_id: string }[] = reply.body.data.components[0].components;
    const card = buttons.find((button) => button.label === 'Card')!;
    expect(card).toBeDefined();
    const click = discord.sendInteraction(
      discord.buildButtonInteraction({ customId: card.custom_id, message: first.record.originalMessageId! }),
    );
    expect((await click.waitForCallback()).body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
    expectOneCard(await editOf(click.token), await electionCard());
  });

  it('given "@quotebot quote election as a card", or "as a card" after a quote, then the reply to the message is the card', async () => {
    const { discord } = harness;
    const mention = (content: string) => {
      const asked = discord.sendMessageCreate({ content, mentionBot: true, dm: true });
      return discord.waitForRequest(
        (request: RecordedRequest) =>
          request.route === 'POST /channels/:channelId/messages' &&
          request.body?.message_reference?.message_id === asked.id,
      );
    };
    const expectCardMessage = (sent: RecordedRequest, card: CardImage) => {
      expect(sent.files).toHaveLength(1);
      expect(sent.files[0]!.name).toBe(CARD_FILE_NAME);
      expectCardPng(sent.files[0]!.data, card);
      expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    };
    expectCardMessage(await mention('quote election as a card'), await electionCard());
    expect((await mention('quote election')).files).toHaveLength(0);
    expectCardMessage(await mention('make it a card'), await electionCard());
  });

  it('given a card that fails to draw, then the text quote comes instead, with a line saying so', async () => {
    painter.failing = true;
    try {
      const sent = slash({ query: 'election', card: true });
      await sent.waitForCallback();
      const edit = await editOf(sent.token);
      expect(edit.files).toHaveLength(0);
      expect(edit.body.content).toBe('The card could not be drawn, so here is the quote as text.');
      expect(edit.body.embeds[0].description).toContain('election');
      expect(edit.body.allowed_mentions.parse).toEqual([]);
    } finally {
      painter.failing = false;
    }
  });
});
