import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import {
  answersLater,
  cooldownOf,
  handleRequest,
  type BotCommand,
  type CommandPorts,
  type CommandReply,
  type QuoteRequest,
} from '../../src/index.js';
import { en } from '../shared/wording.js';
import { quoteButtonIds } from './button-state.js';
import { commandData } from './command-data.js';
import { canManage, optionValues } from './command-input.js';
import type { Command, DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, textMessage, type DiscordMessage } from './discord-message.js';
import { decodePick } from './query-pick.js';
import { DISCORD_STYLE, renderCommandReply } from './render-reply.js';

export type { Command } from './context.js';

/** The ports of the command path for one interaction: the asker's Manage Server permission. */
export function discordPorts(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
): CommandPorts {
  return {
    bot: context.bot,
    daily: context.daily,
    mayManage: () => Promise.resolve(canManage(interaction)),
    cooldown: context.cooldowns && { gate: context.cooldowns, user: `discord:${interaction.user.id}` },
  };
}

/** Encodes a reply's follow-ups (state is written here, before rendering), then renders it. */
export function prepareMessage(
  reply: CommandReply,
  askedPrivate: boolean,
  context: DiscordContext,
): DiscordMessage {
  const ids =
    reply.kind === 'bot' && reply.reply.kind === 'quote'
      ? quoteButtonIds(reply.reply, askedPrivate, context.buttons)
      : {};
  return renderCommandReply(reply, askedPrivate, ids);
}

async function execute(
  command: BotCommand,
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  const { subcommand, values } = optionValues(interaction.options.data);
  const resolved = command.resolve({
    subcommand,
    values,
    caller: {
      platform: 'discord',
      channelId: interaction.channelId,
      workspaceId: interaction.guildId,
      userId: interaction.user.id,
    },
  });
  if (resolved.kind === 'usage-error') {
    await interaction.reply(asInteractionReply(renderCommandReply({ kind: 'usage', error: resolved }, true)));
    return;
  }
  let request = resolved.request;
  // A picked autocomplete suggestion arrives as the query option's value: it names the match picked.
  if (request.kind === 'quote') {
    const pick = decodePick(request.query, context.picks);
    if (pick === 'expired') {
      await interaction.reply(asInteractionReply(textMessage(en.pickExpired(DISCORD_STYLE), true)));
      return;
    }
    request = { ...request, query: pick.query, position: pick.hit } satisfies QuoteRequest;
  }
  const ports = discordPorts(interaction, context);
  // Defer when the answer may take a while: I/O (a reload, the daily store) or a summary, which reads a
  // whole article. Quotes, lists and help answer in well under a millisecond: one request, not two.
  if (!answersLater(request) && request.kind !== 'summary') {
    const reply = await handleRequest(request, ports);
    await interaction.reply(asInteractionReply(prepareMessage(reply, resolved.privately, context)));
    return;
  }
  // A wait is told privately, so it is decided before a (public) deferral.
  const held = await cooldownOf(request, ports);
  if (held) {
    await interaction.reply(asInteractionReply(prepareMessage(held, true, context)));
    return;
  }
  await interaction.deferReply(resolved.privately ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await handleRequest(request, ports, true);
  await interaction.editReply(asUpdate(prepareMessage(reply, resolved.privately, context)));
}

function slashCommand(command: BotCommand): Command {
  return {
    data: commandData(command),
    execute: (interaction, context) => execute(command, interaction, context),
  } satisfies Command;
}

/** The Discord commands for the core's commands, by name: each `execute` runs that command's `resolve`. */
export function slashCommands(commands: readonly BotCommand[]): Map<string, Command> {
  return new Map(commands.map((command) => [command.name, slashCommand(command)]));
}
