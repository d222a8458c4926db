import { asPiece, quoteMarksFor } from '../../src/text/quote-marks.js';
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  SnowflakeUtil,
  type APIMessage,
  type APIUser,
  type RequestData,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import {
  cardAltText,
  cardRequestForPassage,
  type CardImage,
  type DailyPoster,
  type DailyPostRequest,
  type DailyPostResult,
  type DeliveryCheck,
} from '../../src/index.js';
import { dailyCard, type DailyCardOptions } from '../shared/daily-card.js';
import { CARD_FILE_NAME } from './card-attachment.js';
import { attributionEmbed, descriptionBudget } from './embed.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { fitText } from './markdown.js';
import { discordRestAgent } from './rest-agent.js';

/** The passage in quotation marks, unless it is one quotation in its own already. */
function quoted(text: string, budget: number): string {
  const [open, close] = quoteMarksFor(text);
  const piece = asPiece(text);
  return `${open}${piece.lead}${fitText(piece.text, budget - 2)}${piece.trail}${close}`;
}

/** The message of a daily quote: the passage and its attribution, pinging nobody. */
export function dailyPostBody(request: DailyPostRequest): RESTPostAPIChannelMessageJSONBody {
  const embed = attributionEmbed(request.article, request.article.title, ` · quote of the day`);
  return {
    embeds: [{ ...embed, description: quoted(request.passage.text, descriptionBudget(embed) - 2) }],
    allowed_mentions: { parse: [] },
    // Discord turns a second send with the same nonce (a retry, a resend after a crash) into the first
    // message.
    nonce: request.nonce,
    enforce_nonce: true,
  };
}

/** The alt text a daily card carries on Discord (within the attachment description's limit). */
function dailyCardAltText(request: DailyPostRequest): string {
  return truncate(
    cardAltText(cardRequestForPassage(request.passage, request.article)),
    DISCORD_LIMITS.attachmentDescription,
  );
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

/** The request timeout of daily sends: a send outlives its process by at most this plus a margin. */
const SEND_TIMEOUT_MS = 10_000;
const IN_FLIGHT_MARGIN_MS = 5_000;

/**
 * Whether a channel message is this daily post: the same nonce (Discord echoes it when it still knows
 * it), or else the bot's own plain message (no interaction reply, no webhook) with the same quote: as an
 * embed, or for a card schedule as the card whose alt text tells the same quote.
 */
export function isDailyPost(message: APIMessage, request: DailyPostRequest, botUserId: string): boolean {
  if (message.nonce !== undefined && String(message.nonce) === request.nonce) return true;
  if (message.author.id !== botUserId || message.webhook_id !== undefined) return false;
  if (message.interaction_metadata !== undefined) return false;
  if (request.schedule.card === true) {
    const alt = dailyCardAltText(request);
    const card = message.attachments.find((attachment) => attachment.filename === CARD_FILE_NAME);
    if (card !== undefined && card.description === alt) return true;
  }
  const expected = dailyPostBody(request).embeds?.[0];
  const embed = message.embeds[0];
  return (
    expected !== undefined &&
    embed !== undefined &&
    embed.description === expected.description &&
    embed.footer?.text === expected.footer?.text
  );
}

/**
 * Posts daily quotes to Discord channels over REST. Its REST client neither retries nor waits out rate
 * limits by itself: the core's delivery protocol decides on every resend, knowing what may have arrived.
 * Discord keeps a nonce only a few minutes, so a post resumed later is first looked for among the
 * channel's recent messages (`findDelivered`).
 */
export class DiscordDailyPoster implements DailyPoster {
  readonly platform = 'discord';
  /** Discord keeps nonces "a few minutes"; resends inside this window cannot duplicate a post. */
  readonly nonceWindowMs = 2 * 60_000;
  readonly maxInFlightMs = SEND_TIMEOUT_MS + IN_FLIGHT_MARGIN_MS;
  private readonly rest: REST;
  private readonly maxHistoryPages: number;
  private botUserId: Promise<string> | undefined;
  private readonly cards: DailyCardOptions;

  constructor(options: {
    token: string;
    apiUrl?: string | undefined;
    /**
     * Resends @discordjs/rest makes by itself after a 5xx or a network error (default 0: the core decides).
     */
    retries?: number;
    /** How many pages of 100 recent messages `findDelivered` reads at most (default 5). */
    maxHistoryPages?: number;
    /** Posts of schedules set with `card:true` are drawn by this painter. */
    cards?: DailyCardOptions;
  }) {
    this.cards = options.cards ?? {};
    this.rest = new REST({
      retries: options.retries ?? 0,
      rejectOnRateLimit: () => true,
      timeout: SEND_TIMEOUT_MS,
      agent: discordRestAgent(),
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
    }).setToken(options.token);
    this.maxHistoryPages = options.maxHistoryPages ?? 5;
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

  /** Looks through the channel's messages since `since` (a minute earlier, for clock skew), oldest first. */
  async findDelivered(request: DailyPostRequest, since: Date): Promise<DeliveryCheck> {
    try {
      this.botUserId ??= (this.rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
      const botUserId = await this.botUserId;
      let after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
      for (let page = 0; page < this.maxHistoryPages; page++) {
        const query = new URLSearchParams({ after, limit: '100' });
        const messages = (await this.rest.get(Routes.channelMessages(request.schedule.channelId), {
          query,
        })) as APIMessage[];
        const found = messages.find((message) => isDailyPost(message, request, botUserId));
        if (found !== undefined) return { found: true, messageId: found.id };
        if (messages.length < 100) return { found: false };
        // Discord returns the page newest first; the next page starts after its newest message.
        after = messages.reduce(
          (max, message) => (BigInt(message.id) > BigInt(max) ? message.id : max),
          after,
        );
      }
      return { found: 'unknown' };
    } catch {
      this.botUserId = undefined;
      return { found: 'unknown' };
    }
  }
}
