/**
 * A failure the operator can fix (a token, a URL, a file, a folder), with a string code that logs and tests
 * can match. Each part of the bot words its own and has its own codes: `StartupError`, `SlackAdapterError`,
 * `DiscordAdapterError`. The message says what to do and never holds a secret.
 */
export class OperatorError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
