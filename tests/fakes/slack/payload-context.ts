import { IdFactory } from './ids.js';
import { WORKSPACE_DEFAULTS } from './workspace.js';

/**
 * What a payload builder needs besides the test's own input: the workspace identity, fresh IDs, and where
 * `response_url` points. A running fake passes its own context so `response_url` reaches it; the default
 * context makes standalone payloads (e.g. for a benchmark) with a placeholder `response_url`.
 */
export interface PayloadContext {
  readonly teamId: string;
  readonly teamDomain: string;
  readonly apiAppId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly verificationToken: string;
  readonly ids: IdFactory;
  readonly newResponseUrl: () => string;
}

export function defaultPayloadContext(): PayloadContext {
  const ids = new IdFactory();
  return {
    teamId: WORKSPACE_DEFAULTS.teamId,
    teamDomain: WORKSPACE_DEFAULTS.teamDomain,
    apiAppId: WORKSPACE_DEFAULTS.apiAppId,
    botUserId: WORKSPACE_DEFAULTS.botUserId,
    botId: WORKSPACE_DEFAULTS.botId,
    verificationToken: WORKSPACE_DEFAULTS.verificationToken,
    ids,
    newResponseUrl: () => `https://hooks.slack.com/commands/${WORKSPACE_DEFAULTS.teamId}/1/${ids.uuid()}`,
  };
}

/** Slack's `channel_type` as read from a conversation ID's prefix. */
export function channelTypeOf(channelId: string): 'im' | 'mpim' | 'group' | 'channel' {
  if (channelId.startsWith('D')) return 'im';
  if (channelId.startsWith('G')) return 'group';
  return 'channel';
}
