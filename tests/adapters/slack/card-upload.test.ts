import { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadCard } from '../../../adapters/slack/card-upload.js';
import type { CardImage } from '../../../src/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { drawTestCard, expectCardPng } from '../card-fixtures.js';

let card: CardImage;
beforeAll(async () => {
  card = await drawTestCard();
}, 60_000);

describe('given a card uploaded with Bolt’s WebClient to the fake Slack', () => {
  let slack: FakeSlack;
  let app: App;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = new App({
      token: slack.botToken,
      signingSecret: slack.signingSecret,
      clientOptions: { slackApiUrl: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('then filesUploadV2 sends the PNG once into the channel, with alt text', async () => {
    const id = await uploadCard(app.client, card, { channel: 'C_CARDS' });
    const shared = await slack.waitForSharedFile((file) => file.channel === 'C_CARDS');
    expect(shared.id).toBe(id);
    expectCardPng(shared.bytes, card);
    expect(shared.altText).toBe(card.altText);
    expect(shared.threadTs).toBeUndefined();
    expect(shared.initialComment).toBeUndefined();
    expect(slack.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });

  it('then a card for a thread lands in that thread', async () => {
    await uploadCard(app.client, card, { channel: 'C_THREAD', threadTs: '1700000000.000100' });
    const shared = await slack.waitForSharedFile((file) => file.channel === 'C_THREAD');
    expect(shared.threadTs).toBe('1700000000.000100');
    expectCardPng(shared.bytes, card);
  });

  it('then completing an upload whose bytes never came is refused', async () => {
    const { file_id } = await app.client.files.getUploadURLExternal({ filename: 'x.png', length: 10 });
    await expect(
      app.client.files.completeUploadExternal({ files: [{ id: file_id! }], channel_id: 'C1' }),
    ).rejects.toThrow(/file_not_found/);
  });
});
