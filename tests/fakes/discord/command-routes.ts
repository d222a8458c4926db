import { ApiFailure, ERRORS } from './errors.js';
import type { FakeState, Route, RouteRequest } from './route.js';
import { noContent, ok, route } from './route.js';

/** Global and guild application commands: bulk overwrite (PUT), list, create, delete. */
export function commandRoutes(state: FakeState): Route[] {
  const { world, commands } = state;
  const scope = (request: RouteRequest): string | undefined => {
    if (request.params.applicationId !== world.applicationId) throw new ApiFailure(ERRORS.missingAccess());
    const { guildId } = request.params;
    if (guildId !== undefined && world.guild(guildId) === undefined) {
      throw new ApiFailure(ERRORS.missingAccess());
    }
    return guildId;
  };
  const routes: Route[] = [];
  for (const base of [
    '/applications/:applicationId/commands',
    '/applications/:applicationId/guilds/:guildId/commands',
  ]) {
    routes.push(
      route('GET', base, true, (request) => {
        const guildId = scope(request);
        return ok(guildId === undefined ? commands.global : commands.guild(guildId));
      }),
      route('PUT', base, true, (request) => ok(commands.overwrite(scope(request), request.body))),
      route('POST', base, true, (request) => {
        const { command, created } = commands.upsert(scope(request), request.body);
        return { status: created ? 201 : 200, body: command };
      }),
      route('GET', `${base}/:commandId`, true, (request) => {
        const guildId = scope(request);
        const list = guildId === undefined ? commands.global : commands.guild(guildId);
        const found = list.find((command) => command.id === request.params.commandId);
        if (found === undefined) throw new ApiFailure(ERRORS.unknownCommand());
        return ok(found);
      }),
      route('DELETE', `${base}/:commandId`, true, (request) => {
        if (!commands.remove(scope(request), request.params.commandId ?? '')) {
          throw new ApiFailure(ERRORS.unknownCommand());
        }
        return noContent();
      }),
    );
  }
  return routes;
}
