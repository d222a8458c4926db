import {
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  reloadRequestFromCommand,
  requestFromCommand,
  type BotRequest,
  type CommandDefinition,
  type OptionValues,
} from '../../src/index.js';
import { commandData } from './command-data.js';
import type { DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, textMessage, type DiscordMessage } from './discord-message.js';
import { decodePick } from './query-pick.js';
import { renderReload } from './render-reload.js';
import { renderReply } from './render-reply.js';

/** A slash command as the discord.js template has it: its registration data and what runs it. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}

/** What answering a command takes: the work that renders the answer, and how to send it. */
interface Answer {
  /**
   * Defer first, so that Discord's 3 seconds cannot run out: for work that grows with the content (a
   * summary reads a whole article) or does I/O (a reload). Quotes, lists and help are index look-ups
   * that answer in well under a millisecond, so they reply at once: one request instead of two.
   */
  readonly defer: boolean;
  readonly private: boolean;
  readonly render: () => DiscordMessage | Promise<DiscordMessage>;
}

/** The options as name → value, and the sub-command's name if one was used (`/daily set`). */
export function optionValues(options: readonly CommandInteractionOption[]): {
  subcommand: string | undefined;
  values: OptionValues;
} {
  const first = options[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) return optionValues(first.options ?? []);
  const subcommand = first?.type === ApplicationCommandOptionType.Subcommand ? first.name : undefined;
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const option of subcommand ? (first?.options ?? []) : options) values[option.name] = option.value;
  return { subcommand, values };
}

/** May this member manage the server (reload articles, change the daily quote)? Never in DMs. */
export function canManage(interaction: ChatInputCommandInteraction): boolean {
  return (
    interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false)
  );
}

function answerFor(name: string, interaction: ChatInputCommandInteraction, context: DiscordContext): Answer {
  const { values } = optionValues(interaction.options.data);
  const askedPrivate = values['private'] === true;
  const reload = reloadRequestFromCommand(name, values, canManage(interaction));
  if (reload)
    return { defer: true, private: true, render: () => renderReload(context.bot.reloadArticles(reload)) };
  let request: BotRequest = requestFromCommand(name, values) ?? { kind: 'help', unknown: `/${name}` };
  if (request.kind === 'quote') {
    const pick = decodePick(request.query, context.picks);
    if (pick === 'expired') {
      const expired = textMessage('That suggestion has expired: run `/quote` again.', true);
      return { defer: false, private: true, render: () => expired };
    }
    request = { ...request, query: pick.query, hit: pick.hit };
  }
  const bot = context.bot;
  const ask = request;
  return {
    defer: request.kind === 'summary',
    private: askedPrivate,
    render: () => renderReply(bot.handle(ask), askedPrivate, context.buttons),
  };
}

async function send(interaction: ChatInputCommandInteraction, answer: Answer): Promise<void> {
  if (!answer.defer) {
    await interaction.reply(asInteractionReply(await answer.render()));
    return;
  }
  await interaction.deferReply(answer.private ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(asUpdate(await answer.render()));
}

function slashCommand(definition: CommandDefinition): Command {
  return {
    data: commandData(definition),
    async execute(interaction, context) {
      await send(interaction, answerFor(definition.name, interaction, context));
    },
  } satisfies Command;
}

/** The Discord commands for the core's command definitions, by name. */
export function slashCommands(definitions: readonly CommandDefinition[]): Map<string, Command> {
  return new Map(definitions.map((definition) => [definition.name, slashCommand(definition)]));
}
