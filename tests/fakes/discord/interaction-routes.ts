import type { FakeState, Route } from './route.js';
import { noContent, ok, route } from './route.js';

/** The interaction callback and the interaction webhook (`@original` and followups). */
export function interactionRoutes(state: FakeState): Route[] {
  const { interactions } = state;
  const webhook = (params: Readonly<Record<string, string>>) =>
    interactions.webhook(params.applicationId ?? '', params.token ?? '');
  return [
    route('POST', '/interactions/:interactionId/:token/callback', false, (request) => {
      const withResponse = request.query.get('with_response') === 'true';
      const { interactionId = '', token = '' } = request.params;
      return interactions.callback(interactionId, token, request.body, withResponse, request.files);
    }),
    route('POST', '/webhooks/:applicationId/:token', false, (request) => {
      const message = interactions.followup(webhook(request.params), request.body, request.files);
      return request.query.get('wait') === 'true' ? ok(message) : noContent();
    }),
    route('GET', '/webhooks/:applicationId/:token/messages/:messageId', false, (request) => {
      const record = webhook(request.params);
      return ok(interactions.webhookMessage(record, request.params.messageId ?? '').message);
    }),
    route('PATCH', '/webhooks/:applicationId/:token/messages/:messageId', false, (request) => {
      const record = webhook(request.params);
      return ok(
        interactions.editWebhookMessage(record, request.params.messageId ?? '', request.body, request.files),
      );
    }),
    route('DELETE', '/webhooks/:applicationId/:token/messages/:messageId', false, (request) => {
      const record = webhook(request.params);
      state.messages.delete(interactions.webhookMessage(record, request.params.messageId ?? '').message.id);
      return noContent();
    }),
  ];
}
