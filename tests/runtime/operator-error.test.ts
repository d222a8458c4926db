import { describe, expect, it } from 'vitest';
import { DiscordAdapterError, DiscordErrorCode } from '../../adapters/discord/errors.js';
import { SlackAdapterError, SlackErrorCode } from '../../adapters/slack/errors.js';
import { OperatorError } from '../../runtime/operator-error.js';
import { StartupError, StartupErrorCode } from '../../runtime/startup-error.js';

describe('OperatorError', () => {
  it.each([
    ['StartupError', new StartupError(StartupErrorCode.NoContent, 'no articles', { cause: 'why' })],
    ['SlackAdapterError', new SlackAdapterError(SlackErrorCode.AuthFailed, 'no articles', { cause: 'why' })],
    [
      'DiscordAdapterError',
      new DiscordAdapterError(DiscordErrorCode.TokenRefused, 'no articles', { cause: 'why' }),
    ],
  ])(
    'given a %s then it is an Error with its own name, its code, the message and the cause',
    (name, error) => {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(OperatorError);
      expect(error.name).toBe(name);
      expect(error.message).toBe('no articles');
      expect(error.cause).toBe('why');
      expect(String(error)).toBe(`${name}: no articles`);
      expect(error.stack?.split('\n')[0]).toBe(`${name}: no articles`);
    },
  );

  it('given one without a cause then it has none, and each kind is only itself', () => {
    const error = new StartupError(StartupErrorCode.DatabaseDamaged, 'damaged');
    expect(error.code).toBe('database_damaged');
    expect('cause' in error).toBe(false);
    expect(error).not.toBeInstanceOf(SlackAdapterError);
    expect(new SlackAdapterError(SlackErrorCode.StartFailed, 'x')).not.toBeInstanceOf(StartupError);
  });
});
