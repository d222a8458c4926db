import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, type TextChannel } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CARD_FILE_NAME,
  cardChannelMessage,
  cardInteractionReply,
} from '../../../adapters/discord/card-attachment.js';
import type { CardImage } from '../../../src/index.js';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../../fakes/discord/index.js';
import { drawTestCard, expectCardPng } from '../card-fixtures.js';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
const CREATE_MESSAGE = 'POST /channels/:channelId/messages';

let card: CardImage;
beforeAll(async () => {
  card = await drawTestCard();
}, 60_000);

describe('given a card sent with discord.js to the fake Discord', () => {
  let discord: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: discord.apiUrl },
      waitGuildTimeout: 500,
    });
    const ready = once(client, Events.ClientReady);
    await client.login(discord.botToken);
    await ready;
  });
  afterAll(async () => {
    await client.destroy();
    await discord.stop();
  });

  it('then an interaction reply carries the PNG once, with alt text, and pings nobody', async () => {
    const received = once(client, Events.InteractionCreate);
    discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote' }));
    const [interaction] = (await received) as [Interaction];
    if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
    await interaction.reply(cardInteractionReply(card));
    const callback = await discord.waitForRequest((request: RecordedRequest) => request.route === CALLBACK);
    expect(callback.multipart).toBe(true);
    expect(callback.files).toHaveLength(1);
    expectCardPng(callback.files[0]!.data, card);
    expect(callback.files[0]!.name).toBe(CARD_FILE_NAME);
    const data = callback.body.data;
    expect(data.attachments[0].description).toBe(card.altText);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('then a channel message (a daily card) carries the PNG once and pings nobody', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    const sent = await channel.send(cardChannelMessage(card));
    const post = await discord.waitForRequest((request: RecordedRequest) => request.route === CREATE_MESSAGE);
    expect(post.files).toHaveLength(1);
    expectCardPng(post.files[0]!.data, card);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent.attachments.first()?.description).toBe(card.altText);
  });
});
