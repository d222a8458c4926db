import { webApi } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';
import type { StartWindow } from './start-window.js';

/** The error p-retry hands to `onFailedAttempt`, with its counts. */
interface FailedAttempt extends Error {
  readonly attemptNumber: number;
  readonly retriesLeft: number;
}

/**
 * A Web API client's retry policy (`base`, by default the client's own: ten retries in about 30 minutes),
 * with every retry logged as a warning: the client retries 5xx answers and network failures silently, and a
 * fault it recovers from would otherwise leave no trace. The client passes this object to p-retry, which
 * calls `onFailedAttempt` before each retry.
 *
 * While `start` is open, a call stops after the start-up limits instead (see `StartWindow`): throwing from
 * `onFailedAttempt` is p-retry's way to end the retries, and the call then rejects with that error.
 */
export function loggedRetryPolicy(
  logger: Logger,
  start?: StartWindow,
  base: webApi.RetryOptions = webApi.retryPolicies.tenRetriesInAboutThirtyMinutes,
): webApi.RetryOptions {
  const onFailedAttempt = (error: FailedAttempt): void => {
    const startLeft = start?.retriesLeft(error.attemptNumber);
    if (startLeft === 0) throw error;
    logger.warn(
      {
        attempt: error.attemptNumber,
        retriesLeft: Math.min(error.retriesLeft, startLeft ?? Infinity),
        reason: error.message,
      },
      'slack Web API call failed; retrying',
    );
  };
  const policy = { ...base, onFailedAttempt };
  return policy;
}
