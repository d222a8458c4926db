import type { webApi } from '@slack/bolt';

/** How long `/daily set` waits for Slack to say whether the bot is in the channel: a hint, not worth a wait. */
const MEMBERSHIP_WAIT_MS = 2_000;

/**
 * Whether the bot is in a channel, as the scopes it has can tell: `conversations.history` (`channels:history`,
 * `groups:history`) answers `not_in_channel` for a public channel it has not joined, and `channel_not_found`
 * for a private one or a direct message it is not in. Without `chat:write.public` its posts there fail the
 * same way, so a daily schedule set there pauses at its first post. `unknown` when Slack says anything else
 * or does not answer in time.
 */
export async function botInChannel(
  client: webApi.WebClient,
  channel: string,
  waitMs = MEMBERSHIP_WAIT_MS,
): Promise<'in' | 'out' | 'unknown'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => resolve('unknown'), waitMs);
  });
  const asked = client.conversations.history({ channel, limit: 1 }).then(
    () => 'in' as const,
    (error: unknown) => {
      const code = (error as { data?: { error?: unknown } }).data?.error;
      return code === 'not_in_channel' || code === 'channel_not_found'
        ? ('out' as const)
        : ('unknown' as const);
    },
  );
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}
