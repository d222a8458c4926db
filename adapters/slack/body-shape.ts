import * as z from 'zod';

/**
 * What a signed Slack request body may look like before Bolt reads it. Bolt assumes these shapes (it
 * reads `body.ssl_check`, `'channel' in body.event`, `body.user.team_id`, `body.actions[0]`, …) and
 * throws, or waits 3 s and answers 404, when a signed body is valid JSON or a valid form of another
 * shape. Checking here turns those into an immediate 400. Unknown fields pass: Slack adds fields.
 */
const record = z.looseObject({});
const maybeRecord = record.nullish();
const id = z.looseObject({ id: z.string().optional() });

const sslCheck = z.looseObject({ ssl_check: z.literal('1') });
const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });

const command = z.looseObject({
  command: z.string(),
  text: z.string().optional(),
  channel_id: z.string().optional(),
  user_id: z.string().optional(),
  team_id: z.string().optional(),
  response_url: z.string().optional(),
});

const eventCallback = z.looseObject({
  type: z.string(),
  event: z.looseObject({
    type: z.string(),
    user: z.union([z.string(), id]).optional(),
    channel: z.union([z.string(), id]).optional(),
    subteam: record.optional(),
    item: maybeRecord,
    message: maybeRecord,
    previous_message: maybeRecord,
    assistant_thread: maybeRecord,
  }),
  authorizations: z.array(maybeRecord).optional(),
});

/** Slack's own notice that it stopped sending events for a while; there is nothing to run. */
const notice = z.looseObject({ type: z.literal('app_rate_limited') });

/**
 * Buttons, menus, shortcuts and modals: Bolt reads `user.id`, and the team from `team.id` or `user.team_id`.
 */
const interaction = z
  .looseObject({
    type: z.string(),
    team: id.nullish(),
    enterprise: id.nullish(),
    user: z.looseObject({ id: z.string().optional(), team_id: z.string().optional() }),
    channel: id.optional(),
    actions: z.array(record).optional(),
    view: record.optional(),
    response_url: z.string().optional(),
    response_urls: z.array(z.looseObject({ response_url: z.string() })).optional(),
  })
  .refine((body) => !body.type.startsWith('view_') || body.view !== undefined, 'no view');

/** The kinds of body the receiver passes on to Bolt. */
export type SlackBodyKind = 'ssl-check' | 'url-verification' | 'command' | 'event' | 'notice' | 'interaction';

export type SlackBodyCheck =
  { readonly ok: true; readonly kind: SlackBodyKind } | { readonly ok: false; readonly reason: string };

const reasonOf = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');

/**
 * Checks a body as Bolt's `parseHTTPRequestBody` returned it (form fields, or JSON, or a form's `payload`).
 */
export function checkSlackBody(body: unknown): SlackBodyCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: `the body is ${Array.isArray(body) ? 'an array' : String(body)}` };
  }
  const fields = body as Record<string, unknown>;
  let schema: z.ZodType;
  let kind: SlackBodyKind;
  if (fields['ssl_check'] !== undefined) [schema, kind] = [sslCheck, 'ssl-check'];
  else if (fields['type'] === 'url_verification') [schema, kind] = [urlVerification, 'url-verification'];
  else if (fields['event'] !== undefined) [schema, kind] = [eventCallback, 'event'];
  else if (fields['type'] === 'event_callback')
    return { ok: false, reason: 'an event callback without event' };
  else if (fields['command'] !== undefined) [schema, kind] = [command, 'command'];
  else if (fields['type'] === 'app_rate_limited') [schema, kind] = [notice, 'notice'];
  else if (typeof fields['type'] === 'string') [schema, kind] = [interaction, 'interaction'];
  else return { ok: false, reason: 'no command, event or type' };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, kind } : { ok: false, reason: reasonOf(parsed.error) };
}
