import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Bot, CooldownGate, DailyCommandsPort } from '../../src/index.js';
import type { Logger } from '../../runtime/logger.js';
import type { QuotePick } from './query-pick.js';
import type { QuoteQuery, StateStore } from './state-store.js';

/** A slash command as the discord.js template has it: its registration data and what runs it. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}

/** What the Discord handlers share: the bot, the commands, the state stores and the logger. */
export interface DiscordContext {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly commands: ReadonlyMap<string, Command>;
  /** Quote queries too long for a button's custom_id. */
  readonly buttons: StateStore<QuoteQuery>;
  /** Picked autocomplete suggestions too long for a choice value. */
  readonly picks: StateStore<QuotePick>;
  /** The core's `/daily` handler, when daily quotes run in this process. */
  readonly daily?: DailyCommandsPort | undefined;
  /** Per-user cooldowns on `/quote` and `/summary`; without it commands are not limited. */
  readonly cooldowns?: CooldownGate | undefined;
}
