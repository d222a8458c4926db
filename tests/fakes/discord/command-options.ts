import type {
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { OptionValue, SlashCommandInput } from './interaction-payloads.js';

type DataOption = APIApplicationCommandInteractionDataOption;

/**
 * The `data.options` of a command interaction: values typed from the registered command's definitions when
 * there are any, nested under the subcommand (group), with `focused: true` on the option being typed.
 */
export function commandOptions(
  input: SlashCommandInput,
  definitions: readonly APIApplicationCommandOption[],
  focused: string | undefined,
): DataOption[] {
  const leafDefinitions = childOptions(childOptions(definitions, input.subcommandGroup), input.subcommand);
  const leaves = isRawOptions(input.options)
    ? input.options.map((option) => (option.name === focused ? { ...option, focused: true } : option))
    : optionsFromValues(input.options ?? {}, leafDefinitions, focused);
  let options = leaves as DataOption[];
  if (input.subcommand !== undefined) options = [{ name: input.subcommand, type: 1, options } as DataOption];
  if (input.subcommandGroup !== undefined) {
    options = [{ name: input.subcommandGroup, type: 2, options } as DataOption];
  }
  return options;
}

function isRawOptions(options: SlashCommandInput['options']): options is readonly DataOption[] {
  return Array.isArray(options);
}

/** The options defined under a subcommand (group) of this name, or the same list when there is none. */
function childOptions(
  definitions: readonly APIApplicationCommandOption[],
  name: string | undefined,
): readonly APIApplicationCommandOption[] {
  if (name === undefined) return definitions;
  const parent = definitions.find((option) => option.name === name);
  return parent !== undefined && 'options' in parent
    ? ((parent.options ?? []) as readonly APIApplicationCommandOption[])
    : [];
}

function optionsFromValues(
  values: Readonly<Record<string, OptionValue>>,
  definitions: readonly APIApplicationCommandOption[],
  focused: string | undefined,
): object[] {
  const entries = Object.entries(values);
  if (focused !== undefined && !(focused in values)) entries.push([focused, '']);
  return entries.map(([name, value]) => ({
    name,
    type: optionType(value, definitions.find((option) => option.name === name)?.type),
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

function optionType(value: OptionValue, registered: number | undefined): number {
  if (registered !== undefined) return registered;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}
