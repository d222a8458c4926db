import { describe, expect, it } from 'vitest';
import { ConfigError, discordShardingOf, loadConfig } from '../../runtime/config.js';

const discord = { DISCORD_TOKEN: 'secret-token-value', DISCORD_APPLICATION_ID: '123456789012345678' };

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('Discord sharding configuration', () => {
  it('given no shard settings then the process runs shard 0 of 1', () => {
    expect(discordShardingOf(loadConfig(discord))).toEqual({ ids: [0], count: 1 });
  });

  it('given DISCORD_SHARDS=auto then discord.js is asked for the recommended count', () => {
    expect(discordShardingOf(loadConfig({ ...discord, DISCORD_SHARDS: 'auto' }))).toBe('auto');
  });

  it('given DISCORD_SHARDS=3 then this process runs all three shards', () => {
    expect(discordShardingOf(loadConfig({ ...discord, DISCORD_SHARDS: '3' }))).toEqual({
      ids: [0, 1, 2],
      count: 3,
    });
  });

  it('given DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS as ranges and lists then the ids are sorted and unique', () => {
    const config = loadConfig({ ...discord, DISCORD_SHARD_COUNT: '8', DISCORD_SHARD_IDS: '6,0-2, 1' });
    expect(discordShardingOf(config)).toEqual({ ids: [0, 1, 2, 6], count: 8 });
  });

  it('given DISCORD_SHARD_COUNT alone then this process runs every shard', () => {
    expect(discordShardingOf(loadConfig({ ...discord, DISCORD_SHARD_COUNT: '2' }))).toEqual({
      ids: [0, 1],
      count: 2,
    });
  });

  it.each([
    [{ DISCORD_SHARDS: '0' }, 'DISCORD_SHARDS must be auto or a number of shards'],
    [{ DISCORD_SHARDS: 'many' }, 'DISCORD_SHARDS must be auto or a number of shards'],
    [{ DISCORD_SHARDS: '1.5' }, 'DISCORD_SHARDS must be auto or a number of shards'],
    [{ DISCORD_SHARD_COUNT: '-1' }, 'DISCORD_SHARD_COUNT must be the total number of shards'],
    [{ DISCORD_SHARD_COUNT: '99999' }, 'DISCORD_SHARD_COUNT must be at most 4096'],
    [{ DISCORD_SHARD_IDS: '0' }, 'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT'],
    [
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '2,4' },
      'DISCORD_SHARD_IDS must be below DISCORD_SHARD_COUNT (4); 4 is not',
    ],
    [
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3-1' },
      'DISCORD_SHARD_IDS has a range that runs backwards',
    ],
    [
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: 'a,b' },
      'DISCORD_SHARD_IDS must be shard ids such as 0,1',
    ],
    [
      { DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '2' },
      'DISCORD_SHARDS cannot be set with DISCORD_SHARD_COUNT',
    ],
    [{ HTTP_PORT: '70000' }, 'HTTP_PORT'],
    [{ HTTP_PORT: 'metrics' }, 'HTTP_PORT must be a port number'],
    [{ HTTP_PORT: '99999' }, 'HTTP_PORT must be a port number from 0 to 65535'],
    [{ PORT: '0' }, 'PORT must be a port number from 1 to 65535'],
    [
      { DISCORD_APPLICATION_ID: '123456' },
      'DISCORD_APPLICATION_ID must be the application id: a Discord snowflake id of 17–20 digits',
    ],
    [
      { DISCORD_GUILD_ID: '123456789012345678901' },
      'DISCORD_GUILD_ID must be a server (guild) id: a Discord',
    ],
  ])('given %j then the error names the variable and never shows the token', (env, message) => {
    const found = problems({ ...discord, ...env });
    expect(found.some((problem) => problem.startsWith(message))).toBe(true);
    expect(found.join('\n')).not.toContain(discord.DISCORD_TOKEN);
  });

  it('given HTTP_PORT=0 and HTTP_HOST then any free port on that interface is asked for', () => {
    const config = loadConfig({ HTTP_PORT: '0', HTTP_HOST: '127.0.0.1' });
    expect([config.HTTP_PORT, config.HTTP_HOST]).toEqual([0, '127.0.0.1']);
  });
});
