import { homedir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { COOLED_COMMANDS, DEFAULT_COOLDOWN_SECONDS, type CooldownSeconds } from '../src/commands/cooldown.js';
import { editDistance } from '../src/search/edit-distance.js';

/** Discord allows far fewer; this only stops a typo from starting a million shards. */
const MAX_SHARDS = 4096;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
);
// Slack: "/" then lowercase letters, digits, "-" or "_", 32 characters at most.
const slackCommandName = optionalText.pipe(
  z
    .string()
    .regex(/^\/[a-z0-9][a-z0-9_-]{0,30}$/, 'must start with "/", be lowercase and at most 32 characters')
    .optional(),
);

/**
 * A Discord id. Snowflakes are 64-bit numbers, so 20 digits at most, and every id made since Discord opened in
 * 2015 has 17 or more. The message says so: a short number looked numeric enough to its writer.
 */
const snowflake = (what: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d{17,20}$/, `must be ${what}: a Discord snowflake id of 17–20 digits`)
      .optional(),
  );

const MAX_COOLDOWN_SECONDS = 3600;
const COOLDOWN_FORMAT = `must be whole seconds from 0 to ${MAX_COOLDOWN_SECONDS} for every command (e.g. 5), or per command (e.g. quote:3,summary:10)`;

/**
 * `COOLDOWN_SECONDS`: one number for every command (`0` turns cooldowns off), or `command:seconds` pairs
 * (`quote:3,summary:10`); commands not listed keep their default.
 */
function parseCooldowns(text: string | undefined, ctx: z.RefinementCtx): CooldownSeconds {
  if (text === undefined) return DEFAULT_COOLDOWN_SECONDS;
  const seconds = (value: string): number | undefined => {
    const n = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
    return n <= MAX_COOLDOWN_SECONDS ? n : undefined;
  };
  const all = seconds(text);
  if (all !== undefined) return { quote: all, summary: all };
  const out: Record<string, number> = { ...DEFAULT_COOLDOWN_SECONDS };
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const colon = pair.indexOf(':');
    const name = colon < 0 ? pair : pair.slice(0, colon).trim();
    const value = colon < 0 ? '' : pair.slice(colon + 1).trim();
    const given = seconds(value);
    // "abc" or "-5": no number and no command:seconds pair.
    if (colon < 0) {
      ctx.addIssue({ code: 'custom', message: COOLDOWN_FORMAT });
      return DEFAULT_COOLDOWN_SECONDS;
    }
    if (!(COOLED_COMMANDS as readonly string[]).includes(name)) {
      // As the CLI answers a misspelt command ("qoute" is "quote" with two letters swapped), but without
      // echoing what was typed: a value is never shown.
      const meant = COOLED_COMMANDS.find((command) => editDistance(command, name.toLowerCase(), 2) <= 2);
      ctx.addIssue({
        code: 'custom',
        message: `names an unknown command${meant === undefined ? '' : ` (did you mean ${meant}?)`}; use ${COOLED_COMMANDS.join(' or ')}`,
      });
      return DEFAULT_COOLDOWN_SECONDS;
    }
    if (given === undefined) {
      ctx.addIssue({ code: 'custom', message: COOLDOWN_FORMAT });
      return DEFAULT_COOLDOWN_SECONDS;
    }
    out[name] = given;
  }
  return out as CooldownSeconds;
}

const positiveCount = (what: string) =>
  z.coerce
    .number<string>({ error: `must be ${what}` })
    .int(`must be ${what}`)
    .min(1, `must be ${what}`)
    .max(MAX_SHARDS, `must be at most ${MAX_SHARDS}`);
// "0,1" or "0-3" or "0-1,4": the shard ids this process runs.
const shardIdList = z
  .string()
  .transform((text) => text.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .regex(
        /^\d+(-\d+)?(,\d+(-\d+)?)*$/,
        'must be shard ids such as 0,1 or 0-3 (comma-separated, ranges allowed)',
      ),
  )
  .transform((text, ctx) => {
    const ids: number[] = [];
    for (const part of text.split(',')) {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      if (to < from || to - from >= MAX_SHARDS) {
        ctx.addIssue({ code: 'custom', message: `has a range that runs backwards or is too long (${part})` });
        return z.NEVER;
      }
      for (let id = from; id <= to; id += 1) if (!ids.includes(id)) ids.push(id);
    }
    return ids.sort((a, b) => a - b);
  });

const schema = z
  .object({
    CONTENT_DIR: optionalText,
    DATA_DIR: optionalText,
    // PostgreSQL for several processes sharing one truth; without it, SQLite in DATA_DIR.
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL')
        .optional(),
    ),
    // Unset (or empty, as in a copied .env.example): each process picks its own, the bot info.
    LOG_LEVEL: optionalText.pipe(
      z
        .string()
        .toLowerCase()
        .pipe(
          z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
            error: 'must be one of fatal, error, warn, info, debug, trace, silent',
          }),
        )
        .optional(),
    ),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake('the application id'),
    DISCORD_GUILD_ID: snowflake('a server (guild) id'),
    DISCORD_API_URL: optionalUrl,
    DISCORD_SHARDS: optionalText.pipe(
      z
        .union([z.literal('auto'), positiveCount('auto or a number of shards (1 or more)')], {
          error: 'must be auto or a number of shards (1 or more)',
        })
        .optional(),
    ),
    DISCORD_SHARD_COUNT: optionalText.pipe(
      positiveCount('the total number of shards (1 or more)').optional(),
    ),
    DISCORD_SHARD_IDS: optionalText.pipe(shardIdList.optional()),
    HTTP_PORT: optionalText.pipe(
      z.coerce
        .number<string>({ error: 'must be a port number from 0 to 65535 (0: any free port)' })
        .int()
        .min(0)
        .max(65535)
        .optional(),
    ),
    HTTP_HOST: optionalText,
    SLACK_BOT_TOKEN: optionalText.pipe(
      z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional(),
    ),
    SLACK_APP_TOKEN: optionalText.pipe(
      z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional(),
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalUrl,
    SLACK_MODE: optionalText.pipe(z.enum(['socket', 'http'], { error: 'must be socket or http' }).optional()),
    SLACK_COMMAND_PREFIX: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]{0,20}$/, 'must be lowercase letters, digits, "-" or "_" (at most 21)')
        .optional(),
    ),
    SLACK_COMMAND_QUOTE: slackCommandName,
    SLACK_COMMAND_SUMMARY: slackCommandName,
    SLACK_COMMAND_ARTICLES: slackCommandName,
    SLACK_COMMAND_HELP: slackCommandName,
    SLACK_COMMAND_DAILY: slackCommandName,
    PORT: optionalText.pipe(
      z.coerce
        .number<string>({ error: 'must be a port number from 1 to 65535' })
        .int()
        .min(1)
        .max(65535)
        .optional(),
    ),
    DAILY_CATCHUP_HOURS: optionalText
      .pipe(
        z.coerce
          .number<string>({ error: 'must be a number of hours' })
          .min(0, 'must be from 0 to 24 hours')
          .max(24, 'must be from 0 to 24 hours')
          .optional(),
      )
      .transform((hours) => hours ?? 6),
    COOLDOWN_SECONDS: optionalText.transform(parseCooldowns),
    SLACK_DAILY_ADMINS: optionalText
      .pipe(
        z
          .string()
          .regex(
            /^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*,?\s*$/,
            'must be Slack user ids (U…), comma-separated',
          )
          .optional(),
      )
      .transform((ids) =>
        (ids ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
      ),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_SHARDS !== undefined && env.DISCORD_SHARD_COUNT !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message:
          'cannot be set with DISCORD_SHARD_COUNT (use one: DISCORD_SHARDS for one process, or DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS to split shards between processes)',
      });
    }
    if (env.DISCORD_SHARD_IDS !== undefined && env.DISCORD_SHARD_COUNT === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARD_IDS'],
        message: 'needs DISCORD_SHARD_COUNT (the total number of shards across all processes)',
      });
    }
    const count = env.DISCORD_SHARD_COUNT;
    const ids = Array.isArray(env.DISCORD_SHARD_IDS) ? env.DISCORD_SHARD_IDS : [];
    const outside = ids.filter((id) => typeof count === 'number' && id >= count);
    if (outside.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARD_IDS'],
        message: `must be below DISCORD_SHARD_COUNT (${count}); ${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not`,
      });
    }
  });

/**
 * What the bot needs to receive commands on each platform it serves, beyond the bot token it answers with.
 * A command run from the shell at most posts (`quotebot daily run` from cron), with the bot token alone.
 */
const servingSchema = schema.superRefine((env, ctx) => {
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
    ctx.addIssue({
      code: 'custom',
      path: ['DISCORD_APPLICATION_ID'],
      message: 'is required when DISCORD_TOKEN is set',
    });
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_APP_TOKEN'],
      message: 'or SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Socket Mode or HTTP mode)',
    });
  }
  if (env.SLACK_MODE === 'socket' && !env.SLACK_APP_TOKEN) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_APP_TOKEN'],
      message: 'is required when SLACK_MODE=socket',
    });
  }
  if (env.SLACK_MODE === 'http' && !env.SLACK_SIGNING_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message: 'is required when SLACK_MODE=http',
    });
  }
  if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_BOT_TOKEN'],
      message: 'is required when a Slack app token or signing secret is set',
    });
  }
});

export type Config = z.output<typeof schema>;

/** The variables quotebot reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

/**
 * The prefixes of quotebot's own variables, and its name (no variable has `QUOTEBOT_`, but a name with it is
 * surely meant for quotebot): a `.env` name with one is meant for quotebot.
 */
const OWN_PREFIXES = /^(?:DISCORD|SLACK|DAILY|HTTP|QUOTEBOT)_/;

/**
 * Names other bots, tutorials and platforms' docs use for what quotebot reads under another name: no typo,
 * so edit distance cannot find them (`SLACK_TOKEN` is as near `SLACK_APP_TOKEN` as `SLACK_BOT_TOKEN`).
 */
const WELL_KNOWN_NAMES: Readonly<Record<string, string>> = {
  SLACK_TOKEN: 'SLACK_BOT_TOKEN',
  SLACK_API_TOKEN: 'SLACK_BOT_TOKEN',
  SLACK_OAUTH_TOKEN: 'SLACK_BOT_TOKEN',
  SLACK_BOT_USER_OAUTH_TOKEN: 'SLACK_BOT_TOKEN',
  SLACK_APP_LEVEL_TOKEN: 'SLACK_APP_TOKEN',
  SLACK_SOCKET_TOKEN: 'SLACK_APP_TOKEN',
  SLACK_SECRET: 'SLACK_SIGNING_SECRET',
  DISCORD_BOT_TOKEN: 'DISCORD_TOKEN',
  DISCORD_CLIENT_ID: 'DISCORD_APPLICATION_ID',
  DISCORD_APP_ID: 'DISCORD_APPLICATION_ID',
  DISCORD_GUILD: 'DISCORD_GUILD_ID',
  DISCORD_SERVER_ID: 'DISCORD_GUILD_ID',
};

/**
 * What to say of the names a `.env` file sets that quotebot does not read: one line each for a name that
 * nearly names one of its variables (`DISCRD_TOKEN`, `LOGLEVEL`), is a well-known other name for one
 * (`SLACK_TOKEN`), or has one of their prefixes, since a setting the bot ignores looks configured and is
 * not. Other names (another tool's) pass in silence; no value is ever shown.
 */
export function unreadVariables(names: Iterable<string>): string[] {
  const lines: string[] = [];
  for (const name of names) {
    if (CONFIG_VARIABLES.includes(name)) continue;
    const folded = name.toUpperCase().replace(/[^A-Z]/g, '');
    // Two slips in a long name, one in a short one: "HOST" (another tool's) is no "PORT".
    const near =
      WELL_KNOWN_NAMES[name.toUpperCase()] ??
      CONFIG_VARIABLES.find((known) => {
        const slips = known.length >= 8 ? 2 : 1;
        return known.replace(/_/g, '') === folded || editDistance(known, name.toUpperCase(), slips) <= slips;
      });
    if (near === undefined && !OWN_PREFIXES.test(name.toUpperCase())) continue;
    lines.push(
      `.env sets ${name}, which quotebot does not read${near === undefined ? '' : `: did you mean ${near}?`}`,
    );
  }
  return lines;
}

/** Invalid configuration: every problem names its variable and never shows the value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A folder written from the home directory (`~` or `~/quotes`) with the home directory in its place. A shell does
 * this for `CONTENT_DIR=~/quotes` on its command line, but no shell reads `.env`, where the same line named a
 * folder "~" in the working directory. `~user/…` is left as written.
 */
function withHome(folder: string | undefined, home: string): string | undefined {
  if (folder === undefined || !/^~(?:\/|$)/.test(folder)) return folder;
  return join(home, folder.slice(1));
}

/**
 * What a process uses the configuration for: `bot` serves the chat platforms (`npm start`), so each one it
 * serves needs what it receives commands with; `command` is a command run from the shell (the CLI, the deploy
 * scripts), which at most posts with a bot token and checks the settings it uses itself.
 */
export type ConfigUse = 'bot' | 'command';

/**
 * Validates the environment once, for its use: every value set must be well formed, and the bot's settings
 * complete for the platforms it serves. The only place that reads configuration.
 */
export function loadConfig(env: NodeJS.ProcessEnv, use: ConfigUse = 'bot'): Config {
  const result = (use === 'bot' ? servingSchema : schema).safeParse(env);
  if (!result.success)
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  const home = env['HOME'] || homedir();
  return {
    ...result.data,
    CONTENT_DIR: withHome(result.data.CONTENT_DIR, home),
    DATA_DIR: withHome(result.data.DATA_DIR, home),
  };
}

/** Which chat platforms the configuration enables; none means the local console. */
export function platformsOf(config: Config): { discord: boolean; slack: boolean } {
  return { discord: config.DISCORD_TOKEN !== undefined, slack: config.SLACK_BOT_TOKEN !== undefined };
}

/**
 * The Discord shards this process runs: discord.js's `shards`/`shardCount` client options. `auto` asks
 * Discord for the recommended count (GET /gateway/bot) and runs all of them here; `ids` with `count`
 * runs these shards of `count` (the others run in other processes). Without any setting: one shard.
 */
export type DiscordSharding = 'auto' | { readonly ids: readonly number[]; readonly count: number };

export function discordShardingOf(config: Config): DiscordSharding {
  if (config.DISCORD_SHARDS === 'auto') return 'auto';
  const count = config.DISCORD_SHARDS ?? config.DISCORD_SHARD_COUNT ?? 1;
  const ids = config.DISCORD_SHARD_IDS ?? Array.from({ length: count }, (_, id) => id);
  return { ids, count };
}
