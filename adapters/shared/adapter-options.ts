import type { Logger } from '../../runtime/logger.js';
import type { Bot, CardPainter, CooldownGate, DailyCommandsPort } from '../../src/index.js';
import type { BotObserver } from './observer.js';
import type { SharedState } from './shared-state.js';

/**
 * What the runtime gives every chat platform's adapter (`startDiscord`, `startSlack`), in one object it
 * builds once; each adapter's own options add what only it takes.
 */
export interface ChatAdapterOptions {
  readonly bot: Bot;
  readonly logger: Logger;
  /** The core's `/daily` handler, when daily quotes run in this process; without it `/daily` says they do not. */
  readonly daily?: DailyCommandsPort | undefined;
  /** Draws quote cards (`/quote … card:true`, the "Card" button); without it they are answered as text. */
  readonly cards?: CardPainter | undefined;
  /** Per-user cooldowns on `/quote` and `/summary`; without it commands are not limited. */
  readonly cooldowns?: CooldownGate | undefined;
  /**
   * State shared with the bot's other processes (default: this process only): Discord's quote buttons and
   * picks, Slack's event ids already answered.
   */
  readonly shared?: SharedState | undefined;
  /** Told when commands, clicks and messages are answered (and Slack's duplicate events skipped), for metrics. */
  readonly observer?: BotObserver | undefined;
}
