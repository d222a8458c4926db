import { stringify } from 'yaml';
import { COMMANDS, type CommandDefinition } from '../../src/index.js';
import { SLACK_EVENTS_PATH, type SlackMode } from './app.js';
import { slackCommandNames, type SlackCommandNames } from './command-names.js';

/**
 * The bot scopes the adapter needs, and why: nothing else is asked for.
 * - `commands`: the slash commands (their replies go through the ack and `response_url`, no scope needed).
 * - `app_mentions:read`: the `app_mention` event.
 * - `im:history`: the `message.im` event (direct messages to the bot).
 * - `chat:write`: answering mentions and direct messages in their thread.
 * - `users:read`: `users.info`, to know whether the user of `/articles reload` or `/daily set` is an admin
 *   or owner.
 * - `channels:history`, `groups:history`: before it ever resends a daily quote, the daily poster reads the
 *   channel's recent messages (`conversations.history`) for the post it may already have made; public
 *   and private channels. `/daily set` reads one to tell whether the bot is in the channel (`not_in_channel`):
 *   without `chat:write.public` its posts fail there until it is invited.
 * - `files:write`: quote cards (`card:true`, the Card button, daily cards) are uploaded with `filesUploadV2`
 *   (`files.getUploadURLExternal`, `files.completeUploadExternal`).
 */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'users:read',
  'files:write',
] as const;
export const SLACK_BOT_EVENTS = ['app_mention', 'message.im'] as const;

/** Placeholder for the public URL of HTTP mode, replaced by `--url` when the script is given one. */
export const EXAMPLE_BASE_URL = 'https://quotebot.example.com';

export interface ManifestOptions {
  readonly mode: SlackMode;
  /** HTTP mode: the public base URL (scheme and host) Slack posts to. */
  readonly baseUrl?: string;
  readonly appName?: string;
}

function takesChannel(command: CommandDefinition): boolean {
  return [command, ...(command.subcommands ?? [])].some((c) => c.options.some((o) => o.type === 'channel'));
}

function usageHint(command: CommandDefinition): string {
  return command.usage.replace(/^\/\S+\s*/, '');
}

/**
 * The Slack app manifest for one mode, derived from the command definitions and their Slack names: a
 * workspace admin creates the app by pasting it at api.slack.com/apps → "From a manifest".
 */
export function slackManifest(
  commands: readonly CommandDefinition[],
  names: SlackCommandNames,
  options: ManifestOptions,
): Record<string, unknown> {
  const name = options.appName ?? 'quotebot';
  const requestUrl =
    options.mode === 'http'
      ? `${(options.baseUrl ?? EXAMPLE_BASE_URL).replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`
      : undefined;
  const withUrl = requestUrl === undefined ? {} : { request_url: requestUrl };
  return {
    display_information: {
      name,
      description: 'Quotes and summarises articles, in their own words.',
      background_color: '#2c2d30',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((command) => ({
        command: names.slashOf.get(command.name),
        ...(requestUrl === undefined ? {} : { url: requestUrl }),
        description: command.description,
        ...(usageHint(command) ? { usage_hint: usageHint(command) } : {}),
        // Escaped commands receive `<#C123|name>` for a channel typed as `#name`: the id an option of
        // type channel needs. Other commands read plain words.
        should_escape: takesChannel(command),
      })),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: options.mode === 'socket',
      token_rotation_enabled: false,
    },
  };
}

/** An absolute http(s) address with a host: one Slack can post to. */
function isWebAddress(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, host } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && host !== '';
}

/**
 * The options of `npm run slack:manifest -- --mode … --url …`, or what is wrong with them, naming the value:
 * a mode other than socket or http, or a URL Slack cannot post to (not an absolute http(s) address).
 */
export function manifestOptions(given: {
  readonly mode: string;
  readonly url?: string | undefined;
  readonly name?: string | undefined;
}): ManifestOptions | { readonly problem: string } {
  const { mode, url, name } = given;
  if (mode !== 'socket' && mode !== 'http')
    return { problem: `--mode must be socket or http, not "${mode}"` };
  if (url !== undefined && mode !== 'http')
    return { problem: '--url is for --mode http (Socket Mode needs no public URL)' };
  if (url !== undefined && !isWebAddress(url))
    return {
      problem: `--url must be the bot's public http(s) address, e.g. ${EXAMPLE_BASE_URL}, not "${url}"`,
    };
  return {
    mode,
    ...(url === undefined ? {} : { baseUrl: baseOf(url) }),
    ...(name === undefined ? {} : { appName: name }),
  };
}

/**
 * The base URL of an address given as `--url`: the address itself, or the Request URL Slack's pages show
 * (`https://host/slack/events`), whose path the manifest adds again.
 */
function baseOf(url: string): string {
  const base = url.replace(/\/+$/, '');
  return base.endsWith(SLACK_EVENTS_PATH) ? base.slice(0, -SLACK_EVENTS_PATH.length) : base;
}

/** The manifest as the YAML file committed under `manifests/`. */
export function slackManifestYaml(
  commands: readonly CommandDefinition[],
  names: SlackCommandNames,
  options: ManifestOptions,
): string {
  const how =
    options.mode === 'socket'
      ? '# Socket Mode: no public URL needed. Tokens: SLACK_BOT_TOKEN (xoxb-) and SLACK_APP_TOKEN (xapp-, scope connections:write).'
      : options.baseUrl === undefined
        ? `# HTTP mode: replace ${EXAMPLE_BASE_URL} with the bot's public URL. Tokens: SLACK_BOT_TOKEN (xoxb-) and SLACK_SIGNING_SECRET.`
        : `# HTTP mode: Slack posts to ${options.baseUrl}. Tokens: SLACK_BOT_TOKEN (xoxb-) and SLACK_SIGNING_SECRET.`;
  return [
    '# quotebot Slack app manifest, generated by scripts/slack-manifest.ts from the command definitions.',
    how,
    stringify(slackManifest(commands, names, options), { lineWidth: 0, singleQuote: true }),
  ].join('\n');
}

/** The manifests committed in the repository, relative to its root. */
export const MANIFEST_FILES: Readonly<Record<SlackMode, string>> = {
  socket: 'manifests/slack-app.socket.yaml',
  http: 'manifests/slack-app.http.yaml',
};

/** A committed manifest as the generator writes it: every command, default names, example URL. */
export function committedManifest(mode: SlackMode): string {
  return slackManifestYaml(COMMANDS, slackCommandNames(COMMANDS), { mode });
}
