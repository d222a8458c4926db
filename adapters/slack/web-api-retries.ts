import { webApi } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';

interface FailedAttempt {
  readonly message: string;
  readonly attemptNumber: number;
  readonly retriesLeft: number;
}

/**
 * The Web API client's default retry policy (ten retries in about 30 minutes), with every retry logged
 * as a warning: the client retries 5xx answers and network failures silently, and a fault it recovers
 * from would otherwise leave no trace. The client passes this object to p-retry, which calls
 * `onFailedAttempt` before each retry.
 */
export function loggedRetryPolicy(logger: Logger): webApi.RetryOptions {
  const onFailedAttempt = (error: FailedAttempt): void => {
    logger.warn(
      { attempt: error.attemptNumber, retriesLeft: error.retriesLeft, reason: error.message },
      'slack Web API call failed; retrying',
    );
  };
  const policy = { ...webApi.retryPolicies.tenRetriesInAboutThirtyMinutes, onFailedAttempt };
  return policy;
}
