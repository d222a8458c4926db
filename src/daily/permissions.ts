/** A Slack user as the Slack adapter sees them (users.info). */
export interface SlackDailyUser {
  readonly id: string;
  readonly isAdmin: boolean;
  readonly isOwner: boolean;
}

/**
 * May this Slack user change daily schedules? Workspace admins and owners may, and so may the users
 * listed in `SLACK_DAILY_ADMINS`. (On Discord the adapter checks the Manage Server permission.)
 */
export function slackMayManageDaily(user: SlackDailyUser, allowList: readonly string[]): boolean {
  return user.isAdmin || user.isOwner || allowList.includes(user.id);
}
