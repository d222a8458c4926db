import { DiscordAPIError, HTTPError } from 'discord.js';

/** Error codes of the Discord adapter: strings that logs and tests can match. */
export const DiscordErrorCode = {
  TokenRefused: 'discord_token_refused',
  LoginFailed: 'discord_login_failed',
} as const;
export type DiscordErrorCode = (typeof DiscordErrorCode)[keyof typeof DiscordErrorCode];

/** A failure of the Discord adapter that an operator can fix (a token, a URL). Never holds secrets. */
export class DiscordAdapterError extends Error {
  constructor(
    readonly code: DiscordErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DiscordAdapterError';
  }
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

/**
 * Discord's answers to a request for an interaction whose time is over: the callback came after the 3 s
 * to acknowledge (10062 Unknown interaction) or the token's 15 minutes had passed (50027 Invalid Webhook
 * Token). Nothing more can be sent for that interaction, not even an error.
 */
const EXPIRED_INTERACTION_CODES: ReadonlySet<number | string> = new Set([10062, 50027]);

export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && EXPIRED_INTERACTION_CODES.has(error.code);
}

/**
 * An error as it may be logged. discord.js's REST errors carry the request's `url`, whose path holds an
 * interaction's token (it can post as the bot for 15 minutes), and its `requestBody`, the whole message (a
 * card's PNG as a quarter of a million numbers): the log keeps what failed (method, status, code), not them.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof DiscordAPIError || error instanceof HTTPError)) return error;
  const { name, message, stack, status, method } = error;
  const code = error instanceof DiscordAPIError ? { code: error.code } : {};
  return { type: name, message, stack, status, method, ...code };
}
