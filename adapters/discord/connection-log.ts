import { RESTEvents, type RateLimitData, type APIRequest, type ResponseLike } from '@discordjs/rest';
import { GatewayCloseCodes } from 'discord-api-types/v10';
import { Events, WebSocketShardEvents, type Client } from 'discord.js';
import type { Logger } from '../../runtime/logger.js';

const reasonOf = (code: number): string => GatewayCloseCodes[code] ?? (code === 1000 ? 'Normal' : 'Other');

/**
 * Writes what an operator needs to see at the default level: gateway disconnects (warn, with the shard,
 * the close code and its name), reconnects and resumes (info), REST 429s (warn, with the route and the
 * wait) and REST 5xx answers that discord.js retries (warn; it gives up after `rest.retries`). Without these
 * lines, drops and retries that the client recovers from leave no trace.
 */
export function logConnection(client: Client, logger: Logger): void {
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord gateway reconnecting'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn({ shardId, reason: error.message }, 'discord gateway error'),
  );
  // A known bucket's wait is routine; an unexpected 429 or a 5xx shows in the response event only.
  client.rest.on(RESTEvents.RateLimited, (info: RateLimitData) =>
    logger.debug(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global },
      'discord REST waiting for a rate limit',
    ),
  );
  // `route` has the ids and tokens replaced by placeholders; the request's path is never logged.
  client.rest.on(RESTEvents.Response, (request: APIRequest, response: ResponseLike) => {
    if (response.status === 429) {
      logger.warn(
        {
          route: request.route,
          method: request.method,
          retryAfter: response.headers.get('retry-after'),
          global: response.headers.has('x-ratelimit-global'),
          scope: response.headers.get('x-ratelimit-scope'),
        },
        'discord REST rate limited (429); waiting',
      );
    } else if (response.status >= 500) {
      logger.warn(
        { route: request.route, method: request.method, status: response.status, retries: request.retries },
        'discord REST server error; retrying',
      );
    }
  });
}

/** Per-shard close and resume lines; the shards exist once the client has logged in. */
export function logShards(client: Client, logger: Logger): void {
  for (const shard of client.ws.shards.values()) {
    shard.on(WebSocketShardEvents.Close, (event: { code: number }) =>
      logger.warn(
        { shardId: shard.id, code: event.code, reason: reasonOf(event.code) },
        'discord gateway disconnected',
      ),
    );
    shard.on(WebSocketShardEvents.Resumed, () =>
      logger.info({ shardId: shard.id }, 'discord gateway resumed'),
    );
  }
}
