import { OperatorError } from '../../runtime/operator-error.js';

/** Error codes of the Discord adapter: strings that logs and tests can match. */
export const DiscordErrorCode = {
  TokenRefused: 'discord_token_refused',
  LoginFailed: 'discord_login_failed',
} as const;
export type DiscordErrorCode = (typeof DiscordErrorCode)[keyof typeof DiscordErrorCode];

/** A failure of the Discord adapter that an operator can fix (a token, a URL). Never holds secrets. */
export class DiscordAdapterError extends OperatorError<DiscordErrorCode> {
  override readonly name = 'DiscordAdapterError';
}

/** Discord's gateway close code for a token it does not accept. */
export const AUTHENTICATION_FAILED_CLOSE = 4004;

/**
 * Says in one sentence why logging in failed. Discord refuses a token on REST with 401 (discord.js turns
 * it into `TokenInvalid`) or on the gateway with close code 4004.
 */
export function loginFailure(error: unknown): DiscordAdapterError {
  const code = (error as { code?: unknown; status?: unknown } | null)?.code;
  const status = (error as { status?: unknown } | null)?.status;
  if (code === 'TokenInvalid' || status === 401 || code === AUTHENTICATION_FAILED_CLOSE) {
    return new DiscordAdapterError(
      DiscordErrorCode.TokenRefused,
      'Discord login failed: Discord refused DISCORD_TOKEN; copy the bot token again from the Developer Portal (Bot → Reset Token)',
      { cause: error },
    );
  }
  return new DiscordAdapterError(
    DiscordErrorCode.LoginFailed,
    `Discord login failed: ${(error as Error).message}; check DISCORD_API_URL and the network`,
    { cause: error },
  );
}
