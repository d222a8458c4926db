import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SharedSlashCommandOptions,
} from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../src/index.js';

/** Channels a `channel` option offers: those the bot can post messages in. */
const POSTABLE_CHANNELS = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
] as const;

/** Adds the core's options to a command or sub-command builder, which checks Discord's rules on them. */
function addOptions<T extends SharedSlashCommandOptions<T>>(
  builder: SharedSlashCommandOptions<T>,
  options: readonly CommandOption[],
): void {
  for (const option of options) {
    const required = option.required ?? false;
    switch (option.type) {
      case 'string':
        builder.addStringOption((string) => {
          string.setName(option.name).setDescription(option.description).setRequired(required);
          if (option.autocomplete) string.setAutocomplete(true);
          if (option.choices) string.addChoices(...option.choices);
          if (option.maxLength !== undefined) string.setMaxLength(option.maxLength);
          return string;
        });
        break;
      case 'integer':
        builder.addIntegerOption((integer) => {
          integer.setName(option.name).setDescription(option.description).setRequired(required);
          if (option.minValue !== undefined) integer.setMinValue(option.minValue);
          if (option.maxValue !== undefined) integer.setMaxValue(option.maxValue);
          return integer;
        });
        break;
      case 'channel':
        builder.addChannelOption((channel) =>
          channel
            .setName(option.name)
            .setDescription(option.description)
            .setRequired(required)
            .addChannelTypes(...POSTABLE_CHANNELS),
        );
        break;
      case 'boolean':
        builder.addBooleanOption((boolean) =>
          boolean.setName(option.name).setDescription(option.description).setRequired(required),
        );
        break;
    }
  }
}

/**
 * The Discord application command for a core command definition: its options, or its sub-commands
 * (`/daily set …`) each with theirs. Usable in servers and in DMs with the bot.
 */
export function commandData(definition: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(definition.name)
    .setDescription(definition.description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  const subcommands = definition.subcommands ?? [];
  if (subcommands.length > 0) {
    for (const subcommand of subcommands) {
      const sub = new SlashCommandSubcommandBuilder()
        .setName(subcommand.name)
        .setDescription(subcommand.description);
      addOptions(sub, subcommand.options);
      builder.addSubcommand(sub);
    }
  } else {
    addOptions(builder, definition.options);
  }
  return builder.toJSON();
}

/** Every command's API JSON, as `npm run deploy:discord` registers it. */
export function commandsData(
  definitions: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return definitions.map(commandData);
}
