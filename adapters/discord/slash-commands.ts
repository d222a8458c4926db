import {
  ApplicationCommandOptionType,
  MessageFlags,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  requestFromCommand,
  type BotRequest,
  type CommandDefinition,
  type OptionValues,
} from '../../src/index.js';
import { commandData } from './command-data.js';
import type { DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, NO_MENTIONS } from './discord-message.js';
import { decodePick } from './query-pick.js';
import { renderReply } from './render-reply.js';

/** A slash command as the discord.js template has it: its registration data and what runs it. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}

/**
 * Commands whose work grows with the content (a summary reads a whole article) or may wait on storage
 * (the daily quote): they defer first, so that Discord's 3 seconds can never run out. Quotes, lists and
 * help are index look-ups that answer in well under a millisecond, so they reply at once.
 */
const DEFERRED = new Set(['summary', 'daily']);

const EXPIRED_PICK = 'That suggestion has expired: run `/quote` again.';

/** The options as name → value, and the sub-command's name if one was used (`/daily set`). */
function optionValues(options: readonly CommandInteractionOption[]): {
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

/** The bot request for a command, or `'expired'` for a picked suggestion that is no longer known. */
function requestOf(name: string, options: readonly CommandInteractionOption[], context: DiscordContext) {
  const { subcommand, values } = optionValues(options);
  const request: BotRequest = requestFromCommand(name, subcommand ? { ...values, subcommand } : values) ?? {
    kind: 'help',
    unknown: `/${name}`,
  };
  if (request.kind !== 'quote') return request;
  const pick = decodePick(request.query, context.picks);
  return pick === 'expired' ? pick : { ...request, query: pick.query, hit: pick.hit };
}

function slashCommand(definition: CommandDefinition): Command {
  return {
    data: commandData(definition),
    async execute(interaction, context) {
      const request = requestOf(definition.name, interaction.options.data, context);
      const askedPrivate = interaction.options.getBoolean('private') === true;
      if (request === 'expired') {
        await interaction.reply({
          content: EXPIRED_PICK,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      if (DEFERRED.has(definition.name)) {
        await interaction.deferReply(askedPrivate ? { flags: MessageFlags.Ephemeral } : {});
        const reply = context.bot.handle(request);
        await interaction.editReply(asUpdate(renderReply(reply, askedPrivate, context.buttons)));
        return;
      }
      const reply = context.bot.handle(request);
      await interaction.reply(asInteractionReply(renderReply(reply, askedPrivate, context.buttons)));
    },
  } satisfies Command;
}

/** The Discord commands for the core's command definitions, by name. */
export function slashCommands(definitions: readonly CommandDefinition[]): Map<string, Command> {
  return new Map(definitions.map((definition) => [definition.name, slashCommand(definition)]));
}
