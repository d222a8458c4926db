/**
 * What a command is, as data: its name, options and sub-commands. The Discord builder, the Slack
 * manifest, console help and CLI usage are all derived from these definitions.
 */
export interface CommandOption {
  readonly name: string;
  readonly description: string;
  /** `channel`: a channel picker on Discord, a `#channel` mention (or id) as text elsewhere. */
  readonly type: 'string' | 'boolean' | 'integer' | 'channel';
  readonly required?: boolean;
  /** Where suggestions come from while the user types. */
  readonly autocomplete?: 'query' | 'article' | 'timezone';
  readonly choices?: readonly { readonly name: string; readonly value: string }[];
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  /**
   * Typed text fills it only after its name (`/articles about:oil prices`): free words stay the command's own
   * (`/articles reload`, `/articles 2`).
   */
  readonly namedOnly?: boolean;
  /**
   * The form its value takes (`time`: `9am`, `09:00`, `9:30 pm`). Typed bare, words of that form are its own
   * wherever they stand, the other words after an unquoted value that value's (`/daily set 9am timezone:new
   * york`).
   */
  readonly form?: 'time';
}

export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  /** How to call it, for help texts: `/quote <words> [article:<slug>] [private:true]`. */
  readonly usage: string;
  /** Ready-to-type examples for help texts (`/quote election article:north-korea`). */
  readonly examples?: readonly string[];
  readonly options: readonly CommandOption[];
  /** Sub-commands (`/daily set`), each with its own options; empty for plain commands. */
  readonly subcommands?: readonly CommandDefinition[];
}

/** Option values by name, as a platform delivers them. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Of a line of text, the option whose unquoted value the next words may go on naming: `/quote energy
 * author:jimmy carter taxes` gives `author` "jimmy" and the query "carter taxes energy", which the words
 * after the value lead (`next`: 2), the words typed before it (`before`: 1) after them. Said only when words
 * were typed before the value, so that what the name leaves of the words after it can go back after those
 * ("energy taxes").
 */
export interface ContinuedValue {
  readonly option: string;
  readonly next: number;
  readonly before: number;
}

/** Where a command was typed and by whom, filled in by the adapter. */
export interface Caller {
  readonly platform: 'discord' | 'slack' | 'terminal';
  /** The channel the command was typed in (empty on a terminal). */
  readonly channelId: string;
  /** Discord guild id or Slack team id. */
  readonly workspaceId: string | null;
  readonly userId: string | null;
}

/** A command that could not be understood, with what to tell the user (each platform words it). */
export interface UsageError {
  readonly kind: 'usage-error';
  readonly command: string;
  readonly problem:
    | 'unknown-command'
    | 'unknown-subcommand'
    | 'missing-option'
    | 'bad-value'
    | 'empty-value'
    | 'unknown-option'
    | 'unknown-channel';
  readonly option?: string;
  /**
   * The closest option name, for `unknown-option`; for `bad-value` of free words, those words as the option
   * they may be meant for (`about:music`).
   */
  readonly suggestion?: string;
  /** The usage line of the command (or sub-command) that was misused. */
  readonly usage?: string;
  /** For `unknown-subcommand`: the usage lines of every sub-command. */
  readonly choices?: readonly string[];
  /** For `bad-value`: the value as typed (`medum` of `length:medum`). */
  readonly value?: string;
  /** For `bad-value` of a number option: the least and the most it may be (either may be open). */
  readonly range?: { readonly min?: number | undefined; readonly max?: number | undefined };
  /** For `empty-value` (`author:` with nothing after it): a value to give it, from the command's examples. */
  readonly example?: string;
}
