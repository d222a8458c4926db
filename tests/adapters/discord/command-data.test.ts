import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandsData } from '../../../adapters/discord/command-data.js';
import { COMMANDS, type CommandDefinition } from '../../../src/index.js';

describe('Discord command data from the core definitions', () => {
  it('given COMMANDS, then every command is registered with the same names and options', () => {
    const data = commandsData(COMMANDS);
    expect(data.map((command) => command.name)).toEqual(COMMANDS.map((command) => command.name));
    const quote = data.find((command) => command.name === 'quote')!;
    expect(quote.options).toEqual([
      expect.objectContaining({
        name: 'query',
        type: ApplicationCommandOptionType.String,
        required: false,
        autocomplete: true,
        max_length: 500,
      }),
      expect.objectContaining({ name: 'author', type: ApplicationCommandOptionType.String, required: false }),
      expect.objectContaining({ name: 'article', autocomplete: true, required: false }),
      expect.objectContaining({ name: 'private', type: ApplicationCommandOptionType.Boolean }),
      expect.objectContaining({ name: 'card', type: ApplicationCommandOptionType.Boolean }),
    ]);
    const summary = data.find((command) => command.name === 'summary')!;
    expect(summary.options?.[0]).toMatchObject({
      name: 'length',
      choices: [{ value: 'short' }, { value: 'medium' }, { value: 'long' }],
    });
    expect(data.find((command) => command.name === 'articles')!.options?.[0]).toMatchObject({
      type: ApplicationCommandOptionType.Integer,
      min_value: 1,
    });
  });

  it('given a command with sub-commands, then each becomes a sub-command with its own options', () => {
    const daily: CommandDefinition = {
      name: 'daily',
      description: 'The daily quote',
      usage: '/daily set|off',
      options: [],
      subcommands: [
        {
          name: 'set',
          description: 'Post a quote here every day',
          usage: '/daily set <time> [timezone]',
          options: [
            { name: 'time', description: 'HH:MM', type: 'string', required: true },
            { name: 'timezone', description: 'IANA zone', type: 'string', autocomplete: 'timezone' },
          ],
        },
        { name: 'off', description: 'Stop it', usage: '/daily off', options: [] },
      ],
    };
    const [data] = commandsData([daily]);
    expect(data!.options).toEqual([
      expect.objectContaining({
        type: ApplicationCommandOptionType.Subcommand,
        name: 'set',
        options: [
          expect.objectContaining({ name: 'time', required: true }),
          expect.objectContaining({ name: 'timezone', autocomplete: true }),
        ],
      }),
      expect.objectContaining({ type: ApplicationCommandOptionType.Subcommand, name: 'off', options: [] }),
    ]);
  });

  it('given a definition Discord would reject, then building the data throws', () => {
    expect(() => commandsData([{ name: 'Bad Name', description: 'x', usage: '', options: [] }])).toThrow();
  });
});
