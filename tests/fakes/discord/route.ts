import type { IncomingHttpHeaders } from 'node:http';
import type { CommandStore } from './commands.js';
import type { Gateway } from './gateway.js';
import type { UploadedFile } from './http-io.js';
import type { InteractionRegistry } from './interactions.js';
import type { MessageStore, StoredMessage } from './messages.js';
import { PathPattern } from './path-pattern.js';
import type { World } from './world.js';

export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: any;
  readonly files: readonly UploadedFile[];
  readonly headers: IncomingHttpHeaders;
}

export interface RouteReply {
  readonly status: number;
  readonly body?: unknown;
  /** Runs once the HTTP response is written, e.g. the gateway event a REST call causes. */
  readonly after?: () => void;
}

/** Everything the routes act on. */
export interface FakeState {
  readonly world: World;
  readonly messages: MessageStore;
  readonly commands: CommandStore;
  readonly interactions: InteractionRegistry;
  readonly gateway: Gateway;
  /** Sends MESSAGE_CREATE/UPDATE for a message to the sessions that would get it (if echo is on). */
  readonly echo: (event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', stored: StoredMessage) => void;
}

export interface Route {
  readonly method: string;
  readonly pattern: PathPattern;
  /** Whether the route needs `Authorization: Bot <token>`; interaction callbacks and webhooks do not. */
  readonly auth: boolean;
  readonly handle: (request: RouteRequest) => RouteReply;
}

/** Declares a route: `route('POST', '/channels/:channelId/messages', true, handler)`. */
export function route(method: string, template: string, auth: boolean, handle: Route['handle']): Route {
  return { method, pattern: new PathPattern(template), auth, handle };
}

export const ok = (body: unknown): RouteReply => ({ status: 200, body });
export const noContent = (): RouteReply => ({ status: 204 });
