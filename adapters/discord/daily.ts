import type { ChatInputCommandInteraction } from 'discord.js';
import { dailyRequestFromCommand, type DailyCommands } from '../../src/index.js';
import { canManage, optionValues, type Answer } from './command-input.js';
import type { DiscordContext } from './context.js';
import { textMessage } from './discord-message.js';
import { renderDaily } from './render-daily.js';

/** What the adapter needs of the daily quotes: the core's `/daily` handler. */
export type DailyCommandsPort = Pick<DailyCommands, 'handle'>;

/**
 * `/daily set|stop|status|now`: the channel is where the command was typed unless the `channel` option
 * names another, and changing it takes the Manage Server permission (the core checks `canManage`). The
 * answer is deferred (the store is I/O, `now` waits for the post) and goes to the asker only.
 */
export function dailyAnswer(interaction: ChatInputCommandInteraction, context: DiscordContext): Answer {
  const daily = context.daily;
  if (!daily) {
    const off = textMessage('Daily quotes are not running on this bot.', true);
    return { defer: false, private: true, render: () => off };
  }
  const { subcommand, values } = optionValues(interaction.options.data);
  const request = dailyRequestFromCommand(subcommand ?? '', values, {
    platform: 'discord',
    channelId: interaction.channelId,
    workspaceId: interaction.guildId,
    userId: interaction.user.id,
    canManage: canManage(interaction),
  });
  if (!request) {
    const unknown = textMessage('I do not know that channel. Pick one from the list.', true);
    return { defer: false, private: true, render: () => unknown };
  }
  return { defer: true, private: true, render: async () => renderDaily(await daily.handle(request)) };
}
