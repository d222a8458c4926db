/** A JSON error as Discord's API returns it, with the HTTP status to send. */
export interface ApiError {
  readonly status: number;
  readonly body: { readonly message: string; readonly code: number; readonly errors?: unknown };
}

function apiError(status: number, code: number, message: string, errors?: unknown): ApiError {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

/** One field error in Discord's nested `errors` shape: `{ field: { _errors: [{ code, message }] } }`. */
export function fieldError(path: readonly (string | number)[], code: string, message: string): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), { _errors: [{ code, message }] });
}

/** The errors the fake answers with, each worded and numbered like Discord's. */
export const ERRORS = {
  unauthorized: () => apiError(401, 0, '401: Unauthorized'),
  missingAccess: () => apiError(403, 50001, 'Missing Access'),
  missingPermissions: () => apiError(403, 50013, 'Missing Permissions'),
  cannotEditOthers: () => apiError(403, 50005, 'Cannot edit a message authored by another user'),
  notFound: () => apiError(404, 0, '404: Not Found'),
  unknownChannel: () => apiError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => apiError(404, 10004, 'Unknown Guild'),
  unknownMember: () => apiError(404, 10007, 'Unknown Member'),
  unknownMessage: () => apiError(404, 10008, 'Unknown Message'),
  unknownWebhook: () => apiError(404, 10015, 'Unknown Webhook'),
  unknownUser: () => apiError(404, 10013, 'Unknown User'),
  unknownCommand: () => apiError(404, 10063, 'Unknown application command'),
  unknownInteraction: () => apiError(404, 10062, 'Unknown interaction'),
  invalidWebhookToken: () => apiError(401, 50027, 'Invalid Webhook Token'),
  alreadyAcknowledged: () => apiError(400, 40060, 'Interaction has already been acknowledged.'),
  emptyMessage: () => apiError(400, 50006, 'Cannot send an empty message'),
  invalidFormBody: (errors: unknown) => apiError(400, 50035, 'Invalid Form Body', errors),
  badRequest: (message: string) => apiError(400, 0, message),
  internal: () => apiError(500, 0, '500: Internal Server Error'),
} as const;

/** The error Discord gives for an injected status when the test names no code or message. */
export function errorForStatus(status: number): ApiError {
  switch (status) {
    case 401:
      return ERRORS.unauthorized();
    case 403:
      return ERRORS.missingAccess();
    case 404:
      return ERRORS.unknownChannel();
    case 400:
      return ERRORS.badRequest('400: Bad Request');
    default:
      return status >= 500
        ? apiError(status, 0, `${status}: Internal Server Error`)
        : apiError(status, 0, `${status}`);
  }
}

/** Thrown by a route to answer with a Discord error; the server turns it into the JSON response. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.status} ${error.body.code}: ${error.body.message}`);
  }
}

/** Throws the error if there is one. */
export function failIf(error: ApiError | undefined): void {
  if (error !== undefined) throw new ApiFailure(error);
}
