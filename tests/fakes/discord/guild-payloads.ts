import type { GatewayGuildCreateDispatchData, GatewayReadyDispatchData } from 'discord-api-types/v10';
import { API_VERSION, NO_FLAGS } from './constants.js';
import type { FakeGuild, World } from './world.js';
import { LOCALE } from './world.js';
import type { ShardTuple } from './shards.js';

/** READY as Discord sends it: the shard's guilds, each unavailable until its GUILD_CREATE follows. */
export function readyPayload(
  world: World,
  sessionId: string,
  resumeUrl: string,
  shard: ShardTuple,
  guilds: readonly FakeGuild[],
): GatewayReadyDispatchData {
  return {
    v: API_VERSION,
    user: world.botUser,
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [shard[0], shard[1]],
    application: { id: world.applicationId, flags: NO_FLAGS, flags_new: '0' },
  };
}

/** A full GUILD_CREATE: channels (without guild_id, as Discord sends them here), roles and members. */
export function guildCreatePayload(guild: FakeGuild): GatewayGuildCreateDispatchData {
  return {
    ...guildObject(guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: [...guild.members],
    channels: guild.channels.map(({ guild_id: _guildId, ...channel }) => channel),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The guild object of `GET /guilds/:id`. */
export function guildObject(guild: FakeGuild): Omit<GatewayGuildCreateDispatchData, CreateOnlyField> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [...guild.roles],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: LOCALE,
    nsfw_level: 0,
    hub_type: null,
    incidents_data: null,
  };
}

type CreateOnlyField =
  | 'joined_at'
  | 'large'
  | 'unavailable'
  | 'member_count'
  | 'voice_states'
  | 'members'
  | 'channels'
  | 'threads'
  | 'presences'
  | 'stage_instances'
  | 'guild_scheduled_events'
  | 'soundboard_sounds';
