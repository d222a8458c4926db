import type { webApi } from '@slack/bolt';
import type { CardImage } from '../../src/index.js';
import { SLACK_LIMITS, truncate } from './limits.js';

export const CARD_FILE_NAME = 'quote-card.png';

/** Where a card goes: a channel, or a thread in it. */
export interface CardDestination {
  readonly channel: string;
  readonly threadTs?: string | undefined;
}

/**
 * Uploads a card into a channel or thread with `filesUploadV2` (files.getUploadURLExternal, the upload,
 * then files.completeUploadExternal), with its alt text. The title is plain text: files mention nobody.
 * Returns the shared file's id.
 */
export async function uploadCard(
  client: webApi.WebClient,
  card: CardImage,
  destination: CardDestination,
  names: { readonly filename?: string; readonly title?: string } = {},
): Promise<string | undefined> {
  const file = {
    file: Buffer.from(card.png),
    filename: names.filename ?? CARD_FILE_NAME,
    title: names.title ?? 'Quote card',
    alt_text: truncate(card.altText, SLACK_LIMITS.fileAltText),
  };
  const result = await client.filesUploadV2(
    destination.threadTs === undefined
      ? { ...file, channel_id: destination.channel }
      : { ...file, channel_id: destination.channel, thread_ts: destination.threadTs },
  );
  const completed = result.files[0] as { files?: { id?: string }[] } | undefined;
  return completed?.files?.[0]?.id;
}
