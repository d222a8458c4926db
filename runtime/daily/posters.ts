import type { DailyPlatform, DailyPoster, DailyPosters } from '../../src/index.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../logger.js';
import { ConsolePoster } from './console-poster.js';

/** What a platform's poster may need to start. */
export interface PosterContext {
  readonly environment: Environment;
  readonly logger: Logger;
  /** Where the console platform writes its posts. */
  readonly consoleOut: NodeJS.WritableStream;
}

/**
 * The place platform posters plug in: one factory per platform, returning undefined when that platform
 * is not configured (its due posts are then reported as `no-poster` and left unclaimed). The Discord and
 * Slack adapters add their factories here in the next step, built from their REST clients and tokens in
 * `context.environment.config`.
 */
export const POSTER_FACTORIES: Readonly<
  Record<DailyPlatform, (context: PosterContext) => DailyPoster | undefined>
> = {
  console: (context) => new ConsolePoster(context.consoleOut),
  discord: () => undefined,
  slack: () => undefined,
};

/** The posters of this process, each built once on first use. */
export function createPosters(
  context: PosterContext,
  factories: Readonly<
    Record<DailyPlatform, (context: PosterContext) => DailyPoster | undefined>
  > = POSTER_FACTORIES,
): DailyPosters {
  const built = new Map<DailyPlatform, DailyPoster | undefined>();
  return (platform) => {
    if (!built.has(platform)) built.set(platform, factories[platform](context));
    return built.get(platform);
  };
}
