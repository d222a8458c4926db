/** Error codes of the Slack adapter, in Bolt's style: strings that logs and tests can match. */
export const SlackErrorCode = {
  CommandNameInvalid: 'slack_command_name_invalid',
  CommandNameClash: 'slack_command_name_clash',
  ModeUnavailable: 'slack_mode_unavailable',
  AuthFailed: 'slack_auth_failed',
  StartFailed: 'slack_start_failed',
} as const;
export type SlackErrorCode = (typeof SlackErrorCode)[keyof typeof SlackErrorCode];

/** A failure of the Slack adapter that an operator can fix (configuration, tokens). Never holds secrets. */
export class SlackAdapterError extends Error {
  constructor(
    readonly code: SlackErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SlackAdapterError';
  }
}
