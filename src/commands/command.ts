import type { ArticlesReloadReply, BotReply, BotRequest } from '../bot/requests.js';
import type { DailyAsk } from '../daily/command-request.js';
import type { DailyReply } from '../daily/requests.js';
import type { CooldownHeld } from './cooldown.js';
import type { Caller, CommandDefinition, ContinuedValue, OptionValues, UsageError } from './definition.js';

/** Every request a command can resolve to: the bot's own, `/articles reload` and `/daily …`. */
export type CommandRequest = BotRequest | { readonly kind: 'articles-reload' } | DailyAsk;

/** What a command resolved to: the request, and whether the asker wants the answer for themselves only. */
export interface ResolvedCommand {
  readonly kind: 'request';
  readonly request: CommandRequest;
  /** The `private` option (or the command's nature: a reload, `/daily`) keeps the answer to the asker. */
  readonly privately: boolean;
}

/** The parsed input of a command, as any adapter delivers it. */
export interface CommandInput {
  /** The sub-command's name (`/daily set`), if any. */
  readonly subcommand?: string | undefined;
  readonly values: OptionValues;
  /** Typed as text: the option whose value the main option's first words may go on naming. */
  readonly continued?: ContinuedValue | undefined;
  readonly caller: Caller;
}

/**
 * A command of the bot: its definition (data for Discord, Slack, help and usage) and `resolve`, the only
 * place that knows what its options mean. Adding a command is a new `BotCommand` in the catalog, its
 * handler in the core, its wording keys and one renderer case per platform.
 */
export interface BotCommand extends CommandDefinition {
  resolve(input: CommandInput): ResolvedCommand | UsageError;
}

/** What the command path answers: one value, switched on once by each surface's renderer. */
export type CommandReply =
  | { readonly kind: 'bot'; readonly reply: BotReply }
  | { readonly kind: 'reload'; readonly reply: ArticlesReloadReply }
  | { readonly kind: 'daily'; readonly reply: DailyReply }
  /** `/daily` on a bot (or surface) where daily quotes do not run. */
  | { readonly kind: 'daily-unavailable' }
  /** The asker used this command too recently: they wait, and only they are told. */
  | CooldownHeld
  | { readonly kind: 'usage'; readonly error: UsageError };
