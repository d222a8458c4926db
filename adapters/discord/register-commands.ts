import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { CommandDefinition } from '../../src/index.js';
import { commandsData } from './command-data.js';
import { discordRestAgent } from './rest-agent.js';

export interface RegistrationTarget {
  readonly token: string;
  readonly applicationId: string;
  /** A development server: its commands update at once. Without it, commands are global. */
  readonly guildId?: string | undefined;
  /** REST base URL (default https://discord.com/api). */
  readonly apiUrl?: string | undefined;
}

/**
 * Registers the commands (replacing the application's previous set) from the same definitions the bot
 * answers, to one server when `guildId` is given, else globally. Returns the names Discord confirmed.
 */
export async function registerCommands(
  definitions: readonly CommandDefinition[],
  target: RegistrationTarget,
): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = new REST({
    agent: discordRestAgent(),
    ...(target.apiUrl ? { api: target.apiUrl } : {}),
  }).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const result = (await rest.put(route, {
    body: commandsData(definitions),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: target.guildId ? 'guild' : 'global', names: result.map((command) => command.name) };
}
