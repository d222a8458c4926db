import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteAction } from '../../../adapters/slack/button-state.js';
import { CARD_FILE_NAME } from '../../../adapters/slack/card-upload.js';
import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import { cardRequestForHit, type CardImage } from '../../../src/index.js';
import type { ApiCall } from '../../fakes/slack/index.js';
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

  /** Sends a message to the bot ("@quotebot …" in a channel, or a DM); resolves to the event sent. */
  const mention = async (
    words: string,
    where: { threadTs?: string; dm?: boolean } = {},
  ): Promise<Record<string, unknown>> => {
    const thread = where.threadTs === undefined ? {} : { threadTs: where.threadTs };
    const event = where.dm
      ? run.slack.build.directMessage({ text: words, ...thread })
      : run.slack.build.appMention({ text: `<@${run.slack.botUserId}> ${words}`, ...thread });
    await inject.event(event);
    return event;
  };
  const postsIn = (threadTs: unknown): ApiCall[] =>
    run.slack.callsTo('chat.postMessage').filter((call) => call.args['thread_ts'] === threadTs);
  /** The upload calls the fake received for the card shared into this thread, checked to be one card. */
  const expectCardIn = async (channel: unknown, threadTs: unknown, card: CardImage): Promise<void> => {
    const shared = await run.slack.waitForSharedFile((file) => file.threadTs === threadTs);
    expect(shared.channel).toBe(channel);
    expect(shared.filename).toBe(CARD_FILE_NAME);
    expectCardPng(shared.bytes, card);
    expect(shared.altText).toBe(card.altText);
    // Files mention nobody: no comment goes with the card.
    expect(shared.initialComment).toBeUndefined();
    const completed = run.slack
      .callsTo('files.completeUploadExternal')
      .filter((call) => call.args['thread_ts'] === threadTs);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.args['channel_id']).toBe(channel);
    const announced = run.slack
      .callsTo('files.getUploadURLExternal')
      .filter((call) => call.response && (call.response as { file_id?: string }).file_id === shared.id);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.args['alt_text']).toBe(card.altText);
  };

  it('given "@quotebot quote election as a card", or "make it a card" after a quote, then the card is uploaded into the mention\'s thread, and no text with it', async () => {
    const card = await electionCard();
    const asked = await mention('quote election as a card');
    await expectCardIn(asked['channel'], asked['ts'], card);

    const quoted = await mention('quote election');
    const text = await run.slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['thread_ts'] === quoted['ts'],
    );
    expect(textOf(text.args['blocks'])).toContain('*election*');
    const followed = await mention('make it a card');
    await expectCardIn(followed['channel'], followed['ts'], card);

    const threadTs = '1700000000.000300';
    const inThread = await mention('quote election as a card', { threadTs });
    await expectCardIn(inThread['channel'], threadTs, card);

    const dm = await mention('quote election as a card', { dm: true });
    await expectCardIn(dm['channel'], dm['ts'], card);

    // Answered once the text quote asked after them is posted: none of them posted text.
    const last = await mention('quote election');
    await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === last['ts']);
    for (const event of [asked, followed, dm]) expect(postsIn(event['ts'])).toEqual([]);
    expect(postsIn(threadTs)).toEqual([]);
    expect(run.slack.sharedFiles.filter((file) => file.threadTs === quoted['ts'])).toEqual([]);
  });

  it('given a mention that asks for a card whose upload fails, then the text quote comes into its thread, saying why', async () => {
    run.slack.failNext({ method: 'files.completeUploadExternal', error: 'not_in_channel' });
    const before = run.slack.sharedFiles.length;
    const asked = await mention('quote election as a card');
    const post = await run.slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['thread_ts'] === asked['ts'],
    );
    const text = textOf(post.args['blocks']);
    expect(text).toContain('The card could not be drawn, so here is the quote as text.');
    expect(text).toContain('*election*');
    expect(run.slack.callsTo('files.completeUploadExternal').some((call) => call.fault !== undefined)).toBe(
      true,
    );
    expect(run.slack.sharedFiles).toHaveLength(before);
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
