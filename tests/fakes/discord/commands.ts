import type { APIApplicationCommand } from 'discord-api-types/v10';
import { ApiFailure, ERRORS, failIf, fieldError } from './errors.js';
import { validateCommand } from './validation.js';
import type { World } from './world.js';

/** The application commands registered with the fake, global and per guild, as Discord stores them. */
export class CommandStore {
  private globalCommands: APIApplicationCommand[] = [];
  private readonly guildCommands = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly world: World) {}

  /** Global commands, in registration order. */
  get global(): readonly APIApplicationCommand[] {
    return this.globalCommands;
  }

  guild(guildId: string): readonly APIApplicationCommand[] {
    return this.guildCommands.get(guildId) ?? [];
  }

  /** A command by name: the guild's own first, then the global one. */
  find(name: string, guildId: string | undefined): APIApplicationCommand | undefined {
    const byName = (command: APIApplicationCommand): boolean => command.name === name && command.type === 1;
    return (
      (guildId === undefined ? undefined : this.guild(guildId).find(byName)) ??
      this.globalCommands.find(byName)
    );
  }

  /** Bulk overwrite (`PUT`): validates all, keeps the ids of commands that keep their name and type. */
  overwrite(guildId: string | undefined, body: unknown): APIApplicationCommand[] {
    if (!Array.isArray(body)) {
      throw new ApiFailure(ERRORS.invalidFormBody(fieldError([], 'BASE_TYPE_ARRAY', 'Must be an array.')));
    }
    if (body.length > 100) {
      throw new ApiFailure(
        ERRORS.invalidFormBody(fieldError([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.')),
      );
    }
    body.forEach((command, index) => failIf(validateCommand(command, [index])));
    const seen = new Set<string>();
    body.forEach((command: any, index) => {
      const key = `${command.type ?? 1}:${command.name}`;
      if (seen.has(key)) {
        throw new ApiFailure(
          ERRORS.invalidFormBody(
            fieldError(
              [index, 'name'],
              'APPLICATION_COMMANDS_DUPLICATE_NAME',
              `Application command names must be unique`,
            ),
          ),
        );
      }
      seen.add(key);
    });
    const previous = guildId === undefined ? this.globalCommands : this.guild(guildId);
    const stored = body.map((command: any) => this.store(guildId, command, previous));
    if (guildId === undefined) this.globalCommands = stored;
    else this.guildCommands.set(guildId, stored);
    return stored;
  }

  /** Create or replace one command (`POST`). */
  upsert(guildId: string | undefined, body: unknown): { command: APIApplicationCommand; created: boolean } {
    failIf(validateCommand(body));
    const list = guildId === undefined ? this.globalCommands : [...this.guild(guildId)];
    const command = this.store(guildId, body, list);
    const index = list.findIndex((existing) => existing.id === command.id);
    if (index >= 0) list[index] = command;
    else list.push(command);
    if (guildId === undefined) this.globalCommands = list;
    else this.guildCommands.set(guildId, list);
    return { command, created: index < 0 };
  }

  remove(guildId: string | undefined, commandId: string): boolean {
    const list = guildId === undefined ? this.globalCommands : [...this.guild(guildId)];
    const kept = list.filter((command) => command.id !== commandId);
    if (guildId === undefined) this.globalCommands = kept;
    else this.guildCommands.set(guildId, kept);
    return kept.length !== list.length;
  }

  private store(
    guildId: string | undefined,
    input: any,
    previous: readonly APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = input.type ?? 1;
    const existing = previous.find((command) => command.name === input.name && command.type === type);
    return {
      ...input,
      id: existing?.id ?? this.world.ids.next(),
      application_id: this.world.applicationId,
      version: this.world.ids.next(),
      type,
      name: input.name,
      description: input.description ?? '',
      default_member_permissions: input.default_member_permissions ?? null,
      nsfw: input.nsfw ?? false,
      integration_types: input.integration_types ?? [0],
      contexts: input.contexts ?? null,
      ...(guildId === undefined ? {} : { guild_id: guildId }),
    };
  }
}
