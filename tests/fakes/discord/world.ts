import type {
  APIApplication,
  APIDMChannel,
  APIGuildMember,
  APIRole,
  APITextChannel,
  APIUser,
  Locale,
} from 'discord-api-types/v10';
import { CHANNEL_TYPE, NO_FLAGS, PERMISSIONS } from './constants.js';
import { botToken, SnowflakeFactory } from './ids.js';

export const LOCALE = 'en-US' as Locale;

export interface FakeUserInput {
  readonly id?: string;
  readonly username?: string;
  readonly globalName?: string;
}

export interface FakeGuildInput {
  readonly id?: string;
  readonly name?: string;
  /** Text channel names; the first is the default channel. Defaults to `['general', 'quotes']`. */
  readonly channels?: readonly string[];
}

export interface WorldOptions {
  readonly botUsername?: string;
  readonly applicationName?: string;
  /** Defaults to one guild, "Quotebot Test Server". */
  readonly guilds?: readonly FakeGuildInput[];
  /** Human users; the first is the default author of injected events. Defaults to one user, `reader`. */
  readonly users?: readonly FakeUserInput[];
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly joinedAt: string;
  readonly channels: readonly APITextChannel[];
  readonly roles: readonly APIRole[];
  readonly members: readonly APIGuildMember[];
}

function user(id: string, username: string, globalName: string | null, bot: boolean): APIUser {
  const base: APIUser = {
    id,
    username,
    discriminator: bot ? '0000' : '0',
    global_name: globalName,
    avatar: null,
    public_flags: NO_FLAGS,
    flags: NO_FLAGS,
    banner: null,
    accent_color: null,
  };
  return bot ? { ...base, bot: true, verified: true, mfa_enabled: false } : base;
}

function member(account: APIUser, roles: readonly string[], joinedAt: string): APIGuildMember {
  return {
    user: account,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...roles],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

function role(id: string, name: string, position: number, permissions: string, botId?: string): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: botId !== undefined,
    mentionable: false,
    flags: NO_FLAGS,
    ...(botId === undefined ? {} : { tags: { bot_id: botId } }),
  };
}

function textChannel(id: string, guildId: string, name: string, position: number): APITextChannel {
  return {
    id,
    type: CHANNEL_TYPE.guildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: NO_FLAGS,
  };
}

/** The fixed cast of the fake: the bot and its application, guilds with channels and roles, human users, DMs. */
export class World {
  readonly ids = new SnowflakeFactory();
  readonly botUser: APIUser;
  readonly botToken: string;
  readonly applicationName: string;
  readonly humans: readonly APIUser[];
  readonly guilds: readonly FakeGuild[];
  private readonly textChannels = new Map<string, APITextChannel>();
  private readonly dmChannels = new Map<string, APIDMChannel>();

  constructor(options: WorldOptions = {}) {
    const botId = this.ids.next();
    this.botUser = user(botId, options.botUsername ?? 'quotebot', null, true);
    this.botToken = botToken(botId);
    this.applicationName = options.applicationName ?? this.botUser.username;
    const humanInputs = options.users ?? [{ username: 'reader', globalName: 'Reader' }];
    this.humans = humanInputs.map((input, index) =>
      user(input.id ?? this.ids.next(), input.username ?? `user${index}`, input.globalName ?? null, false),
    );
    const owner = this.humans[0] ?? this.botUser;
    this.guilds = (options.guilds ?? [{}]).map((input) => this.buildGuild(input, owner.id));
  }

  get applicationId(): string {
    return this.botUser.id;
  }

  get defaultGuild(): FakeGuild {
    const guild = this.guilds[0];
    if (guild === undefined) throw new Error('fake Discord: no guild configured');
    return guild;
  }

  get defaultUser(): APIUser {
    const human = this.humans[0];
    if (human === undefined) throw new Error('fake Discord: no user configured');
    return human;
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  textChannel(id: string): APITextChannel | undefined {
    return this.textChannels.get(id);
  }

  channel(id: string): APITextChannel | APIDMChannel | undefined {
    return this.textChannels.get(id) ?? [...this.dmChannels.values()].find((dm) => dm.id === id);
  }

  /** A user by id: the bot, a configured human, or undefined. */
  user(id: string): APIUser | undefined {
    return id === this.botUser.id ? this.botUser : this.humans.find((human) => human.id === id);
  }

  /** The bot's DM channel with a user, created on first use as Discord does. */
  dmChannelWith(recipient: APIUser): APIDMChannel {
    const existing = this.dmChannels.get(recipient.id);
    if (existing !== undefined) return existing;
    const dm: APIDMChannel = {
      id: this.ids.next(),
      type: CHANNEL_TYPE.dm,
      name: null,
      last_message_id: null,
      flags: NO_FLAGS,
      recipients: [recipient],
    };
    this.dmChannels.set(recipient.id, dm);
    return dm;
  }

  member(guildId: string, userId: string): APIGuildMember | undefined {
    return this.guild(guildId)?.members.find((entry) => entry.user.id === userId);
  }

  application(): APIApplication {
    return {
      id: this.applicationId,
      name: this.applicationName,
      icon: null,
      description: 'Quotes articles (fake Discord)',
      summary: '',
      bot: this.botUser,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      owner: this.defaultUser,
      team: null,
      flags: NO_FLAGS,
      flags_new: '0',
      approximate_guild_count: this.guilds.length,
      redirect_uris: [],
      interactions_endpoint_url: null,
    };
  }

  private buildGuild(input: FakeGuildInput, ownerId: string): FakeGuild {
    const id = input.id ?? this.ids.next();
    const joinedAt = new Date().toISOString();
    const channels = (input.channels ?? ['general', 'quotes']).map((name, index) =>
      textChannel(this.ids.next(), id, name, index),
    );
    for (const channel of channels) this.textChannels.set(channel.id, channel);
    const botRole = role(this.ids.next(), this.botUser.username, 1, PERMISSIONS.bot, this.botUser.id);
    const roles = [role(id, '@everyone', 0, PERMISSIONS.member), botRole];
    const members = [
      member(this.botUser, [botRole.id], joinedAt),
      ...this.humans.map((human) => member(human, [], joinedAt)),
    ];
    return { id, name: input.name ?? 'Quotebot Test Server', ownerId, joinedAt, channels, roles, members };
  }
}
