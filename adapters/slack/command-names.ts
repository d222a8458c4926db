import type { BotCommand, CommandDefinition } from '../../src/index.js';
import type { Config } from '../../runtime/config.js';
import { SlackAdapterError, SlackErrorCode } from './errors.js';
import { SLACK_LIMITS } from './limits.js';

/** The slash-command names of one Slack app, both ways. */
export interface SlackCommandNames {
  /** Core command name (`quote`) → Slack command (`/quote`). */
  readonly slashOf: ReadonlyMap<string, string>;
  /** Slack command (`/quote`) → its definition. */
  readonly definitionOf: ReadonlyMap<string, BotCommand>;
}

/** How an operator renames commands that clash with another app's in the same workspace. */
export interface CommandNameSettings {
  /** Put before every default name: `qb-` gives `/qb-quote`, `/qb-help`. */
  readonly prefix?: string | undefined;
  /** Full names by core command name, winning over the prefix: `{ quote: '/q' }`. */
  readonly overrides?: Readonly<Record<string, string | undefined>>;
}

const SLASH_NAME = /^\/[a-z0-9][a-z0-9_-]*$/;

/** `help` alone is too likely to clash (and reads as Slack's own help), so it is `/quotebot-help`. */
function defaultName(name: string, prefix: string | undefined): string {
  if (prefix) return `/${prefix}${name}`;
  return name === 'help' ? '/quotebot-help' : `/${name}`;
}

/** Names every command; throws a coded error for a name Slack refuses or two commands with one name. */
export function slackCommandNames(
  commands: readonly BotCommand[],
  settings: CommandNameSettings = {},
): SlackCommandNames {
  const slashOf = new Map<string, string>();
  const definitionOf = new Map<string, BotCommand>();
  for (const command of commands) {
    const slash = settings.overrides?.[command.name] ?? defaultName(command.name, settings.prefix);
    if (!SLASH_NAME.test(slash) || slash.length > SLACK_LIMITS.commandName) {
      throw new SlackAdapterError(
        SlackErrorCode.CommandNameInvalid,
        `Slack command name for ${command.name} must start with "/", be lowercase letters, digits, "-" or "_", and have at most ${SLACK_LIMITS.commandName} characters`,
      );
    }
    const taken = definitionOf.get(slash);
    if (taken) {
      throw new SlackAdapterError(
        SlackErrorCode.CommandNameClash,
        `Slack commands ${taken.name} and ${command.name} would both be ${slash}`,
      );
    }
    slashOf.set(command.name, slash);
    definitionOf.set(slash, command);
  }
  return { slashOf, definitionOf };
}

/** The naming settings in the validated configuration. */
export function commandNameSettings(config: Config): CommandNameSettings {
  return {
    prefix: config.SLACK_COMMAND_PREFIX,
    overrides: {
      quote: config.SLACK_COMMAND_QUOTE,
      summary: config.SLACK_COMMAND_SUMMARY,
      articles: config.SLACK_COMMAND_ARTICLES,
      help: config.SLACK_COMMAND_HELP,
      daily: config.SLACK_COMMAND_DAILY,
    },
  };
}

/** A command's usage line with its Slack name: `/quote <words>` → `/q <words>`. */
export function slackUsage(
  command: Pick<CommandDefinition, 'name' | 'usage'>,
  names: SlackCommandNames,
): string {
  const slash = names.slashOf.get(command.name) ?? `/${command.name}`;
  return command.usage.replace(new RegExp(`^/${command.name}\\b`), slash);
}
