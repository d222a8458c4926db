import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../runtime/config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('COOLDOWN_SECONDS', () => {
  it('given nothing set then /quote waits 3 s and /summary 10 s', () => {
    expect(loadConfig({}).COOLDOWN_SECONDS).toEqual({ quote: 3, summary: 10 });
    expect(loadConfig({ COOLDOWN_SECONDS: ' ' }).COOLDOWN_SECONDS).toEqual({ quote: 3, summary: 10 });
  });

  it('given one number then it applies to every command, and 0 turns cooldowns off', () => {
    expect(loadConfig({ COOLDOWN_SECONDS: '5' }).COOLDOWN_SECONDS).toEqual({ quote: 5, summary: 5 });
    expect(loadConfig({ COOLDOWN_SECONDS: '0' }).COOLDOWN_SECONDS).toEqual({ quote: 0, summary: 0 });
  });

  it('given command:seconds pairs then listed commands change and the others keep their default', () => {
    expect(loadConfig({ COOLDOWN_SECONDS: 'quote:1, summary:30' }).COOLDOWN_SECONDS).toEqual({
      quote: 1,
      summary: 30,
    });
    expect(loadConfig({ COOLDOWN_SECONDS: 'summary:0' }).COOLDOWN_SECONDS).toEqual({ quote: 3, summary: 0 });
  });

  it('given a bad value then the problem names the variable and does not echo the value', () => {
    const bad = ['-1', '2.5', 'quote:x', 'quote', 'quote:1:2', 'quote:99999', 'random:3', 'xoxb-s3cret:1'];
    for (const value of bad) {
      const problems = problemsOf({ COOLDOWN_SECONDS: value });
      expect(problems, value).toHaveLength(1);
      // One of two fixed sentences, whatever was typed.
      expect(problems[0]).toMatch(
        /^COOLDOWN_SECONDS (must be whole seconds from 0 to 3600|names an unknown command)/,
      );
    }
    expect(problemsOf({ COOLDOWN_SECONDS: 'xoxb-s3cret:1' })[0]).not.toContain('s3cret');
    expect(problemsOf({ COOLDOWN_SECONDS: 'random:3' })[0]).not.toContain('did you mean');
    // No number and no command:seconds pair: the format, not "an unknown command".
    for (const value of ['abc', 'quote', '-1'])
      expect(problemsOf({ COOLDOWN_SECONDS: value })[0], value).toMatch(
        /^COOLDOWN_SECONDS must be whole seconds/,
      );
  });

  it('given a misspelt command then it says which one was meant, as the CLI does, without echoing it', () => {
    expect(problemsOf({ COOLDOWN_SECONDS: 'qoute:5' })).toEqual([
      'COOLDOWN_SECONDS names an unknown command (did you mean quote?); use quote or summary',
    ]);
    expect(problemsOf({ COOLDOWN_SECONDS: 'quote:3,sumary:20' })[0]).toContain('(did you mean summary?)');
  });
});
