import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrometheusObserver } from './metrics.js';
import type { Readiness } from './readiness.js';

/** The operations endpoints, served in every mode (see README "Metrics and health"). */
export const OPS_PATHS = { metrics: '/metrics', livez: '/livez', readyz: '/readyz' } as const;

/** What the operations endpoints report on. */
export interface OpsSources {
  readonly metrics: PrometheusObserver;
  readonly readiness: Readiness;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * `/metrics` (Prometheus text format), `/livez` (the process answers: 200) and `/readyz` (200 when every
 * platform is connected and the store answers, else 503 with which check failed). The same handlers are
 * served by the operations server and, in Slack HTTP mode, as Bolt custom routes on Slack's port.
 */
export function opsHandlers(sources: OpsSources): Readonly<Record<keyof typeof OPS_PATHS, Handler>> {
  return {
    metrics: (_req, res) => {
      sources.metrics.exposition().then(
        ({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        },
        (error: unknown) => json(res, 500, { error: String(error) }),
      );
    },
    livez: (_req, res) => json(res, 200, { ok: true }),
    readyz: (_req, res) => {
      void sources.readiness.report().then((report) => json(res, report.ready ? 200 : 503, report));
    },
  };
}

/** The handlers as Bolt `customRoutes` (GET only). */
export function opsCustomRoutes(sources: OpsSources): { path: string; method: string[]; handler: Handler }[] {
  const handlers = opsHandlers(sources);
  return (Object.keys(OPS_PATHS) as (keyof typeof OPS_PATHS)[]).map((name) => ({
    path: OPS_PATHS[name],
    method: ['GET'],
    handler: handlers[name],
  }));
}
