/** A gateway session's shard: `[id, count]` as IDENTIFY sends it (`[0, 1]` when the client sends none). */
export type ShardTuple = readonly [id: number, count: number];

export const UNSHARDED: ShardTuple = [0, 1];

/** Discord's rule: `shard_id = (guild_id >> 22) % num_shards`. DMs (no guild) go to shard 0. */
export function shardOf(guildId: string | null | undefined, count: number): number {
  if (guildId === null || guildId === undefined) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** Whether a session on `shard` receives the events of `guildId` (null: a DM). */
export function onShard(shard: ShardTuple, guildId: string | null | undefined): boolean {
  return shardOf(guildId, shard[1]) === shard[0];
}

/** IDENTIFY's `shard` field, or undefined when it is malformed (Discord closes with 4010). */
export function parseShard(value: unknown): ShardTuple | undefined {
  if (value === undefined) return UNSHARDED;
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return undefined;
  if ((count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return undefined;
  return [id as number, count as number];
}

/** A snowflake (18 digits) for a guild that lands on `shard` of `count`: the `n`th such id. */
export function guildIdOnShard(shard: number, count: number, n = 0): string {
  const base = 100_000_000_000n - (100_000_000_000n % BigInt(count));
  return ((base + BigInt(n * count + shard)) << 22n).toString();
}
