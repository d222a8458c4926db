import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/index.js';
import { slackCommandNames } from '../../../adapters/slack/command-names.js';
import {
  committedManifest,
  MANIFEST_FILES,
  manifestOptions,
  slackManifest,
  slackManifestYaml,
  SLACK_BOT_EVENTS,
  SLACK_BOT_SCOPES,
} from '../../../adapters/slack/manifest.js';

const ROOT = join(import.meta.dirname, '../../..');
const read = (mode: 'socket' | 'http'): string => readFileSync(join(ROOT, MANIFEST_FILES[mode]), 'utf8');

interface Manifest {
  features: { slash_commands: { command: string; url?: string; description: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    socket_mode_enabled: boolean;
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
  };
}

describe('Slack app manifests', () => {
  for (const mode of ['socket', 'http'] as const) {
    it(`given the ${mode} manifest in manifests/ then it is exactly what the generator writes (npm run slack:manifest)`, () => {
      expect(read(mode)).toBe(committedManifest(mode));
    });

    it(`given the ${mode} manifest then every shared command is in it, with the least scopes and events`, () => {
      const manifest = parse(read(mode)) as Manifest;
      expect(manifest.features.slash_commands).toHaveLength(COMMANDS.length);
      expect(manifest.features.slash_commands.map((c) => c.command)).toContain('/quote');
      expect(manifest.features.slash_commands.map((c) => c.command)).toContain('/quotebot-help');
      expect(manifest.oauth_config.scopes.bot).toEqual([...SLACK_BOT_SCOPES]);
      expect(manifest.settings.event_subscriptions.bot_events).toEqual([...SLACK_BOT_EVENTS]);
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
    });
  }

  it('given Socket Mode then the manifest enables it and names no URL', () => {
    const manifest = parse(read('socket')) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(read('socket')).not.toMatch(/request_url|url:/);
  });

  it('given HTTP mode then events, buttons and every command go to /slack/events', () => {
    const manifest = parse(read('http')) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    const url = 'https://quotebot.example.com/slack/events';
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity.request_url).toBe(url);
    expect(manifest.features.slash_commands.every((c) => c.url === url)).toBe(true);
  });
});

describe('npm run slack:manifest -- --mode … --url …', () => {
  it('given a URL that is no http(s) address or a mode of neither kind then the problem names the value', () => {
    expect(manifestOptions({ mode: 'http', url: 'notaurl' })).toEqual({
      problem: `--url must be the bot's public http(s) address, e.g. https://quotebot.example.com, not "notaurl"`,
    });
    expect(manifestOptions({ mode: 'http', url: 'ftp://files.example.com' })).toHaveProperty('problem');
    expect(manifestOptions({ mode: 'htp' })).toEqual({ problem: '--mode must be socket or http, not "htp"' });
    expect(manifestOptions({ mode: 'socket', url: 'https://bot.example.org' })).toHaveProperty('problem');
  });

  it('given a real URL then the manifest posts to it and its header says so, with no placeholder to replace', () => {
    const options = manifestOptions({ mode: 'http', url: 'https://bot.example.org' });
    if ('problem' in options) throw new Error(options.problem);
    const names = slackCommandNames(COMMANDS);
    const yaml = slackManifestYaml(COMMANDS, names, options);
    expect(yaml).toContain('# HTTP mode: Slack posts to https://bot.example.org.');
    expect(yaml).not.toContain('quotebot.example.com');
    expect((parse(yaml) as Manifest).settings.event_subscriptions.request_url).toBe(
      'https://bot.example.org/slack/events',
    );
  });

  it('given the Request URL Slack shows (ending /slack/events) then the manifest does not add the path twice', () => {
    const options = manifestOptions({ mode: 'http', url: 'https://bot.example.org/slack/events/' });
    if ('problem' in options) throw new Error(options.problem);
    const manifest = slackManifest(COMMANDS, slackCommandNames(COMMANDS), options) as unknown as Manifest;
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(
      manifest.features.slash_commands.every((c) => c.url === 'https://bot.example.org/slack/events'),
    ).toBe(true);
  });
});

describe("the Slack app's scopes", () => {
  it('given cards are uploaded with filesUploadV2 then the app asks for files:write', () => {
    expect(SLACK_BOT_SCOPES).toContain('files:write');
    expect((parse(read('socket')) as Manifest).oauth_config.scopes.bot).toContain('files:write');
  });
});
