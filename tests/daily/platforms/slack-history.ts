import type { ApiArgs, ApiResult, FakeSlack } from '../../fakes/slack/index.js';
import { DEFAULT_METHODS } from '../../fakes/slack/web-api-methods.js';

interface Kept {
  readonly channel: string;
  readonly message: Record<string, unknown>;
}

/**
 * Gives the fake Slack a channel history: chat.postMessage keeps each message with its metadata, a file
 * shared into a channel (files.completeUploadExternal) keeps a message with its `files`, and
 * conversations.history returns them newest first (metadata only with `include_all_metadata`, as Slack
 * does). `oldest` is not applied: the fake's `ts` come from the real clock, the tests' from a fixed one.
 * Returns the kept messages.
 */
export function withHistory(slack: FakeSlack): Kept[] {
  const kept: Kept[] = [];
  const post = DEFAULT_METHODS['chat.postMessage']!;
  slack.onMethod('chat.postMessage', (args, context) => {
    const result = post(args, context);
    if (result.ok) {
      const message = { ...(result['message'] as Record<string, unknown>), metadata: args['metadata'] };
      kept.push({ channel: String(args['channel']), message });
    }
    return result;
  });
  const complete = DEFAULT_METHODS['files.completeUploadExternal']!;
  slack.onMethod('files.completeUploadExternal', (args, context) => {
    const result = complete(args, context);
    const channel = args['channel_id'];
    if (result.ok && typeof channel === 'string') {
      const files = (result['files'] as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
      kept.push({ channel, message: { type: 'message', ts: `${Date.now() / 1000}`, files } });
    }
    return result;
  });
  slack.onMethod('conversations.history', (args: ApiArgs): ApiResult => {
    const channel = String(args['channel'] ?? '');
    const withMetadata = args['include_all_metadata'] === true || args['include_all_metadata'] === 'true';
    const messages = kept
      .filter((entry) => entry.channel === channel)
      .map(({ message }) => (withMetadata ? message : { ...message, metadata: undefined }))
      .reverse();
    return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
  });
  return kept;
}
