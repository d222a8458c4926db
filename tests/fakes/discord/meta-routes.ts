import { ApiFailure, ERRORS } from './errors.js';
import { guildObject } from './guild-payloads.js';
import type { FakeState, Route, RouteRequest } from './route.js';
import { ok, route } from './route.js';

export interface GatewayInfo {
  readonly url: () => string;
  /** The shard count Discord recommends for this bot. */
  readonly recommendedShards: number;
  /** How many shards may IDENTIFY at once (per 5 s); @discordjs/ws spaces the others 5 s apart. */
  readonly maxConcurrency: number;
}

/** Gateway discovery, the bot's own user and application, guilds, members and DM channels. */
export function metaRoutes(state: FakeState, gateway: GatewayInfo): Route[] {
  const { world } = state;
  const guildOf = (request: RouteRequest) => {
    const guild = world.guild(request.params.guildId ?? '');
    if (guild === undefined) throw new ApiFailure(ERRORS.unknownGuild());
    return guild;
  };
  return [
    route('GET', '/gateway', false, () => ok({ url: gateway.url() })),
    route('GET', '/gateway/bot', true, () =>
      ok({
        url: gateway.url(),
        shards: gateway.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: gateway.maxConcurrency,
        },
      }),
    ),
    route('GET', '/users/@me', true, () => ok(world.botUser)),
    route('GET', '/users/:userId', true, (request) => {
      const user = world.user(request.params.userId ?? '');
      if (user === undefined) throw new ApiFailure(ERRORS.unknownUser());
      return ok(user);
    }),
    route('POST', '/users/@me/channels', true, (request) => {
      const recipient = world.user(String(request.body?.recipient_id));
      if (recipient === undefined || recipient.id === world.botUser.id) {
        throw new ApiFailure(ERRORS.unknownUser());
      }
      return ok(world.dmChannelWith(recipient));
    }),
    route('GET', '/applications/@me', true, () => ok(world.application())),
    route('GET', '/oauth2/applications/@me', true, () => ok(world.application())),
    route('GET', '/guilds/:guildId', true, (request) => ok(guildObject(guildOf(request)))),
    route('GET', '/guilds/:guildId/channels', true, (request) => ok(guildOf(request).channels)),
    route('GET', '/guilds/:guildId/roles', true, (request) => ok(guildOf(request).roles)),
    route('GET', '/guilds/:guildId/members/:userId', true, (request) => {
      const member = guildOf(request).members.find((entry) => entry.user.id === request.params.userId);
      if (member === undefined) throw new ApiFailure(ERRORS.unknownMember());
      return ok(member);
    }),
  ];
}
