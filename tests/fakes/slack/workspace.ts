/** A workspace member as `users.info` reports it. Only `id` is required. */
export interface FakeUserInput {
  readonly id: string;
  readonly name?: string;
  readonly realName?: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  readonly isBot?: boolean;
  readonly deleted?: boolean;
  readonly tz?: string;
}

/** A conversation as `conversations.info` reports it. */
export interface FakeChannelInput {
  readonly id: string;
  readonly name?: string;
  readonly isPrivate?: boolean;
  readonly isIm?: boolean;
  /** For IMs: the other member. */
  readonly user?: string;
  readonly isMember?: boolean;
}

/** The identity every payload and API answer of one fake shares. */
export interface Workspace {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamDomain: string;
  readonly apiAppId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botName: string;
  readonly verificationToken: string;
  readonly users: ReadonlyMap<string, FakeUserInput>;
  readonly channels: ReadonlyMap<string, FakeChannelInput>;
}

export const WORKSPACE_DEFAULTS = {
  teamId: 'T0FAKETEAM',
  teamName: 'Quotebot Test',
  teamDomain: 'quotebot-test',
  apiAppId: 'A0FAKEAPP',
  botUserId: 'U0FAKEBOT',
  botId: 'B0FAKEBOT',
  botName: 'quotebot',
  verificationToken: 'fake-verification-token',
  userId: 'U0FAKEUSER',
  channelId: 'C0FAKECHAN',
  dmChannelId: 'D0FAKEDM',
} as const;

/** `users.info`'s `user` object. Unknown IDs get an ordinary (non-admin) member. */
export function renderUser(workspace: Workspace, id: string): Record<string, unknown> {
  const input = workspace.users.get(id) ?? { id };
  const name = input.name ?? id.toLowerCase();
  const realName = input.realName ?? name;
  return {
    id,
    team_id: workspace.teamId,
    name,
    real_name: realName,
    deleted: input.deleted ?? false,
    is_admin: input.isAdmin ?? false,
    is_owner: input.isOwner ?? false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: input.isBot ?? id === workspace.botUserId,
    is_app_user: false,
    tz: input.tz ?? 'Europe/London',
    tz_offset: 0,
    profile: { real_name: realName, display_name: name, team: workspace.teamId },
  };
}

/** `conversations.info`'s `channel` object. Unknown IDs are read by prefix: `D…` is an IM, `G…` private. */
export function renderChannel(workspace: Workspace, id: string): Record<string, unknown> {
  const input = workspace.channels.get(id) ?? { id };
  const isIm = input.isIm ?? id.startsWith('D');
  const isPrivate = input.isPrivate ?? (isIm || id.startsWith('G'));
  const base = { id, created: 1_700_000_000, is_im: isIm, is_archived: false, is_org_shared: false };
  if (isIm) return { ...base, user: input.user ?? WORKSPACE_DEFAULTS.userId, is_user_deleted: false };
  return {
    ...base,
    name: input.name ?? id.toLowerCase(),
    is_channel: !isPrivate,
    is_group: false,
    is_private: isPrivate,
    is_general: false,
    is_shared: false,
    is_ext_shared: false,
    is_member: input.isMember ?? true,
    context_team_id: workspace.teamId,
  };
}
