import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type ConfigUse } from '../../runtime/config.js';

const problems = (env: Record<string, string>, use: ConfigUse): string[] => {
  try {
    loadConfig(env, use);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('what each use of the configuration asks for', () => {
  it.each([
    [
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set',
    ],
    [{ DISCORD_TOKEN: 'discord-token' }, 'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_MODE: 'socket' },
      'SLACK_APP_TOKEN is required when SLACK_MODE=socket',
    ],
    [
      { SLACK_SIGNING_SECRET: 's' },
      'SLACK_BOT_TOKEN is required when a Slack app token or signing secret is set',
    ],
  ])(
    'given %j then the bot needs what it receives commands with, and a command run from the shell does not',
    (env, message) => {
      expect(problems(env, 'bot').some((problem) => problem.startsWith(message))).toBe(true);
      expect(problems(env, 'command')).toEqual([]);
    },
  );

  it('given no use then it is the bot’s', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(ConfigError);
  });

  it.each<ConfigUse>(['bot', 'command'])(
    'given a malformed value then %s names it and never shows it',
    (use) => {
      const found = problems({ SLACK_BOT_TOKEN: 'secret-value' }, use);
      expect(found).toContain('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
      expect(found.join('\n')).not.toContain('secret-value');
    },
  );

  it.each<ConfigUse>(['bot', 'command'])(
    'given settings that contradict each other then %s says so',
    (use) => {
      expect(problems({ DISCORD_SHARD_IDS: '0' }, use)).toEqual([
        'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total number of shards across all processes)',
      ]);
    },
  );
});
