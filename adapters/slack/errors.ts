import { OperatorError } from '../../runtime/operator-error.js';
import { SlackStartTimeout } from './start-window.js';

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
export class SlackAdapterError extends OperatorError<SlackErrorCode> {
  override readonly name = 'SlackAdapterError';
}

/**
 * What the start was doing when it failed: checking the bot token, opening the Socket Mode link (the app
 * token's `apps.connections.open`, then the WebSocket), or listening for HTTP mode.
 */
export type SlackStartStep = 'auth.test' | 'socket' | 'listen';

/** The Web API client's error codes (`webApi.ErrorCode`), spelled out so this module does not load Bolt. */
const PLATFORM_ERROR = 'slack_webapi_platform_error';
const HTTP_ERROR = 'slack_webapi_http_error';
const REQUEST_ERROR = 'slack_webapi_request_error';

interface ClientFailure {
  readonly code?: unknown;
  readonly data?: { readonly error?: unknown };
  readonly statusCode?: unknown;
  readonly original?: unknown;
  readonly attemptNumber?: unknown;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The network's own words (`connect ECONNREFUSED 127.0.0.1:9`), under fetch's "fetch failed". */
function networkReason(original: unknown): string {
  const cause = original instanceof Error ? original.cause : undefined;
  return cause instanceof Error && cause.message !== '' ? cause.message : messageOf(original);
}

/**
 * Says in one sentence, naming the variable to check, why starting on Slack failed. Slack refuses a
 * token with an `ok:false` answer (`invalid_auth`, `not_authed`, `account_inactive`, …), which is never
 * retried; no answer at all, or a 5xx, was retried within the start-up limits first. Never quotes a token.
 */
export function startFailure(
  error: unknown,
  step: SlackStartStep,
  listen: { readonly port: number },
): SlackAdapterError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as ClientFailure;
  const options = { cause: error };
  if (failure.code === PLATFORM_ERROR && typeof failure.data?.error === 'string') {
    const answer = failure.data.error;
    return new SlackAdapterError(
      SlackErrorCode.AuthFailed,
      step === 'auth.test'
        ? `Slack start failed: Slack refused SLACK_BOT_TOKEN (auth.test: ${answer}); copy the Bot User OAuth Token again from the app's OAuth & Permissions page`
        : `Slack start failed: Slack refused SLACK_APP_TOKEN (apps.connections.open: ${answer}); copy an App-Level Token with the connections:write scope from the app's Basic Information page`,
      options,
    );
  }
  if (step === 'listen') {
    const reason = typeof failure.code === 'string' ? failure.code : messageOf(error);
    return new SlackAdapterError(
      SlackErrorCode.StartFailed,
      `Slack start failed: HTTP mode could not listen on port ${listen.port} (${reason}); check PORT`,
      options,
    );
  }
  return new SlackAdapterError(
    SlackErrorCode.StartFailed,
    `Slack start failed: ${unreachable(error, failure, step)}; check SLACK_API_URL and the network`,
    options,
  );
}

/** Why Slack could not be reached, and in which call, with the tries made when there were several. */
function unreachable(error: unknown, failure: ClientFailure, step: SlackStartStep): string {
  const call = step === 'auth.test' ? 'auth.test' : 'apps.connections.open';
  const tries =
    typeof failure.attemptNumber === 'number' && failure.attemptNumber > 1
      ? `, ${failure.attemptNumber} attempts`
      : '';
  if (failure.code === REQUEST_ERROR) return `${networkReason(failure.original)} (${call}${tries})`;
  if (failure.code === HTTP_ERROR) return `HTTP ${String(failure.statusCode)} (${call}${tries})`;
  const stage = step === 'socket' ? 'the Socket Mode link' : call;
  if (error instanceof SlackStartTimeout) return `${error.message} (${stage})`;
  return `${messageOf(error)} (${stage})`;
}
