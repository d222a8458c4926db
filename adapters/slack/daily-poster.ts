import { webApi } from '@slack/bolt';
import type { DailyPostRequest, DailyPostResult, DailyPoster, DeliveryCheck } from '../../src/index.js';
import { dailyCard, type DailyCardOptions } from '../shared/daily-card.js';
import { uploadCard } from './card-upload.js';
import { renderDailyPost } from './render-daily-post.js';

/** The metadata event type that marks a daily post, with the post's nonce in its payload. */
export const DAILY_EVENT_TYPE = 'quotebot_daily';

/**
 * The file name of a daily card. A shared file carries no message metadata, so the post's nonce goes in
 * its name, where `findDelivered` looks for it.
 */
export const dailyCardFileName = (nonce: string): string => `quote-card-${nonce}.png`;

const GONE = new Set(['channel_not_found', 'is_archived', 'channel_is_archived']);
const FORBIDDEN = new Set([
  'not_in_channel',
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'team_access_not_granted',
  'not_allowed_token_type',
  'account_inactive',
  'token_revoked',
  'invalid_auth',
  'not_authed',
]);

type Failure = Extract<DailyPostResult, { ok: false }>;

/** Maps what WebClient threw to a daily post failure (by its error code: the classes vary by version). */
export function slackFailure(error: unknown): Failure {
  const coded = (error ?? {}) as {
    code?: unknown;
    data?: { error?: unknown };
    retryAfter?: unknown;
    statusCode?: unknown;
    message?: unknown;
  };
  if (coded.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = typeof coded.retryAfter === 'number' ? coded.retryAfter : 1;
    return { ok: false, kind: 'rate-limited', retryAfterMs: seconds * 1000, detail: 'ratelimited' };
  }
  if (coded.code === webApi.ErrorCode.PlatformError) {
    const detail = String(coded.data?.error ?? 'unknown_error');
    if (GONE.has(detail)) return { ok: false, kind: 'gone', detail };
    if (FORBIDDEN.has(detail)) return { ok: false, kind: 'forbidden', detail };
    if (detail === 'ratelimited') return { ok: false, kind: 'rate-limited', detail };
    return { ok: false, kind: 'retryable', detail };
  }
  if (coded.code === webApi.ErrorCode.HTTPError) {
    const status = Number(coded.statusCode);
    if (status === 429) return { ok: false, kind: 'rate-limited', detail: 'HTTP 429' };
    return { ok: false, kind: 'retryable', detail: `HTTP ${status}` };
  }
  return { ok: false, kind: 'retryable', detail: coded.message ? String(coded.message) : String(error) };
}

export interface SlackDailyPosterOptions {
  readonly token: string;
  /** SLACK_API_URL (the fake in tests); Slack's own API when undefined. */
  readonly apiUrl?: string | undefined;
  /** One call's timeout (default 10 s): a send outlives its process by at most this plus a margin. */
  readonly timeoutMs?: number;
  /** How many pages of conversations.history `findDelivered` reads at most. */
  readonly maxHistoryPages?: number;
  /** Posts of schedules set with `card:true` are drawn by this painter. */
  readonly cards?: DailyCardOptions;
}

interface HistoryMessage {
  readonly ts?: string;
  readonly metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  readonly files?: readonly { readonly id?: string; readonly name?: string }[];
}

/**
 * Posts daily quotes to Slack channels with chat.postMessage, or shares a card schedule's card as a file.
 * Slack has no nonce, so the post's nonce goes into the message metadata (or the card's file name) and
 * `findDelivered` looks for it with conversations.history before any resend. WebClient never retries by
 * itself here (`retries: 0`, rate limits rejected): every resend is the core's, which checks first and allows
 * at most one blind resend.
 */
export class SlackDailyPoster implements DailyPoster {
  readonly platform = 'slack' as const;
  readonly nonceWindowMs = 0;
  readonly maxInFlightMs: number;
  private readonly client: webApi.WebClient;
  private readonly maxHistoryPages: number;
  private readonly cards: DailyCardOptions;

  constructor(options: SlackDailyPosterOptions) {
    this.client = new webApi.WebClient(options.token, {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: options.timeoutMs ?? 10_000,
      logLevel: webApi.LogLevel.ERROR,
    });
    // Slack may still finish a chat.postMessage it had received when the sender died: a margin for that.
    this.maxInFlightMs = (options.timeoutMs ?? 10_000) + 5_000;
    this.maxHistoryPages = options.maxHistoryPages ?? 5;
    this.cards = options.cards ?? {};
  }

  async post(request: DailyPostRequest): Promise<DailyPostResult> {
    try {
      const card = await dailyCard(request, this.cards);
      if (card) {
        // Uploaded and shared into the channel (filesUploadV2), with its alt text; files mention nobody.
        const fileId = await uploadCard(
          this.client,
          card,
          { channel: request.schedule.channelId },
          { filename: dailyCardFileName(request.nonce), title: 'Quote of the day' },
        );
        return { ok: true, messageId: fileId ?? '' };
      }
      const message = renderDailyPost(request);
      const result = await this.client.chat.postMessage({
        channel: request.schedule.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: {
          event_type: DAILY_EVENT_TYPE,
          event_payload: { nonce: request.nonce, local_date: request.localDate },
        },
      });
      return { ok: true, messageId: result.ts ?? '' };
    } catch (error) {
      return slackFailure(error);
    }
  }

  /** Looks through the channel's messages since `since` for one carrying this post's nonce. */
  async findDelivered(request: DailyPostRequest, since: Date): Promise<DeliveryCheck> {
    let cursor: string | undefined;
    try {
      for (let page = 0; page < this.maxHistoryPages; page++) {
        const result = await this.client.conversations.history({
          channel: request.schedule.channelId,
          oldest: String(Math.floor(since.getTime() / 1000) - 60),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        const cardName = dailyCardFileName(request.nonce);
        const found = ((result.messages ?? []) as HistoryMessage[]).find(
          (message) =>
            (message.metadata?.event_type === DAILY_EVENT_TYPE &&
              message.metadata.event_payload?.['nonce'] === request.nonce) ||
            message.files?.some((file) => file.name === cardName) === true,
        );
        // A card post's id is its file's, as `post` answers it.
        const card = found?.files?.find((file) => file.name === cardName);
        if (card?.id) return { found: true, messageId: card.id };
        if (found?.ts) return { found: true, messageId: found.ts };
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || !cursor) return { found: false };
      }
      return { found: 'unknown' };
    } catch {
      return { found: 'unknown' };
    }
  }
}
