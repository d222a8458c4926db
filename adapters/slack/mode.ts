import type { Config } from '../../runtime/config.js';

/**
 * Socket Mode (outbound WebSocket, for development and firewalled hosts) or HTTP (behind a load balancer).
 */
export type SlackMode = 'socket' | 'http';

/** Where Slack sends events, commands and button clicks in HTTP mode (one URL for all three). */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * SLACK_MODE when set, else Socket Mode when an app token is configured, else HTTP mode. Kept apart from
 * app.ts (which loads Bolt) so the runtime can ask it without loading the Slack adapter.
 */
export function slackModeOf(config: Config): SlackMode {
  return config.SLACK_MODE ?? (config.SLACK_APP_TOKEN ? 'socket' : 'http');
}
