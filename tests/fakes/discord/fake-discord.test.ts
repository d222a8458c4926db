import { once } from 'node:events';
import { createInflate, constants as zlibConstants } from 'node:zlib';
import { REST } from '@discordjs/rest';
import { CompressionMethod, WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';
import {
  ButtonStyle,
  Client,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
} from 'discord.js';
import type { Interaction, Message, TextChannel } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord, FakeDiscordOptions, RecordedRequest } from './index.js';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
const EDIT_WEBHOOK_MESSAGE = 'PATCH /webhooks/:applicationId/:token/messages/:messageId';
const CREATE_MESSAGE = 'POST /channels/:channelId/messages';

let discord: FakeDiscord;
let client: Client;
const cleanups: (() => unknown)[] = [];

async function start(
  options: FakeDiscordOptions = {},
  intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
): Promise<void> {
  const fake = await startFakeDiscord(options);
  discord = fake;
  cleanups.push(() => fake.stop());
  const bot = new Client({
    intents,
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    waitGuildTimeout: 500,
  });
  client = bot;
  cleanups.push(() => bot.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(discord.botToken);
  await ready;
}

function nextInteraction(): Promise<Interaction> {
  return once(client, Events.InteractionCreate).then(([interaction]) => interaction as Interaction);
}

function nextMessage(predicate: (message: Message) => boolean): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message): void => {
      if (!predicate(message)) return;
      client.off(Events.MessageCreate, listener);
      resolve(message);
    };
    client.on(Events.MessageCreate, listener);
  });
}

const routed = (route: string) => (request: RecordedRequest) => request.route === route;

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('given the real discord.js Client logged in to the fake', () => {
  beforeEach(() => start());

  it('then it is ready with the bot user, the guild and its channels cached', async () => {
    expect(client.user?.id).toBe(discord.botUserId);
    expect(client.application?.id).toBe(discord.applicationId);
    const guild = client.guilds.cache.get(discord.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(discord.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(discord.botUserId);
    const gatewayBot = discord.requests.find(routed('GET /gateway/bot'));
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${discord.botToken}`);
    const identify = discord.gateway.frames.find((frame) => frame.op === 2);
    expect(identify?.d.intents).toBe((1 << 0) | (1 << 9) | (1 << 12));
  });

  it('then a slash command reply reaches the callback route with the exact body', async () => {
    const received = nextInteraction();
    const sent = discord.sendInteraction(
      discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'stoic', count: 2 } }),
    );
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.options.getString('query')).toBe('stoic');
    expect(interaction.options.getInteger('count')).toBe(2);
    expect(interaction.guildId).toBe(discord.guildId);
    expect(interaction.channel?.id).toBe(discord.channelId);
    await interaction.reply({ content: 'The obstacle is the way.', allowedMentions: { parse: [] } });
    const callback = await sent.waitForCallback();
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.status).toBe(204);
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'The obstacle is the way.',
        tts: false,
        enforce_nonce: false,
        allowed_mentions: { parse: [] },
      },
    });
    expect(sent.record.ackedAt! - sent.record.sentAt).toBeLessThan(1000);
  });

  it('then deferReply and editReply go to the callback and to @original', async () => {
    const received = nextInteraction();
    const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'summary' }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    const edited = await interaction.editReply({ content: 'Here is the summary.' });
    const callback = await sent.waitForCallback();
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await discord.waitForRequest(routed(EDIT_WEBHOOK_MESSAGE));
    expect(edit.params).toEqual({
      applicationId: discord.applicationId,
      token: sent.token,
      messageId: '@original',
    });
    expect(edit.rawPath).toContain('/messages/%40original');
    expect(edit.body.content).toBe('Here is the summary.');
    expect(edited.content).toBe('Here is the summary.');
    expect(edited.author.id).toBe(discord.botUserId);
    expect(discord.message(edited.id)?.flags).toBe(0);
  });

  it('then an autocomplete respond() answers with callback type 8', async () => {
    const received = nextInteraction();
    const sent = discord.sendInteraction(
      discord.buildAutocompleteInteraction({ name: 'quote', options: { query: 'sto' }, focused: 'query' }),
    );
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'query', value: 'sto' });
    await interaction.respond([{ name: 'Stoicism', value: 'stoicism' }]);
    const callback = await sent.waitForCallback();
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Stoicism', value: 'stoicism' }] } });
  });

  it('then a button update() edits the message that carries the button', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    const posted = await channel.send({
      content: 'page 1',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            { type: ComponentType.Button, style: ButtonStyle.Primary, customId: 'next', label: 'Next' },
          ],
        },
      ],
    });
    const received = nextInteraction();
    const sent = discord.sendInteraction(discord.buildButtonInteraction({ customId: 'next' }));
    const interaction = await received;
    if (!interaction.isButton()) throw new Error('expected a button');
    expect(interaction.message.id).toBe(posted.id);
    await interaction.update({ content: 'page 2', components: [] });
    const callback = await sent.waitForCallback();
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'page 2', components: [] } });
    expect(discord.message(posted.id)?.content).toBe('page 2');
  });

  it('then a guild mention arrives as messageCreate and message.reply() posts to the channel', async () => {
    const received = nextMessage((message) => !message.author.bot);
    const injected = discord.sendMessageCreate({ content: 'quote stoic', mentionBot: true });
    const message = await received;
    expect(message.content).toBe(`<@${discord.botUserId}> quote stoic`);
    expect(message.mentions.users.has(discord.botUserId)).toBe(true);
    expect(message.guildId).toBe(discord.guildId);
    const reply = await message.reply({ content: 'Here you go.', allowedMentions: { parse: [] } });
    const post = await discord.waitForRequest(routed(CREATE_MESSAGE));
    expect(post.params.channelId).toBe(discord.channelId);
    expect(post.body).toMatchObject({
      content: 'Here you go.',
      allowed_mentions: { parse: [] },
      message_reference: { message_id: injected.id },
    });
    expect(reply.reference?.messageId).toBe(injected.id);
    expect(reply.author.id).toBe(discord.botUserId);
  });

  it('then a DM arrives without a guild and the reply goes to the DM channel', async () => {
    const received = nextMessage((message) => !message.author.bot);
    const injected = discord.sendMessageCreate({ content: 'daily please', dm: true });
    const message = await received;
    expect(message.guildId).toBeNull();
    expect(message.channel.isDMBased()).toBe(true);
    expect(message.content).toBe('daily please');
    await message.reply('Sure.');
    const post = await discord.waitForRequest(routed(CREATE_MESSAGE));
    expect(post.params.channelId).toBe(injected.channel_id);
    const fetched = await client.channels.fetch(injected.channel_id, { force: true });
    expect(fetched?.isDMBased()).toBe(true);
  });

  it('then a 429 on the callback and on the webhook is retried after Retry-After', async () => {
    discord.failNext({
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterSeconds: 0.2,
    });
    discord.failNext({ method: 'PATCH', pathPattern: '/webhooks/*', status: 429, retryAfterSeconds: 0.1 });
    const received = nextInteraction();
    const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote' }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({ content: 'first' });
    await interaction.editReply({ content: 'second' });
    const callbacks = discord.requests.filter(routed(CALLBACK));
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
    expect(callbacks[0]?.response).toMatchObject({ retry_after: 0.2, global: false });
    expect(callbacks[1]!.at - callbacks[0]!.at).toBeGreaterThanOrEqual(190);
    const edits = discord.requests.filter(routed(EDIT_WEBHOOK_MESSAGE));
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    expect(sent.record.callbackType).toBe(4);
  });

  it('then channel.send with the same nonce and enforceNonce returns the same message', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    const first = await channel.send({
      content: 'Daily quote',
      nonce: 'daily-2024-05-01',
      enforceNonce: true,
    });
    const second = await channel.send({
      content: 'Daily quote',
      nonce: 'daily-2024-05-01',
      enforceNonce: true,
    });
    expect(second.id).toBe(first.id);
    const posts = discord.requests.filter(routed(CREATE_MESSAGE));
    expect(posts.map((post) => post.body.enforce_nonce)).toEqual([true, true]);
  });

  it('then channel.messages.fetch lists the channel newest first, honours after and limit, and echoes no nonce', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    const sent: Message[] = [];
    for (const n of [1, 2, 3]) sent.push(await channel.send({ content: `m${n}`, nonce: `n${n}` }));
    const all = await channel.messages.fetch({ limit: 100, cache: false });
    const mine = [...all.values()].filter((message) => sent.some((s) => s.id === message.id));
    expect(mine.map((message) => message.content)).toEqual(['m3', 'm2', 'm1']);
    const listed = discord.requests.filter(routed('GET /channels/:channelId/messages'));
    expect(listed.flatMap((request) => request.response as object[]).some((m) => 'nonce' in m)).toBe(false);
    const after = await channel.messages.fetch({ after: sent[0]!.id, limit: 1, cache: false });
    expect([...after.values()].map((message) => message.content)).toEqual(['m2']);
  });

  it('then Discord limits are enforced (an empty message is rejected with 50006)', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    await expect(channel.send({ content: 'x'.repeat(2001) })).rejects.toMatchObject({
      code: 50035,
      status: 400,
    });
    await expect(channel.send({ embeds: [] })).rejects.toMatchObject({ code: 50006 });
  });

  it('then a session survives op 7 RECONNECT by RESUME and still gets interactions', async () => {
    discord.gateway.requestReconnect();
    await discord.gateway.waitForFrame((frame) => frame.op === 6, 2500);
    const received = nextInteraction();
    discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote' }));
    await expect(received).resolves.toBeDefined();
    expect(discord.gateway.sessionCount).toBe(1);
  });

  it('then reply withResponse returns the created message from the callback response', async () => {
    const received = nextInteraction();
    const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'daily', dm: true }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.guildId).toBeNull();
    expect(interaction.user.id).toBe(discord.user.id);
    const response = await interaction.reply({
      content: 'Today',
      flags: MessageFlags.Ephemeral,
      withResponse: true,
    });
    expect(response.resource?.message?.content).toBe('Today');
    expect(response.interaction.responseMessageEphemeral).toBe(true);
    expect((await sent.waitForCallback()).query).toEqual({ with_response: 'true' });
  });

  it('then files are sent as multipart and recorded with payload_json as the body', async () => {
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    const sent = await channel.send({
      content: 'see file',
      files: [{ attachment: Buffer.from('hello'), name: 'quote.txt' }],
    });
    const post = await discord.waitForRequest(routed(CREATE_MESSAGE));
    expect(post.multipart).toBe(true);
    expect(post.body.content).toBe('see file');
    expect(post.files.map((file) => [file.name, file.data.toString()])).toEqual([['quote.txt', 'hello']]);
    expect(sent.attachments.first()?.name).toBe('quote.txt');
  });

  it('then global and guild commands are stored by PUT and listed by GET', async () => {
    const quote = {
      name: 'quote',
      description: 'Find a quote',
      options: [{ type: 3, name: 'query', description: 'Words' }],
    };
    const stored = await client.application!.commands.set([quote]);
    await client.application!.commands.set([{ name: 'summary', description: 'Summarise' }], discord.guildId);
    expect(discord.commands.global.map((command) => command.name)).toEqual(['quote']);
    expect(discord.commands.guild(discord.guildId).map((command) => command.name)).toEqual(['summary']);
    const fetched = await client.application!.commands.fetch();
    expect([...fetched.keys()]).toEqual([...stored.keys()]);
    const payload = discord.buildSlashCommandInteraction({ name: 'quote', options: { query: 'x' } });
    expect(payload.data.id).toBe(stored.first()?.id);
    await expect(
      client.application!.commands.set([{ name: 'Bad Name', description: 'x' }]),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('then an injected 403 surfaces as Missing Access', async () => {
    discord.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 403 });
    const channel = client.channels.cache.get(discord.channelId) as TextChannel;
    await expect(channel.send('hello')).rejects.toMatchObject({
      status: 403,
      code: 50001,
      message: 'Missing Access',
    });
    expect(discord.requests.filter(routed(CREATE_MESSAGE)).map((request) => request.fault)).toEqual([true]);
  });

  it('then unknown routes answer 404 and are recorded', async () => {
    const response = await fetch(`${discord.apiUrl}/v10/guilds/${discord.guildId}/bans`, {
      headers: { authorization: `Bot ${discord.botToken}` },
    });
    expect(response.status).toBe(404);
    expect(discord.unmatchedRequests().map((request) => request.path)).toEqual([
      `/guilds/${discord.guildId}/bans`,
    ]);
  });
});

describe('given a short ack deadline', () => {
  beforeEach(() => start({ ackDeadlineMs: 50 }));

  it('then a late reply fails with 10062 Unknown interaction', async () => {
    const received = nextInteraction();
    const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'quote' }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await new Promise((resolve) => setTimeout(resolve, 80));
    const error: unknown = await interaction
      .reply({ content: 'too late' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    expect(sent.record.late).toBe(true);
  });
});

describe('given a client without the MessageContent intent', () => {
  beforeEach(() => start());

  it('then a guild message that does not mention the bot arrives with empty content', async () => {
    const received = nextMessage((message) => !message.author.bot);
    discord.sendMessageCreate({ content: 'just chatting' });
    expect((await received).content).toBe('');
  });
});

describe('given the client is destroyed', () => {
  it('then the fake closes the session and stop() leaves nothing listening', async () => {
    await start();
    await client.destroy();
    await expect.poll(() => discord.gateway.openConnections).toBe(0);
    expect(discord.gateway.sessionCount).toBe(0);
    const { apiUrl } = discord;
    await discord.stop();
    await expect(fetch(`${apiUrl}/v10/gateway`)).rejects.toThrow();
  });
});

describe('given a raw client asking for zlib-stream', () => {
  it('then HELLO arrives deflated with a sync flush', async () => {
    const fake = await startFakeDiscord();
    discord = fake;
    cleanups.push(() => fake.stop());
    const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const [frame] = (await once(socket, 'message')) as [Buffer];
    expect(frame.subarray(-4)).toEqual(Buffer.from([0, 0, 0xff, 0xff]));
    inflate.write(frame);
    const [text] = (await once(inflate, 'data')) as [Buffer];
    expect(JSON.parse(text.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
    inflate.destroy();
    socket.close();
  });
});

describe('given @discordjs/ws asking for compression without zlib-sync', () => {
  it('then READY arrives as identify-compressed zlib messages', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.stop());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    cleanups.push(() => warn.mockRestore());
    const manager = new WebSocketManager({
      token: fake.botToken,
      intents: 0,
      rest: new REST({ api: fake.apiUrl }).setToken(fake.botToken),
      compression: CompressionMethod.ZlibStream,
    });
    const ready = once(manager, WebSocketShardEvents.Ready);
    await manager.connect();
    cleanups.push(() => manager.destroy());
    const [{ data }] = (await ready) as [{ data: { user: { id: string } } }];
    expect(data.user.id).toBe(fake.botUserId);
    const identify = fake.gateway.frames.find((frame) => frame.op === 2);
    expect(identify?.d.compress).toBe(true);
  });
});
