import type { CommandDefinition, CommandOption } from './commands.js';
import type { BotRequest } from './requests.js';

/** Option values by name, as a platform delivers them. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** A command line that could not be understood, with what to tell the user. */
export interface CommandTextError {
  readonly kind: 'command-error';
  readonly command: string;
  readonly problem: 'unknown-command' | 'missing-option' | 'bad-value' | 'unknown-option';
  readonly option?: string;
  readonly usage?: string;
}

const NAMED = /(?:^|\s)([a-z][a-z-]*):(?:"([^"]*)"|(\S*))/g;

function convert(option: CommandOption, raw: string): string | number | boolean | undefined {
  if (option.type === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(raw)) return true;
    if (/^(false|no|off|0)$/i.test(raw)) return false;
    return undefined;
  }
  if (option.type === 'integer') {
    return /^-?\d+$/.test(raw) && (option.minValue === undefined || Number(raw) >= option.minValue)
      ? Number(raw)
      : undefined;
  }
  if (option.choices && !option.choices.some((choice) => choice.value === raw.toLowerCase()))
    return undefined;
  return option.choices ? raw.toLowerCase() : raw;
}

/**
 * Reads the text after a command name, as typed in a terminal or a Slack slash command: `name:value`
 * pairs (quote values with spaces: `topic:"red line"`), and free words for the first text option.
 */
export function parseCommandText(
  definition: CommandDefinition,
  text: string,
): { kind: 'options'; values: OptionValues } | CommandTextError {
  const values: Record<string, string | number | boolean> = {};
  const fail = (problem: CommandTextError['problem'], option?: string): CommandTextError => ({
    kind: 'command-error',
    command: definition.name,
    problem,
    usage: definition.usage,
    ...(option === undefined ? {} : { option }),
  });
  let badValue: string | undefined;
  const free = text.replace(
    NAMED,
    (whole, name: string, quoted: string | undefined, bare: string | undefined) => {
      const option = definition.options.find((candidate) => candidate.name === name);
      if (!option) return whole;
      const value = convert(option, quoted ?? bare ?? '');
      if (value === undefined) badValue ??= name;
      else values[name] = value;
      return ' ';
    },
  );
  if (badValue !== undefined) return fail('bad-value', badValue);
  const words = free.trim();
  if (words.length > 0) {
    const main = definition.options.find(
      (option) => option.type === 'string' && !option.choices && !(option.name in values),
    );
    const flag = definition.options.find(
      (option) => option.type === 'boolean' && option.name === words.toLowerCase(),
    );
    if (main) values[main.name] = words;
    // A command without free text takes a boolean option by its bare name: `/articles reload`.
    else if (flag) values[flag.name] = true;
    else {
      const integer = definition.options.find(
        (option) => option.type === 'integer' && !(option.name in values),
      );
      const value = integer ? convert(integer, words) : undefined;
      if (!integer || value === undefined) return fail('bad-value', integer?.name);
      values[integer.name] = value;
    }
  }
  const missing = definition.options.find((option) => option.required && !(option.name in values));
  if (missing) return fail('missing-option', missing.name);
  return { kind: 'options', values };
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** Maps a command and its option values (from any platform) to a bot request. */
export function requestFromCommand(name: string, values: OptionValues): BotRequest | undefined {
  switch (name) {
    case 'quote':
      return { kind: 'quote', query: str(values['query']) ?? '', article: str(values['article']) };
    case 'summary': {
      const length = str(values['length']);
      return {
        kind: 'summary',
        length: length === 'short' || length === 'medium' || length === 'long' ? length : undefined,
        topic: str(values['topic']),
        article: str(values['article']),
      };
    }
    case 'articles':
      return { kind: 'articles', page: typeof values['page'] === 'number' ? values['page'] : undefined };
    case 'help':
      return { kind: 'help' };
    default:
      return undefined;
  }
}
