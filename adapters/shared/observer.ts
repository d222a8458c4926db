import type { DailyOutcomeStatus, DailyPlatform } from '../../src/index.js';

/** The chat platforms whose commands are observed. */
export type ChatPlatform = 'discord' | 'slack';

/**
 * How an answer ended: `ok` (answered, whatever it said) or `error` (a bug or a platform failure; the user
 * got the short "something went wrong" answer, or none).
 */
export type CommandOutcome = 'ok' | 'error';

/**
 * What is counted as a "command" besides the core's slash commands: a quote button, an autocomplete
 * lookup and a message (a mention or a DM). Anything else is counted as `other`.
 */
export const OBSERVED_ACTIONS = ['button', 'autocomplete', 'message'] as const;

/** Ends the timing of one answer; call it once, when the answer has been sent (or has failed). */
export type CommandTimer = (command: string, outcome: CommandOutcome) => void;

/**
 * The observer port: what the adapters and the scheduler report, at their boundary, for metrics. It
 * exists so that the core stays free of metrics and the adapters free of prom-client: the runtime passes
 * a Prometheus implementation, tests and the console `NO_OBSERVER`. Nothing passed here may carry a
 * guild, channel or user id: only bounded names (commands, outcomes, platforms).
 */
export interface BotObserver {
  /** A command, button, autocomplete or message arrived; the timer ends when it is answered. */
  commandStarted(platform: ChatPlatform): CommandTimer;
  /** What became of one due daily post in a scheduler run. */
  dailyPost(platform: DailyPlatform, result: DailyOutcomeStatus): void;
  /** Slack delivered an event that was already answered (a retry, or a second event for one message). */
  slackEventDuplicate(): void;
}

/** An observer that records nothing. */
export const NO_OBSERVER: BotObserver = {
  commandStarted: () => () => undefined,
  dailyPost: () => undefined,
  slackEventDuplicate: () => undefined,
};
