import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed by the signing secret. */
export function signRequest(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SigningOptions {
  /** Unix seconds; defaults to now. */
  readonly timestamp?: number;
  /** Added to the timestamp, e.g. `-360` for a six-minute-old request that Bolt must reject. */
  readonly timestampOffsetSeconds?: number;
  /** Sign with a wrong secret, so the app must answer 401. */
  readonly badSignature?: boolean;
  /** Sent as `X-Slack-Retry-Num` (Slack's redelivery counter, 1–3). */
  readonly retryNum?: number;
  /** Sent as `X-Slack-Retry-Reason`, e.g. `http_timeout`. */
  readonly retryReason?: string;
}

/** The headers Slack sends with a request body; reusable as-is by a load generator such as autocannon. */
export function signedHeaders(
  secret: string,
  body: string,
  contentType: string,
  options: SigningOptions = {},
): Record<string, string> {
  const timestamp =
    (options.timestamp ?? Math.floor(Date.now() / 1000)) + (options.timestampOffsetSeconds ?? 0);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signRequest(
      options.badSignature === true ? `${secret}-wrong` : secret,
      body,
      timestamp,
    ),
  };
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return headers;
}
