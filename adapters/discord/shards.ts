/** The Discord shards a process runs: these `ids` out of `count` shards in all. */
export interface ShardSet {
  readonly ids: readonly number[];
  readonly count: number;
}

const SNOWFLAKE = /^\d{1,20}$/;

/**
 * Discord's rule: a guild's events go to shard `(guild_id >> 22) % count` (BigInt: snowflakes exceed
 * 2^53). Direct messages, and anything without a guild id, go to shard 0.
 */
export function shardOfGuild(guildId: string | null | undefined, count: number): number {
  if (guildId === null || guildId === undefined || !SNOWFLAKE.test(guildId) || count <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** Whether this process runs the shard of `guildId` (so it posts that guild's daily quotes). */
export function ownsGuild(shards: ShardSet, guildId: string | null | undefined): boolean {
  return shards.ids.includes(shardOfGuild(guildId, shards.count));
}
