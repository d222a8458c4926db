import type { App, RespondArguments, RespondFn, SlashCommand, webApi } from '@slack/bolt';
import {
  parseCommandText,
  reloadRequestFromCommand,
  requestFromCommand,
  type BotReply,
  type CommandDefinition,
} from '../../src/index.js';
import type { SlackMessage } from './blocks.js';
import { slackUsage } from './command-names.js';
import { answerDaily } from './daily.js';
import type { SlackDeps } from './deps.js';
import { isSlackManager } from './managers.js';
import { decodeSlackText } from './mrkdwn.js';
import {
  renderCommandError,
  renderFailure,
  renderReply,
  renderUnavailable,
  type Visibility,
} from './render-reply.js';
import { renderReload } from './render-reload.js';

/** A reply and who sees it. */
export interface CommandAnswer {
  readonly message: SlackMessage;
  readonly visibility: Visibility;
}

/**
 * A command answered outside the core's synchronous `Bot` (e.g. `/daily`, which reads a store): it
 * gets the Slack payload, and its answer goes through `response_url` after the ack.
 */
export type SlackCommandHandler = (command: SlashCommand) => Promise<CommandAnswer>;

/** Quotes and summaries are for the channel (unless asked privately); lists, help and errors for the asker. */
function isForChannel(reply: BotReply): boolean {
  return reply.kind === 'quote' || (reply.kind === 'summary' && reply.summary.found);
}

/** What to do with a command: answer in the ack, or (for `/articles reload`) look up the user first. */
export type CommandPlan =
  { readonly kind: 'reply'; readonly answer: CommandAnswer } | { readonly kind: 'reload' };

/**
 * Reads one slash command. Synchronous: the core answers in well under a millisecond for quotes and a
 * few for summaries, so the whole reply travels in the ack. Only `/articles reload` needs I/O first
 * (who is asking), so it is answered after the ack.
 */
export function planCommand(deps: SlackDeps, definition: CommandDefinition, text: string): CommandPlan {
  const parsed = parseCommandText(definition, decodeSlackText(text));
  if (parsed.kind === 'command-error') {
    const usage = slackUsage(definition, deps.names);
    return {
      kind: 'reply',
      answer: { message: renderCommandError(parsed, deps.names, usage), visibility: 'private' },
    };
  }
  if (reloadRequestFromCommand(definition.name, parsed.values, false)) return { kind: 'reload' };
  const request = requestFromCommand(definition.name, parsed.values) ?? {
    kind: 'help' as const,
    unknown: deps.names.slashOf.get(definition.name),
  };
  const reply = deps.bot.handle(request);
  const visibility = isForChannel(reply) && parsed.values['private'] !== true ? 'public' : 'private';
  return { kind: 'reply', answer: { message: renderReply(reply, deps.names, visibility), visibility } };
}

/** `/articles reload`, for managers only: answered privately once Slack has said who is asking. */
async function answerReload(
  deps: SlackDeps,
  client: webApi.WebClient,
  userId: string,
): Promise<CommandAnswer> {
  const canManage = await isSlackManager(client, userId, deps.managerIds).catch((error: unknown) => {
    deps.logger.warn({ err: error }, 'slack users.info failed; treating the user as no manager');
    return false;
  });
  const reply = deps.bot.reloadArticles({ kind: 'articles-reload', canManage });
  return { message: renderReload(reply), visibility: 'private' };
}

const asResponse = (answer: CommandAnswer): RespondArguments => ({
  response_type: answer.visibility === 'public' ? 'in_channel' : 'ephemeral',
  ...answer.message,
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acks at once, then answers through `response_url` with what `work` produces. */
async function ackThenRespond(
  deps: SlackDeps,
  name: string,
  ack: () => Promise<void>,
  respond: RespondFn,
  work: () => Promise<CommandAnswer>,
): Promise<void> {
  await ack();
  await deps.work.run(async () => {
    const answer = await work().catch((error: unknown) => {
      deps.logger.error({ err: error, command: name }, 'slack command failed');
      return { message: renderFailure(), visibility: 'private' as const };
    });
    await respond(asResponse(answer)).catch((error: unknown) => {
      deps.logger.error({ err: error, command: name }, 'slack response_url post failed');
    });
  });
}

/**
 * Registers the commands, acked at once. The core's commands carry their reply in the ack; a command
 * with a handler of its own, or one that needs I/O first, is acked empty and answered through
 * `response_url`. One listener serves every name: Bolt runs each listener's middleware chain on every
 * request, so one listener per command would cost each request a chain per command.
 */
export function registerCommands(
  app: App,
  deps: SlackDeps,
  handlers: Readonly<Record<string, SlackCommandHandler>> = {},
): void {
  const slashes = [...deps.names.definitionOf.keys()].map(escapeRegExp);
  app.command(new RegExp(`^(?:${slashes.join('|')})$`), async ({ command, ack, respond, client }) => {
    const definition = deps.names.definitionOf.get(command.command);
    if (!definition) return;
    const handler = handlers[definition.name];
    if (handler) return ackThenRespond(deps, definition.name, ack, respond, () => handler(command));
    const daily = deps.daily;
    if (definition.name === 'daily' && daily)
      return ackThenRespond(deps, definition.name, ack, respond, () =>
        answerDaily(deps, daily, client, command, definition),
      );
    let plan: CommandPlan;
    try {
      plan =
        (definition.subcommands?.length ?? 0) > 0
          ? { kind: 'reply', answer: { message: renderUnavailable(command.command), visibility: 'private' } }
          : planCommand(deps, definition, command.text ?? '');
    } catch (error) {
      deps.logger.error({ err: error, command: definition.name }, 'slack command failed');
      plan = { kind: 'reply', answer: { message: renderFailure(), visibility: 'private' } };
    }
    if (plan.kind === 'reload')
      return ackThenRespond(deps, definition.name, ack, respond, () =>
        answerReload(deps, client, command.user_id),
      );
    await ack(asResponse(plan.answer));
  });
}
