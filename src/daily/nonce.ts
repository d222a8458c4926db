import { hashString } from './prng.js';
import { channelKey, type ChannelRef } from './schedule.js';

/** Discord accepts nonces of at most 25 characters. */
export const MAX_NONCE_LENGTH = 25;

/**
 * The nonce of a channel's post for a local date: `qb260329` and a base-36 hash of channel and date,
 * at most 19 characters. The same for every send of that post, so a platform that checks nonces
 * (Discord's `enforce_nonce`) turns a resend after a crash into the message it already has.
 */
export function dailyNonce(channel: ChannelRef, localDate: string): string {
  const compactDate = localDate.replaceAll('-', '').slice(2);
  return `qb${compactDate}${hashString(`${channelKey(channel)}|${localDate}`).toString(36)}`;
}
