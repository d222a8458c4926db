import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/index.js';
import { ConfigError, loadConfig } from '../../../runtime/config.js';
import { SlackAdapterError, SlackErrorCode } from '../../../adapters/slack/errors.js';
import { commandNameSettings, slackCommandNames, slackUsage } from '../../../adapters/slack/command-names.js';
import { slackModeOf } from '../../../adapters/slack/app.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SlackAdapterError);
    return (error as SlackAdapterError).code;
  }
  return undefined;
};

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  return [];
};

describe('Slack command names', () => {
  it('given no settings then commands keep their names and help is /quotebot-help', () => {
    const names = slackCommandNames(COMMANDS);
    expect(names.slashOf.get('quote')).toBe('/quote');
    expect(names.slashOf.get('summary')).toBe('/summary');
    expect(names.slashOf.get('articles')).toBe('/articles');
    expect(names.slashOf.get('help')).toBe('/quotebot-help');
    expect(names.definitionOf.get('/quote')?.name).toBe('quote');
  });

  it('given a prefix and an override from the environment then the override wins and usages follow', () => {
    const config = loadConfig({ SLACK_COMMAND_PREFIX: 'qb-', SLACK_COMMAND_QUOTE: '/q' });
    const names = slackCommandNames(COMMANDS, commandNameSettings(config));
    expect(names.slashOf.get('quote')).toBe('/q');
    expect(names.slashOf.get('summary')).toBe('/qb-summary');
    expect(names.slashOf.get('articles')).toBe('/qb-articles');
    expect(names.slashOf.get('help')).toBe('/qb-help');
    expect(names.definitionOf.size).toBe(COMMANDS.length);
    expect(slackUsage(COMMANDS[0]!, names)).toMatch(/^\/q \[words\]/);
  });

  it('given two commands renamed to one name then starting fails with slack_command_name_clash', () => {
    expect(codeOf(() => slackCommandNames(COMMANDS, { overrides: { quote: '/x', summary: '/x' } }))).toBe(
      SlackErrorCode.CommandNameClash,
    );
  });

  it('given a prefix that makes a name longer than 32 then starting fails with slack_command_name_invalid', () => {
    expect(codeOf(() => slackCommandNames(COMMANDS, { prefix: 'an-extremely-long-prefix-' }))).toBe(
      SlackErrorCode.CommandNameInvalid,
    );
  });

  it('given bad names in the environment then the configuration names each variable, not its value', () => {
    const problems = problemsOf({
      SLACK_COMMAND_QUOTE: 'quote',
      SLACK_COMMAND_SUMMARY: '/Summary',
      SLACK_COMMAND_HELP: `/${'h'.repeat(32)}`,
      SLACK_COMMAND_PREFIX: 'Q B',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'SLACK_COMMAND_PREFIX',
      'SLACK_COMMAND_QUOTE',
      'SLACK_COMMAND_SUMMARY',
      'SLACK_COMMAND_HELP',
    ]);
    expect(problems.join('\n')).not.toContain('/Summary');
  });
});

describe('Slack mode', () => {
  const tokens = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' };

  it('given an app token then Socket Mode; given only a signing secret then HTTP mode', () => {
    expect(slackModeOf(loadConfig(tokens))).toBe('socket');
    expect(slackModeOf(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toBe('http');
  });

  it('given SLACK_MODE=http with both credentials then HTTP mode; without the secret then a config error', () => {
    expect(slackModeOf(loadConfig({ ...tokens, SLACK_MODE: 'http' }))).toBe('http');
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_MODE: 'http' })).toEqual([
      'SLACK_SIGNING_SECRET is required when SLACK_MODE=http',
    ]);
  });
});
