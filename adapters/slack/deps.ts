import type { Bot, CooldownGate, DailyCommandsPort } from '../../src/index.js';
import type { Logger } from '../../runtime/logger.js';
import type { BotObserver } from '../shared/observer.js';
import type { SlackCommandNames } from './command-names.js';
import type { InFlight } from './in-flight.js';

/** What the Slack handlers share: the bot that decides, the command names, the log, the work under way. */
export interface SlackDeps {
  readonly bot: Bot;
  readonly names: SlackCommandNames;
  readonly logger: Logger;
  readonly work: InFlight;
  /** Slack user ids who may manage the bot besides workspace admins and owners (SLACK_DAILY_ADMINS). */
  readonly managerIds: readonly string[];
  /** The core's `/daily` handler, when daily quotes run in this process. */
  readonly daily?: DailyCommandsPort | undefined;
  /** Per-user cooldowns on `/quote` and `/summary`; without it commands are not limited. */
  readonly cooldowns?: CooldownGate | undefined;
  /** Told when a message is answered and when a duplicate event is skipped, for metrics. */
  readonly observer: BotObserver;
}
