import type { SlashCommand, webApi } from '@slack/bolt';
import {
  dailyRequestFromCommand,
  parseCommandText,
  type CommandDefinition,
  type DailyCommands,
} from '../../src/index.js';
import { fallback, section } from './blocks.js';
import { slackUsage } from './command-names.js';
import type { CommandAnswer } from './commands.js';
import type { SlackDeps } from './deps.js';
import { isSlackManager } from './managers.js';
import { decodeSlackText, escapeMrkdwn } from './mrkdwn.js';
import { renderDaily } from './render-daily.js';
import { renderCommandError } from './render-reply.js';

/** What the adapter needs of the daily quotes: the core's `/daily` handler. */
export type DailyCommandsPort = Pick<DailyCommands, 'handle'>;

const privately = (mrkdwn: string): CommandAnswer => ({
  message: { text: fallback(mrkdwn), blocks: [section(mrkdwn)] },
  visibility: 'private',
});

/**
 * `/daily set|stop|status|now …` typed in Slack: the first word is the sub-command, the rest its options
 * (`time:09:00 timezone:Europe/Berlin channel:#general`). The channel is where the command was typed
 * unless `channel:` names another (the manifest escapes the command, so `#general` arrives as
 * `<#C…|general>`). Changing a schedule takes a manager (see `isSlackManager`); the core decides. The
 * answer goes to the asker only, after the ack: the store is I/O and `now` waits for the post.
 */
export async function answerDaily(
  deps: SlackDeps,
  daily: DailyCommandsPort,
  client: webApi.WebClient,
  command: SlashCommand,
  definition: CommandDefinition,
): Promise<CommandAnswer> {
  const slash = deps.names.slashOf.get(definition.name) ?? `/${definition.name}`;
  const text = decodeSlackText(command.text ?? '').trim();
  const first = /^\S*/.exec(text)![0];
  const sub = definition.subcommands?.find((candidate) => candidate.name === first.toLowerCase());
  if (!sub) {
    const usages = (definition.subcommands ?? []).map(
      (candidate) => `• \`${escapeMrkdwn(slackUsage({ ...candidate, name: definition.name }, deps.names))}\``,
    );
    return privately([`Usage: \`${escapeMrkdwn(slash)} set|stop|status|now\``, ...usages].join('\n'));
  }
  const parsed = parseCommandText(sub, text.slice(first.length));
  if (parsed.kind === 'command-error') {
    const usage = slackUsage({ ...sub, name: definition.name }, deps.names);
    return { message: renderCommandError(parsed, deps.names, usage), visibility: 'private' };
  }
  const canManage =
    sub.name === 'status'
      ? false
      : await isSlackManager(client, command.user_id, deps.managerIds).catch((error: unknown) => {
          deps.logger.warn({ err: error }, 'slack users.info failed; treating the user as no manager');
          return false;
        });
  const request = dailyRequestFromCommand(sub.name, parsed.values, {
    platform: 'slack',
    channelId: command.channel_id,
    workspaceId: command.team_id,
    userId: command.user_id,
    canManage,
  });
  if (!request) return privately('I do not know that channel: write it as #channel.');
  const reply = await daily.handle(request);
  return {
    message: renderDaily(reply, slash, deps.names.slashOf.get('articles') ?? '/articles'),
    visibility: 'private',
  };
}
