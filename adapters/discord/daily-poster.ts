import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  type APIMessage,
  type RequestData,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { CardImage, DailyPoster, DailyPostRequest, DailyPostResult } from '../../src/index.js';
import { dailyCard, type DailyCardOptions } from '../shared/daily-card.js';
import { CARD_FILE_NAME } from './card-attachment.js';
import { attributionEmbed, descriptionBudget } from './embed.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { fitText } from './markdown.js';
import { discordRestAgent } from './rest-agent.js';

/** The message of a daily quote: the passage and its attribution, pinging nobody. */
export function dailyPostBody(request: DailyPostRequest): RESTPostAPIChannelMessageJSONBody {
  const embed = attributionEmbed(request.article, request.article.title, ` · quote of the day`);
  return {
    embeds: [{ ...embed, description: `“${fitText(request.passage.text, descriptionBudget(embed) - 2)}”` }],
    allowed_mentions: { parse: [] },
    // Discord turns a second send with the same nonce (a retry, a resend after a crash) into the first message.
    nonce: request.nonce,
    enforce_nonce: true,
  };
}

/** A daily quote as a card: the PNG alone (multipart), with its alt text and the post's nonce. */
export function dailyCardPost(request: DailyPostRequest, card: CardImage): RequestData {
  const description = truncate(card.altText, DISCORD_LIMITS.attachmentDescription);
  const body: RESTPostAPIChannelMessageJSONBody = {
    attachments: [{ id: 0, filename: CARD_FILE_NAME, description }],
    allowed_mentions: { parse: [] },
    nonce: request.nonce,
    enforce_nonce: true,
  };
  return { body, files: [{ name: CARD_FILE_NAME, data: Buffer.from(card.png), contentType: 'image/png' }] };
}

/** What a failed send means for the daily protocol: not sent (429), maybe sent (5xx, network), refused. */
export function postFailure(error: unknown): Extract<DailyPostResult, { ok: false }> {
  if (error instanceof RateLimitError)
    return { ok: false, kind: 'rate-limited', retryAfterMs: error.retryAfter, detail: `429 ${error.route}` };
  if (error instanceof DiscordAPIError) {
    const detail = `${error.status} ${error.code}: ${error.message}`;
    if (error.status === 403) return { ok: false, kind: 'forbidden', detail };
    if (error.status === 404) return { ok: false, kind: 'gone', detail };
    return { ok: false, kind: 'retryable', detail };
  }
  if (error instanceof HTTPError)
    return { ok: false, kind: 'retryable', detail: `${error.status} ${error.name}` };
  return { ok: false, kind: 'retryable', detail: (error as Error).message ?? String(error) };
}

/**
 * Posts daily quotes to Discord channels over REST. Its REST client neither retries nor waits out rate
 * limits by itself: the core's delivery protocol decides on every resend, knowing what may have arrived.
 */
export class DiscordDailyPoster implements DailyPoster {
  readonly platform = 'discord';
  /** Discord keeps nonces "a few minutes"; resends inside this window cannot duplicate a post. */
  readonly nonceWindowMs = 2 * 60_000;
  private readonly rest: REST;
  private readonly cards: DailyCardOptions;

  constructor(options: {
    token: string;
    apiUrl?: string | undefined;
    /** Resends @discordjs/rest makes by itself after a 5xx or a network error (default 0: the core decides). */
    retries?: number;
    /** Posts of schedules set with `card:true` are drawn by this painter. */
    cards?: DailyCardOptions;
  }) {
    this.cards = options.cards ?? {};
    this.rest = new REST({
      retries: options.retries ?? 0,
      rejectOnRateLimit: () => true,
      agent: discordRestAgent(),
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
    }).setToken(options.token);
  }

  async post(request: DailyPostRequest): Promise<DailyPostResult> {
    try {
      const card = await dailyCard(request, this.cards);
      const message = (await this.rest.post(
        Routes.channelMessages(request.schedule.channelId),
        card ? dailyCardPost(request, card) : { body: dailyPostBody(request) },
      )) as APIMessage;
      return { ok: true, messageId: message.id };
    } catch (error) {
      return postFailure(error);
    }
  }
}
