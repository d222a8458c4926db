import type { CommandDefinition, CommandOption } from '../../src/index.js';

/** One command (or sub-command) as `/help <command>` shows it in full. */
export interface CommandDetail {
  readonly usage: string;
  readonly description: string;
  /** Each option as typed (`author:<name>`, `length:short|medium|long`) with what it does. */
  readonly options: readonly { readonly label: string; readonly description: string }[];
}

/** How an option is typed: its name and what its value may be, as the usage writes it (`author:<name>`). */
function labelOf(option: CommandOption, usage: string): string {
  const typed = new RegExp(`\\b${option.name}:(<[^>]+>|[^\\s\\]]+)`).exec(usage)?.[1];
  if (typed !== undefined) return `${option.name}:${typed}`;
  if (option.choices) return `${option.name}:${option.choices.map((choice) => choice.value).join('|')}`;
  // A flag the usage writes bare (`/articles [reload]`) is typed bare.
  if (option.type === 'boolean')
    return usage.includes(`[${option.name}]`) ? option.name : `${option.name}:true`;
  if (option.type === 'integer') return `${option.name}:<n>`;
  if (option.type === 'channel') return `${option.name}:#channel`;
  return `${option.name}:<${option.name === 'query' ? 'words' : option.name}>`;
}

/** The command, then each of its sub-commands (`/daily set`), in full. */
export function commandDetails(command: CommandDefinition): CommandDetail[] {
  const of = (each: CommandDefinition, usage: string): CommandDetail => ({
    usage,
    description: each.description,
    options: each.options.map((option) => ({
      label: labelOf(option, usage),
      description: option.description,
    })),
  });
  return [
    of(command, command.usage),
    ...(command.subcommands ?? []).map((sub) => of(sub, sub.usage || `/${command.name} ${sub.name}`)),
  ];
}
