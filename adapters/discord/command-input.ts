import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from 'discord.js';
import type { OptionValues } from '../../src/index.js';
import type { DiscordMessage } from './discord-message.js';

/** What answering a command takes: the work that renders the answer, and how to send it. */
export interface Answer {
  /**
   * Defer first, so that Discord's 3 seconds cannot run out: for work that grows with the content (a
   * summary reads a whole article) or does I/O (a reload, the daily store). Quotes, lists and help are
   * index look-ups that answer in well under a millisecond, so they reply at once: one request, not two.
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
