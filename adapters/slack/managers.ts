import type { webApi } from '@slack/bolt';
import { slackMayManageDaily } from '../../src/index.js';

/**
 * May this Slack user manage the bot (`/articles reload`, daily schedules)? The rule is the core's
 * (`slackMayManageDaily`: workspace admins and owners, and the ids in SLACK_DAILY_ADMINS); this asks
 * Slack who the user is (`users.info`, scope `users:read`). If Slack cannot say, the answer is no.
 */
export async function isSlackManager(
  client: webApi.WebClient,
  userId: string,
  allowList: readonly string[],
): Promise<boolean> {
  if (allowList.includes(userId)) return true;
  const { user } = await client.users.info({ user: userId });
  return slackMayManageDaily(
    {
      id: userId,
      isAdmin: user?.is_admin === true,
      isOwner: user?.is_owner === true || user?.is_primary_owner === true,
    },
    allowList,
  );
}
