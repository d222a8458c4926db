import type { App, Context, RespondArguments, RespondFn, SlashCommand, webApi } from '@slack/bolt';
import {
  answersLater,
  handleRequest,
  resolveCommandText,
  type BotCommand,
  type CommandPorts,
  type CommandReply,
  type QuoteRequest,
} from '../../src/index.js';
import type { SlackMessage } from './blocks.js';
import { answerCardRequest } from './card-reply.js';
import { botInChannel } from './channel-membership.js';
import type { SlackDeps } from './deps.js';
import { isSlackManager } from './managers.js';
import { decodeSlackText } from './mrkdwn.js';
import { noteFailure } from './observe.js';
import { withNotInChannel } from './render-daily.js';
import { renderCommandReply, renderFailure, type Visibility } from './render-reply.js';

/** A reply and who sees it. */
export interface CommandAnswer {
  readonly message: SlackMessage;
  readonly visibility: Visibility;
}

/**
 * Quotes and summaries are for the channel (unless asked privately); lists, help and errors for the asker.
 */
function isForChannel(reply: CommandReply): boolean {
  if (reply.kind !== 'bot') return false;
  const answer = reply.reply;
  return (
    answer.kind === 'quote' ||
    (answer.kind === 'summary' && answer.summary.found) ||
    (answer.kind === 'library-summary' && answer.summary.kind === 'found')
  );
}

/** The ports of the command path for one Slack user: managers are asked of Slack (users.info) when needed. */
export function slackPorts(
  deps: SlackDeps,
  client: webApi.WebClient,
  userId: string,
  teamId: string,
): CommandPorts {
  return {
    bot: deps.bot,
    daily: deps.daily,
    mayManage: () =>
      isSlackManager(client, userId, deps.managerIds).catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'slack users.info failed; treating the user as no manager');
        return false;
      }),
    cooldown: deps.cooldowns && { gate: deps.cooldowns, user: `slack:${teamId}:${userId}` },
  };
}

/** A command's reply, rendered, and who sees it. */
export function answerOf(deps: SlackDeps, reply: CommandReply, privately: boolean): CommandAnswer {
  const visibility = isForChannel(reply) && !privately ? 'public' : 'private';
  return { message: renderCommandReply(reply, deps.names, visibility), visibility };
}

const asResponse = (answer: CommandAnswer): RespondArguments => ({
  response_type: answer.visibility === 'public' ? 'in_channel' : 'ephemeral',
  ...answer.message,
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "something went wrong" answer to a command that threw: logged, and counted as an `error`. */
function failureOf(deps: SlackDeps, context: Context, name: string, error: unknown): CommandAnswer {
  deps.logger.error({ err: error, command: name }, 'slack command failed');
  noteFailure(context);
  return { message: renderFailure(), visibility: 'private' };
}

/** Acks at once, then answers through `response_url` with what `work` produces. */
async function ackThenRespond(
  deps: SlackDeps,
  context: Context,
  name: string,
  ack: () => Promise<void>,
  respond: RespondFn,
  work: () => Promise<CommandAnswer>,
): Promise<void> {
  await ack();
  await deps.work.run(async () => {
    const answer = await work().catch((error: unknown) => failureOf(deps, context, name, error));
    await respond(asResponse(answer)).catch((error: unknown) => {
      deps.logger.error({ err: error, command: name }, 'slack response_url post failed');
    });
  });
}

/**
 * One slash command through the command path. The core answers quotes, lists and help in well under a
 * millisecond (summaries in a few), so the whole reply travels in the ack; a request that does I/O first
 * (a reload, `/daily`) is acked empty and answered through `response_url`.
 */
async function answerCommand(
  deps: SlackDeps,
  command: BotCommand,
  payload: SlashCommand,
  ack: (response?: RespondArguments) => Promise<void>,
  respond: RespondFn,
  client: webApi.WebClient,
  context: Context,
): Promise<void> {
  const resolved = resolveCommandText(command, decodeSlackText(payload.text ?? ''), {
    platform: 'slack',
    channelId: payload.channel_id,
    workspaceId: payload.team_id,
    userId: payload.user_id,
  });
  // A command with sub-commands (`/daily`) reads a store whatever is asked: it is always answered through
  // response_url, its usage too, so that its ack is the same whatever was typed.
  const alwaysLater = (command.subcommands?.length ?? 0) > 0;
  if (resolved.kind === 'usage-error') {
    const usage = answerOf(deps, { kind: 'usage', error: deps.bot.withLibraryExample(resolved) }, true);
    if (alwaysLater)
      return ackThenRespond(deps, context, command.name, ack, respond, () => Promise.resolve(usage));
    await ack(asResponse(usage));
    return;
  }
  const ports = slackPorts(deps, client, payload.user_id, payload.team_id);
  const request = resolved.request;
  if (request.kind === 'quote' && request.card) {
    // Drawing and uploading a card takes longer than an ack may wait: ack first, then upload.
    await ack();
    await deps.work.run(() =>
      answerCardCommand(deps, ports, client, respond, payload, request, resolved.privately).catch(
        (error: unknown) =>
          respond(asResponse(failureOf(deps, context, command.name, error))).then(() => undefined),
      ),
    );
    return;
  }
  const answer = async (): Promise<CommandAnswer> => {
    const reply = await handleRequest(resolved.request, ports);
    const answered = answerOf(deps, reply, resolved.privately);
    // A schedule set in a channel the bot is not in would pause at its first post (not_in_channel): say so now.
    if (reply.kind !== 'daily' || reply.reply.kind !== 'daily-set') return answered;
    const channel = reply.reply.schedule.channelId;
    if ((await botInChannel(client, channel)) !== 'out') return answered;
    const message = withNotInChannel(
      answered.message,
      channel,
      deps.names.slashOf.get('daily'),
      deps.names.slashOf.get('articles'),
    );
    return { ...answered, message };
  };
  if (alwaysLater || answersLater(resolved.request))
    return ackThenRespond(deps, context, command.name, ack, respond, answer);
  let now: CommandAnswer;
  try {
    now = await answer();
  } catch (error) {
    now = failureOf(deps, context, command.name, error);
  }
  await ack(asResponse(now));
}

/** `/quote … card:true`, acked: the card uploaded into the channel, or an answer through `response_url`. */
async function answerCardCommand(
  deps: SlackDeps,
  ports: CommandPorts,
  client: webApi.WebClient,
  respond: RespondFn,
  payload: SlashCommand,
  request: QuoteRequest,
  privately: boolean,
): Promise<void> {
  const reply = await handleRequest(request, ports);
  // Not a quote (a cooldown, …): answered as any command is.
  if (reply.kind !== 'bot')
    return respond(asResponse(answerOf(deps, reply, privately))).then(() => undefined);
  const answer = await answerCardRequest(
    deps,
    client,
    reply.reply,
    { channel: payload.channel_id },
    privately ? 'private' : 'public',
  );
  if (answer.kind === 'message') await respond(asResponse(answer));
}

/**
 * Registers the commands, acked at once. One listener serves every name: Bolt runs each listener's
 * middleware chain on every request, so one listener per command would cost each request a chain per
 * command.
 */
export function registerCommands(app: App, deps: SlackDeps): void {
  const slashes = [...deps.names.definitionOf.keys()].map(escapeRegExp);
  app.command(
    new RegExp(`^(?:${slashes.join('|')})$`),
    async ({ command, ack, respond, client, context }) => {
      const definition = deps.names.definitionOf.get(command.command);
      if (!definition) return;
      await answerCommand(deps, definition, command, ack, respond, client, context);
    },
  );
}
