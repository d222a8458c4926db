import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import {
  parseCommandText,
  requestFromCommand,
  type BotReply,
  type CommandDefinition,
} from '../../src/index.js';
import type { SlackMessage } from './blocks.js';
import { slackUsage } from './command-names.js';
import type { SlackDeps } from './deps.js';
import { decodeSlackText } from './mrkdwn.js';
import {
  renderCommandError,
  renderFailure,
  renderReply,
  renderUnavailable,
  type Visibility,
} from './render-reply.js';

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

/**
 * The answer to one slash command, from its text. Synchronous: the core answers in well under a
 * millisecond for quotes and a few for summaries, so the whole reply travels in the ack.
 */
export function answerCommand(deps: SlackDeps, definition: CommandDefinition, text: string): CommandAnswer {
  const parsed = parseCommandText(definition, decodeSlackText(text));
  if (parsed.kind === 'command-error') {
    const usage = slackUsage(definition, deps.names);
    return { message: renderCommandError(parsed, deps.names, usage), visibility: 'private' };
  }
  const request = requestFromCommand(definition.name, parsed.values) ?? {
    kind: 'help' as const,
    unknown: deps.names.slashOf.get(definition.name),
  };
  const reply = deps.bot.handle(request);
  const visibility = isForChannel(reply) && parsed.values['private'] !== true ? 'public' : 'private';
  return { message: renderReply(reply, deps.names, visibility), visibility };
}

const asResponse = (answer: CommandAnswer): RespondArguments => ({
  response_type: answer.visibility === 'public' ? 'in_channel' : 'ephemeral',
  ...answer.message,
});

/**
 * Registers every command under its Slack name, acked at once. The core's commands carry their reply
 * in the ack; a command with a handler of its own is acked empty, then answered through `response_url`.
 */
export function registerCommands(
  app: App,
  deps: SlackDeps,
  handlers: Readonly<Record<string, SlackCommandHandler>> = {},
): void {
  for (const [slash, definition] of deps.names.definitionOf) {
    const handler = handlers[definition.name];
    if (handler) {
      app.command(slash, async ({ command, ack, respond }) => {
        await ack();
        await deps.work.run(async () => {
          const answer = await handler(command).catch((error: unknown) => {
            deps.logger.error({ err: error, command: definition.name }, 'slack command failed');
            return { message: renderFailure(), visibility: 'private' as const };
          });
          await respond(asResponse(answer));
        });
      });
      continue;
    }
    app.command(slash, async ({ command, ack }) => {
      let answer: CommandAnswer;
      try {
        answer =
          (definition.subcommands?.length ?? 0) > 0
            ? { message: renderUnavailable(slash), visibility: 'private' }
            : answerCommand(deps, definition, command.text ?? '');
      } catch (error) {
        deps.logger.error({ err: error, command: definition.name }, 'slack command failed');
        answer = { message: renderFailure(), visibility: 'private' };
      }
      await ack(asResponse(answer));
    });
  }
}
