import type { App, Context, SayFn, webApi } from '@slack/bolt';
import { converse, type ConversationKey } from '../../src/index.js';
import type { SlackMessage } from './blocks.js';
import { answerCardRequest } from './card-reply.js';
import type { CardDestination } from './card-upload.js';
import type { SlackDeps } from './deps.js';
import { decodeSlackText } from './mrkdwn.js';
import { MemorySharedState } from '../shared/memory-shared-state.js';
import type { CommandOutcome } from '../shared/observer.js';
import { SHARED_TTL_MS, type SharedState } from '../shared/shared-state.js';
import { renderFailure, renderReply } from './render-reply.js';

/** The fields of a mention or a direct message that decide whether and how to answer it. */
interface ChatMessage {
  readonly channel: string;
  readonly ts: string;
  readonly threadTs: string | undefined;
  readonly text: string;
  readonly user: string | undefined;
  readonly botId: string | undefined;
  readonly subtype: string | undefined;
  /** The Events API delivery's id, the same in Slack's retries of it. */
  readonly eventId: string | undefined;
}

/** What answering a message needs of its Bolt listener: who the bot is, and how to post and upload. */
interface Answering {
  readonly context: Context;
  readonly say: SayFn;
  readonly client: webApi.WebClient;
}

/**
 * The answer to a message, read in the conversation of its user in its channel ("next" after a quote). A card
 * request ("quote bees as a card", "make it a card") has its card uploaded where the answer goes, as
 * `/quote card:true` does, and leaves nothing to post; with no card, the text quote says why. When answering
 * throws, the answer is "something went wrong" and `failed` is called, so that it is counted as an `error`.
 */
async function answerOf(
  deps: SlackDeps,
  client: webApi.WebClient,
  text: string,
  conversation: ConversationKey,
  destination: CardDestination,
  failed: () => void,
): Promise<SlackMessage | undefined> {
  try {
    const reply = converse(deps.bot, decodeSlackText(text), conversation, Date.now());
    if (reply.kind !== 'quote' || !reply.card) return renderReply(reply, deps.names, 'public');
    const card = await answerCardRequest(deps, client, reply, destination, 'public');
    return card.kind === 'uploaded' ? undefined : card.message;
  } catch (error) {
    deps.logger.error({ err: error }, 'slack message failed');
    failed();
    return renderFailure();
  }
}

/**
 * Answers a message in its thread, once. Messages from bots (this one included) and edits or other
 * subtypes are ignored. A message is claimed by its channel and ts, and by the event's id, before
 * answering: a retry of the same event (X-Slack-Retry-Num, same event_id), or the second event Slack
 * sends for one message (app_mention and message.im), finds it claimed and is skipped. If posting fails
 * the claim is released, so Slack's retry gets a second chance. The claims live in `seen`: in this
 * process by default, or in the database shared by every instance behind a load balancer, so a retry
 * that lands on another instance is skipped too.
 */
async function answerMessage(
  deps: SlackDeps,
  seen: SharedState,
  message: ChatMessage,
  { context, say, client }: Answering,
): Promise<void> {
  if (message.subtype !== undefined || message.botId !== undefined) return;
  const user = message.user;
  if (user === undefined || user === context.botUserId) return;
  const keys = [`message:${message.channel}:${message.ts}`];
  if (message.eventId !== undefined) keys.push(`event:${message.eventId}`);
  if (!(await seen.claimKeys(keys, SHARED_TTL_MS.eventIds))) {
    deps.observer.slackEventDuplicate();
    deps.logger.debug(
      { retryNum: context.retryNum, channel: message.channel },
      'slack message already answered',
    );
    return;
  }
  const answered = deps.observer.commandStarted('slack');
  await deps.work.run(async () => {
    let outcome: CommandOutcome = 'ok';
    try {
      // The answer goes into the message's thread, or starts one under it: a card as well as text.
      const destination = { channel: message.channel, threadTs: message.threadTs ?? message.ts };
      const answer = await answerOf(
        deps,
        client,
        message.text,
        { platform: 'slack', workspaceId: context.teamId, channelId: message.channel, userId: user },
        destination,
        () => (outcome = 'error'),
      );
      if (answer)
        await say({ ...answer, thread_ts: destination.threadTs, unfurl_links: false, unfurl_media: false });
      answered('message', outcome);
    } catch (error) {
      answered('message', 'error');
      await seen.releaseKeys(keys).catch(() => undefined);
      deps.logger.error({ err: error, channel: message.channel }, 'slack reply could not be posted');
    }
  });
}

/** Registers `app_mention` (channels the bot is in) and `message` for direct messages (`message.im`). */
export function registerEvents(app: App, deps: SlackDeps, seen: SharedState = new MemorySharedState()): void {
  app.event('app_mention', async ({ event, body, context, say, client }) => {
    await answerMessage(
      deps,
      seen,
      {
        channel: event.channel,
        ts: event.ts,
        threadTs: event.thread_ts,
        text: event.text,
        user: event.user,
        botId: event.bot_id,
        subtype: event.subtype,
        eventId: body.event_id,
      },
      { context, say, client },
    );
  });
  app.message(async ({ message, body, context, say, client }) => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined) return;
    await answerMessage(
      deps,
      seen,
      {
        channel: message.channel,
        ts: message.ts,
        threadTs: message.thread_ts,
        text: message.text ?? '',
        user: message.user,
        botId: message.bot_id,
        subtype: undefined,
        eventId: body.event_id,
      },
      { context, say, client },
    );
  });
}
