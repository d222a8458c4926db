import { ApiFailure, ERRORS, failIf, fieldError } from './errors.js';
import type { StoredMessage } from './messages.js';
import type { FakeState, Route, RouteRequest } from './route.js';
import { noContent, ok, route } from './route.js';
import { validateMessage } from './validation.js';

/** Channels and their messages: what `channel.send`, `message.reply`, `message.edit` and fetches call. */
export function channelRoutes(state: FakeState): Route[] {
  const { world, messages } = state;
  const channelOf = (request: RouteRequest) => {
    const channel = world.channel(request.params.channelId ?? '');
    if (channel === undefined) throw new ApiFailure(ERRORS.unknownChannel());
    return channel;
  };
  const messageOf = (request: RouteRequest): StoredMessage => {
    const channel = channelOf(request);
    const stored = messages.get(channel.id, request.params.messageId ?? '');
    if (stored === undefined) throw new ApiFailure(ERRORS.unknownMessage());
    return stored;
  };
  return [
    route('GET', '/channels/:channelId', true, (request) => ok(channelOf(request))),
    route('POST', '/channels/:channelId/typing', true, (request) => (channelOf(request), noContent())),
    route('POST', '/channels/:channelId/messages', true, (request) => {
      const channel = channelOf(request);
      const { body, files } = request;
      failIf(validateMessage(body, { requireContent: true, fileCount: files.length }));
      if (body?.enforce_nonce === true && body.nonce !== undefined && body.nonce !== null) {
        const earlier = messages.byNonce(channel.id, body.nonce);
        if (earlier !== undefined) return ok(earlier.message);
      }
      const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
      const stored = messages.create({ channelId: channel.id, guildId, author: world.botUser, body, files });
      return { status: 200, body: stored.message, after: () => state.echo('MESSAGE_CREATE', stored) };
    }),
    route('GET', '/channels/:channelId/messages', true, (request) => {
      const channel = channelOf(request);
      const { query } = request;
      const limit = query.has('limit') ? Number(query.get('limit')) : 50;
      const snowflake = (name: string) => {
        const value = query.get(name);
        if (value !== null && !/^\d{1,20}$/.test(value))
          throw new ApiFailure(
            ERRORS.invalidFormBody(fieldError([name], 'NUMBER_TYPE_COERCE', 'Value is not snowflake.')),
          );
        return value ?? undefined;
      };
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new ApiFailure(
          ERRORS.invalidFormBody(fieldError(['limit'], 'NUMBER_TYPE_MAX', 'int value should be 1 to 100.')),
        );
      const after = snowflake('after');
      const before = snowflake('before');
      const page = messages.list(channel.id, {
        limit,
        ...(after === undefined ? {} : { after }),
        ...(before === undefined ? {} : { before }),
      });
      // Discord echoes a nonce only when the message is created, never on fetched messages.
      return ok(page.map(({ nonce: _nonce, ...message }) => message));
    }),
    route('GET', '/channels/:channelId/messages/:messageId', true, (request) =>
      ok(messageOf(request).message),
    ),
    route('PATCH', '/channels/:channelId/messages/:messageId', true, (request) => {
      const stored = messageOf(request);
      if (stored.message.author.id !== world.botUser.id) throw new ApiFailure(ERRORS.cannotEditOthers());
      failIf(validateMessage(request.body, { requireContent: false }));
      const edited = messages.edit(stored, request.body, request.files);
      return { status: 200, body: edited, after: () => state.echo('MESSAGE_UPDATE', stored) };
    }),
    route('DELETE', '/channels/:channelId/messages/:messageId', true, (request) => {
      messages.delete(messageOf(request).message.id);
      return noContent();
    }),
  ];
}
