import { describe, expect, it } from 'vitest';
import { ownsGuild, shardOfGuild } from '../../../adapters/discord/shards.js';

describe('shardOfGuild: (guild_id >> 22) % count', () => {
  it('given a snowflake then its shard comes from the bits above the low 22', () => {
    // 197038439483310086 >> 22 = 46977624770 (its timestamp part), and 46977624770 % 1000 = 770.
    expect(shardOfGuild('197038439483310086', 1000)).toBe(770);
    expect(shardOfGuild('197038439483310086', 2)).toBe(0);
  });

  it('given the largest 64-bit id then the shard is exact (BigInt, beyond 2^53)', () => {
    // 18446744073709551615 >> 22 = 4398046511103, and 4398046511103 % 7 = 0, % 10 = 3.
    expect(shardOfGuild('18446744073709551615', 7)).toBe(0);
    expect(shardOfGuild('18446744073709551615', 10)).toBe(3);
  });

  it('given no guild (a DM), a malformed id or one shard then shard 0', () => {
    expect(shardOfGuild(null, 4)).toBe(0);
    expect(shardOfGuild('not-a-snowflake', 4)).toBe(0);
    expect(shardOfGuild('197038439483310086', 1)).toBe(0);
  });

  it('given a process running shards 2 and 3 of 4 then it owns exactly the guilds on those shards', () => {
    const shards = { ids: [2, 3], count: 4 };
    const onShard = (shard: number) => ((100_000_000_000n + BigInt(shard)) << 22n).toString();
    expect([0, 1, 2, 3].map((shard) => ownsGuild(shards, onShard(shard)))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(ownsGuild(shards, null)).toBe(false);
  });
});
