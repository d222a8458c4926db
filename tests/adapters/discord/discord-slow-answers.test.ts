import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Bot, Library, type CardImage, type CardPainter } from '../../../src/index.js';
import { CALLBACK_TYPE, type RecordedRequest } from '../../fakes/discord/index.js';
import { seedArticle } from '../../helpers/content.js';
import { drawTestCard } from '../card-fixtures.js';
import { startHarness, type Harness } from './harness.js';

/** A painter that takes `delayMs` to draw: a busy card worker. */
class SlowPainter implements CardPainter {
  constructor(
    private readonly card: CardImage,
    private readonly delayMs: number,
  ) {}
  async paint(): Promise<CardImage> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return this.card;
  }
}

const library = Library.create([seedArticle()]);
let card: CardImage;
let harness: Harness | undefined;

beforeAll(async () => {
  card = await drawTestCard();
}, 60_000);

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

function cardQuote(h: Harness) {
  const { discord } = h;
  return discord.sendInteraction(
    discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election', card: true } }),
  );
}

const editOf = (h: Harness, token: string) =>
  h.discord.waitForRequest(
    (request: RecordedRequest) => request.method === 'PATCH' && request.params.token === token,
    10_000,
  );

describe('slow answers on Discord (real discord.js, fake Discord)', () => {
  it('given a card that takes longer than 3 s to draw, then the interaction is deferred in time and the card edits the original response', async () => {
    harness = await startHarness(new Bot(library), { cards: new SlowPainter(card, 3500) });
    const sent = cardQuote(harness);
    const callback = await sent.waitForCallback(3000);
    expect(callback.body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
    expect(sent.record.late).toBe(false);
    const edit = await editOf(harness, sent.token);
    expect(edit.params.messageId).toBe('@original');
    expect(edit.status).toBe(200);
    expect(edit.files).toHaveLength(1);
    expect(edit.at - callback.at).toBeGreaterThanOrEqual(3000);
  }, 20_000);

  it('given an answer ready only after the interaction token expired, then one warning says so, naming neither the token nor the message, nothing more is sent with it, and the bot keeps answering', async () => {
    harness = await startHarness(new Bot(library), {
      cards: new SlowPainter(card, 600),
      fake: { interactionTokenLifetimeMs: 300 },
    });
    const sent = cardQuote(harness);
    await sent.waitForCallback(3000);
    const edit = await editOf(harness, sent.token);
    expect(edit.status).toBe(401);
    const later = harness.discord.sendInteraction(
      harness.discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'election' } }),
    );
    expect((await later.waitForCallback(3000)).status).toBe(204);
    // One line says so; nothing more is sent with the dead token (no doomed "something went wrong").
    const lines = harness.logs.filter((line) => line['interactionId'] === sent.id);
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'discord interaction expired unanswered', command: 'quote' }),
    ]);
    expect(lines[0]!['err']).toMatchObject({ status: 401, code: 50027, method: 'PATCH' });
    expect(harness.discord.requests.filter((request) => request.params.token === sent.token)).toHaveLength(2);
    const logged = JSON.stringify(harness.logs);
    expect(logged).not.toContain(sent.token);
    expect(logged).not.toContain('requestBody');
  }, 20_000);
});
