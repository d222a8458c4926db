import { slackModeOf } from '../../adapters/slack/mode.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PrometheusObserver } from './metrics.js';
import { opsCustomRoutes, type OpsSources } from './ops-routes.js';
import { startOpsServer } from './ops-server.js';
import { StartupError, StartupErrorCode } from '../startup-error.js';
import { Readiness } from './readiness.js';

/** Metrics and health of the running bot: the observer the adapters report to, and `/readyz`'s checks. */
export interface Ops extends OpsSources {
  readonly metrics: PrometheusObserver;
  readonly readiness: Readiness;
  /** Bolt routes for Slack HTTP mode: the same endpoints on Slack's own port. */
  readonly slackRoutes: ReturnType<typeof opsCustomRoutes>;
  /** Starts the operations server on HTTP_PORT, unless there is none to start (see below). */
  serve(logger: Logger): Promise<{ stop(): Promise<void> } | undefined>;
}

/**
 * The endpoints are served on HTTP_PORT when it is set. In Slack HTTP mode they are also on Slack's port
 * (PORT), so a separate server starts only when HTTP_PORT names another port.
 */
export function createOps(config: Config, commands: readonly string[]): Ops {
  const metrics = new PrometheusObserver({ commands });
  const readiness = new Readiness();
  const sources = { metrics, readiness };
  const slackHttp = config.SLACK_BOT_TOKEN !== undefined && slackModeOf(config) === 'http';
  return {
    ...sources,
    slackRoutes: opsCustomRoutes(sources),
    async serve(logger) {
      const port = config.HTTP_PORT;
      if (port === undefined || (slackHttp && port === (config.PORT ?? -1))) return undefined;
      const server = await startOpsServer(sources, { port, host: config.HTTP_HOST }).catch(
        (error: unknown) => {
          // A port in use or not allowed is the operator's to fix: one line naming HTTP_PORT, as for PORT.
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          throw new StartupError(
            StartupErrorCode.HttpPortUnavailable,
            `metrics and health endpoints could not listen on port ${port} (${code}); check HTTP_PORT`,
            { cause: error },
          );
        },
      );
      logger.info(
        { port: server.port, host: config.HTTP_HOST ?? '*' },
        'metrics and health endpoints listening',
      );
      return { stop: () => server.close() };
    },
  };
}
