import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteAction } from '../../../adapters/slack/button-state.js';
import { CARD_FILE_NAME } from '../../../adapters/slack/card-upload.js';
import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import { cardRequestForHit, type CardImage } from '../../../src/index.js';
import { expectCardPng } from '../card-fixtures.js';
import { buttonsOf, injectorFor, startOnFake, textOf, type Running } from './harness.js';

const painter = new WorkerCardPainter();
let run: Running;
let inject: ReturnType<typeof injectorFor>;

beforeAll(async () => {
  await painter.warm();
  run = await startOnFake('socket', {}, { cards: painter });
  inject = injectorFor(run, 'socket');
}, 60_000);

afterAll(async () => {
  await run?.stop();
  await painter.close();
});

/** The card the core's best "election" hit makes, as the painter drew it. */
function electionCard(): Promise<CardImage> {
  const hit = run.bot.library.search({ query: 'election' }).hits[0]!;
  return painter.paint(cardRequestForHit(hit));
}

describe('quote cards on Slack against the fake Slack (real Bolt, socket mode)', () => {
  it('given /quote election card:true, then it acks at once and uploads one 1200×630 PNG with alt text into the channel', async () => {
    const before = run.slack.sharedFiles.length;
    const answer = await inject.command('/quote', 'election card:true');
    expect(answer.late).toBe(false);
    const shared = await run.slack.waitForSharedFile(() => run.slack.sharedFiles.length > before);
    const card = await electionCard();
    expectCardPng(shared.bytes, card);
    expect(shared.altText).toBe(card.altText);
    expect(shared.threadTs).toBeUndefined();
    expect(shared.initialComment).toBeUndefined();
    expect(run.slack.sharedFiles).toHaveLength(before + 1);
    expect(shared.filename).toBe(CARD_FILE_NAME);
    expect(shared.channel).toMatch(/^C/);
  });

  it('given the "Card" button on a quote in a thread, then the card is uploaded into that thread', async () => {
    const answer = await inject.command('/quote', 'election');
    const button = buttonsOf(answer.body?.['blocks']).get(QuoteAction.Card)!;
    expect(button.text).toBe('Card');
    await run.slack.socket.sendBlockAction({
      actionId: QuoteAction.Card,
      value: button.value,
      threadTs: '1700000000.000200',
    });
    const shared = await run.slack.waitForSharedFile((file) => file.threadTs === '1700000000.000200');
    const card = await electionCard();
    expectCardPng(shared.bytes, card);
    expect(shared.altText).toBe(card.altText);
  });

  it('given a private /quote card:true, then the quote comes privately as text, saying why', async () => {
    const before = run.slack.sharedFiles.length;
    const answer = await inject.command('/quote', 'election card:true private:true');
    const post = await run.slack.waitForResponse(answer.responseUrl);
    expect(post.body.response_type).toBe('ephemeral');
    const text = textOf(post.body.blocks);
    expect(text).toContain('A card is an image everyone in the channel sees');
    expect(text).toContain('*election*');
    expect(run.slack.sharedFiles).toHaveLength(before);
  });
});
