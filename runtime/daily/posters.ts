import type { DailyCardOptions } from '../../adapters/shared/daily-card.js';
import type { CardPainter, DailyPlatform, DailyPoster, DailyPosters } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { ConsolePoster } from './console-poster.js';

/** What a platform's poster may need to start. */
export interface PosterContext {
  readonly environment: Environment;
  readonly logger: Logger;
  /** Where the console platform writes its posts. */
  readonly consoleOut: NodeJS.WritableStream;
  /** Draws the cards of schedules set with `card:true`; without it they are posted as text. */
  readonly cards?: CardPainter | undefined;
}

/** The card painter for a poster, and a warning in the log when a card fails (it is posted as text). */
function cardOptions(context: PosterContext): DailyCardOptions {
  return {
    cards: context.cards,
    onCardFailed: (error, request) =>
      context.logger.warn(
        { err: error, platform: request.schedule.platform, channelId: request.schedule.channelId },
        'daily card could not be drawn; posting the quote as text',
      ),
  };
}

/** One factory per platform, returning undefined when that platform is not configured. */
export type PosterFactories = Readonly<
  Record<DailyPlatform, (context: PosterContext) => DailyPoster | undefined>
>;

/**
 * The place platform posters plug in: one factory per platform, returning undefined when that platform
 * is not configured (its due posts are then reported as `no-poster` and left unclaimed). Discord and
 * Slack post over their REST/Web APIs with the bot tokens (and API URLs) from the validated config, so
 * `quotebot daily run` from cron needs no gateway or socket connection.
 *
 * A platform's poster module, and with it its library (discord.js, Bolt's Web API client), is loaded
 * only when that platform's token is configured: a Slack-only process never loads discord.js (nor the
 * undici dispatcher @discordjs/rest installs for every `fetch`), a Discord-only process never loads Bolt.
 */
export async function loadPosterFactories(config: Config): Promise<PosterFactories> {
  const discord = config.DISCORD_TOKEN ? await import('../../adapters/discord/daily-poster.js') : undefined;
  const slack = config.SLACK_BOT_TOKEN ? await import('../../adapters/slack/daily-poster.js') : undefined;
  return {
    console: (context) => new ConsolePoster(context.consoleOut),
    discord: (context) => {
      const { config } = context.environment;
      return discord && config.DISCORD_TOKEN
        ? new discord.DiscordDailyPoster({
            token: config.DISCORD_TOKEN,
            apiUrl: config.DISCORD_API_URL,
            cards: cardOptions(context),
          })
        : undefined;
    },
    slack: (context) => {
      const { config } = context.environment;
      return slack && config.SLACK_BOT_TOKEN
        ? new slack.SlackDailyPoster({
            token: config.SLACK_BOT_TOKEN,
            apiUrl: config.SLACK_API_URL,
            cards: cardOptions(context),
          })
        : undefined;
    },
  };
}

/** The posters of this process, each built once on first use. */
export function createPosters(context: PosterContext, factories: PosterFactories): DailyPosters {
  const built = new Map<DailyPlatform, DailyPoster | undefined>();
  return (platform) => {
    if (!built.has(platform)) built.set(platform, factories[platform](context));
    return built.get(platform);
  };
}
