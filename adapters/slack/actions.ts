import type { App, BlockAction, ButtonAction, RespondArguments, RespondFn, webApi } from '@slack/bolt';
import { handleRequest } from '../../src/index.js';
import type { SlackMessage } from './blocks.js';
import { decodeQuoteState, QuoteAction } from './button-state.js';
import { answerCardRequest } from './card-reply.js';
import type { CardDestination } from './card-upload.js';
import type { SlackDeps } from './deps.js';
import { noteFailure } from './observe.js';
import { renderFailure, renderReply, renderStaleButton } from './render-reply.js';

const privately = (message: SlackMessage): RespondArguments => ({
  response_type: 'ephemeral',
  replace_original: false,
  ...message,
});

/**
 * What a click answers. On a private reply, "Next match" and "Context" replace it; on a message the
 * channel sees, they answer the clicker privately, so one person's click never rewrites what everyone
 * reads. "Share in channel" posts the quote for the channel and deletes the private reply; "Card" uploads
 * the quote card into the channel (or thread) of the quote.
 */
async function answerClick(
  deps: SlackDeps,
  action: QuoteAction,
  value: string | undefined,
  respond: RespondFn,
  where: { client: webApi.WebClient; destination: CardDestination | undefined },
): Promise<void> {
  const state = decodeQuoteState(value);
  if (!state) {
    await respond(privately(renderStaleButton()));
    return;
  }
  // The value holds the core's ready-made request: the click runs it as it is.
  const answer = await handleRequest(state.request, {
    bot: deps.bot,
    mayManage: () => Promise.resolve(false),
  });
  const reply = answer.kind === 'bot' ? answer.reply : undefined;
  if (!reply) throw new Error(`a quote button answered ${answer.kind}`);
  if (action === QuoteAction.Card) {
    if (!where.destination) throw new Error('a card button clicked outside a channel');
    const card = await answerCardRequest(deps, where.client, reply, where.destination, 'public');
    if (card.kind === 'message') await respond(privately(card.message));
    return;
  }
  if (action === QuoteAction.Share && reply.kind === 'quote') {
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderReply(reply, deps.names, 'public'),
    });
    await respond({ delete_original: true });
    return;
  }
  const message = renderReply(reply, deps.names, 'private');
  await respond(state.private ? { ...privately(message), replace_original: true } : privately(message));
}

const isQuoteAction = (id: string): id is QuoteAction =>
  (Object.values(QuoteAction) as string[]).includes(id);

/**
 * Registers the quote buttons (one listener for all of them). Each click is acked first, then answered
 * through `response_url`.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    /^quotebot_/,
    async ({ ack, action, respond, body, client, context }) => {
      await ack();
      const id = action.action_id;
      if (!isQuoteAction(id)) return;
      // A card goes where the clicked quote is: its channel, and its thread when it is in one.
      const channel = body.channel?.id ?? body.container.channel_id;
      const container = body.container as { thread_ts?: unknown };
      const threadTs =
        (body.message as { thread_ts?: string } | undefined)?.thread_ts ??
        (typeof container.thread_ts === 'string' ? container.thread_ts : undefined);
      const destination = channel === undefined ? undefined : { channel, threadTs };
      await deps.work.run(async () => {
        try {
          await answerClick(deps, id, action.value, respond, { client, destination });
        } catch (error) {
          deps.logger.error({ err: error, action: id }, 'slack button failed');
          noteFailure(context);
          await respond(privately(renderFailure())).catch(() => undefined);
        }
      });
    },
  );
}
