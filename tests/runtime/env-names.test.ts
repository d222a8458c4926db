import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import { CONFIG_VARIABLES, loadConfig, unreadVariables } from '../../runtime/config.js';
import { COMMANDS } from '../../src/index.js';
import { CONTENT_DIR } from '../helpers/content.js';

describe('names a .env sets that quotebot does not read', () => {
  it('given a near miss of a variable then it says which one was meant, and never the value', () => {
    expect(unreadVariables(['DISCRD_TOKEN', 'LOGLEVEL', 'content_dir', 'SLACK_BOT_TOKN'])).toEqual([
      '.env sets DISCRD_TOKEN, which quotebot does not read: did you mean DISCORD_TOKEN?',
      '.env sets LOGLEVEL, which quotebot does not read: did you mean LOG_LEVEL?',
      '.env sets content_dir, which quotebot does not read: did you mean CONTENT_DIR?',
      '.env sets SLACK_BOT_TOKN, which quotebot does not read: did you mean SLACK_BOT_TOKEN?',
    ]);
  });

  it('given a name other tools use for one of its variables then it says which one (no typo to find)', () => {
    expect(unreadVariables(['SLACK_TOKEN', 'DISCORD_BOT_TOKEN', 'DISCORD_CLIENT_ID'])).toEqual([
      '.env sets SLACK_TOKEN, which quotebot does not read: did you mean SLACK_BOT_TOKEN?',
      '.env sets DISCORD_BOT_TOKEN, which quotebot does not read: did you mean DISCORD_TOKEN?',
      '.env sets DISCORD_CLIENT_ID, which quotebot does not read: did you mean DISCORD_APPLICATION_ID?',
    ]);
  });

  it("given one of its prefixes then it says so; given its own variables or another tool's then nothing", () => {
    expect(unreadVariables(['SLACK_WEBHOOK'])).toEqual([
      '.env sets SLACK_WEBHOOK, which quotebot does not read',
    ]);
    expect(unreadVariables([...CONFIG_VARIABLES, 'NODE_ENV', 'PGPASSWORD', 'TZ', 'HOST', 'USER'])).toEqual(
      [],
    );
  });

  it('given a .env with a misspelt token then the console still starts, with one line naming the variable', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quotebot-env-'));
    try {
      writeFileSync(join(folder, '.env'), `DISCRD_TOKEN=secret-value-123\nCONTENT_DIR=${CONTENT_DIR}\n`);
      const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../dist/runtime/main.js')], {
        cwd: folder,
        input: '/quote election\n',
        env: { PATH: process.env['PATH'] ?? '', DATA_DIR: join(folder, 'data') },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stderr).toContain(
        '.env sets DISCRD_TOKEN, which quotebot does not read: did you mean DISCORD_TOKEN?',
      );
      expect(run.stderr + run.stdout).not.toContain('secret-value-123');
      expect(run.stdout).toContain('election');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('LOG_LEVEL', () => {
  it('given it in capitals then it is the level in small letters; given no level, or an empty one, then none', () => {
    expect(loadConfig({ LOG_LEVEL: 'INFO' }).LOG_LEVEL).toBe('info');
    expect(loadConfig({ LOG_LEVEL: ' Debug ' }).LOG_LEVEL).toBe('debug');
    // None set: the bot logs at info, `quotebot daily run` at warn.
    expect(loadConfig({}).LOG_LEVEL).toBeUndefined();
    expect(loadConfig({ LOG_LEVEL: '' }).LOG_LEVEL).toBeUndefined();
    expect(loadConfig({ LOG_LEVEL: '  ' }).LOG_LEVEL).toBeUndefined();
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(import.meta.dirname, '../../.env.example'), 'utf8');

  it('given it as the configuration then every variable has its default, as the file promises ("every variable is optional")', () => {
    const parsed = dotenv.parse(example);
    expect(Object.keys(parsed).sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(loadConfig(parsed)).toEqual(loadConfig({}));
  });

  it('given its SLACK_COMMAND_PREFIX example then it names every command the manifest registers, in order', () => {
    const names = slackCommandNames(COMMANDS, { prefix: 'qb-' });
    const listed = /qb- gives ([^)]*)\)/.exec(example.replace(/\n# /g, ' '))?.[1];
    expect(listed).toBe([...names.slashOf.values()].join(', '));
  });

  it('given it copied to .env, as the README says, then the command line answers', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quotebot-env-'));
    try {
      writeFileSync(join(folder, '.env'), example);
      const run = spawnSync(
        process.execPath,
        [join(import.meta.dirname, '../../bin/quotebot.js'), 'quote', 'election'],
        {
          cwd: folder,
          env: {
            PATH: process.env['PATH'] ?? '',
            CONTENT_DIR,
            DATA_DIR: join(folder, 'data'),
            NO_COLOR: '1',
          },
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      expect(run.stderr).not.toContain('Invalid configuration');
      expect(run.stdout).toContain('election');
      expect(run.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('CONTENT_DIR and DATA_DIR', () => {
  it('given a folder under ~ then it is under the home directory; given another then it is as written', () => {
    const config = loadConfig({ HOME: '/home/ana', CONTENT_DIR: '~/quotes', DATA_DIR: '~' });
    expect([config.CONTENT_DIR, config.DATA_DIR]).toEqual(['/home/ana/quotes', '/home/ana']);
    const asWritten = loadConfig({ HOME: '/home/ana', CONTENT_DIR: '~bob/quotes', DATA_DIR: 'data/~' });
    expect([asWritten.CONTENT_DIR, asWritten.DATA_DIR]).toEqual(['~bob/quotes', 'data/~']);
  });

  it('given CONTENT_DIR=~/quotes in a .env then the articles are read from the home directory', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quotebot-env-'));
    try {
      mkdirSync(join(folder, 'home'));
      cpSync(CONTENT_DIR, join(folder, 'home', 'quotes'), { recursive: true });
      writeFileSync(join(folder, '.env'), 'CONTENT_DIR=~/quotes\n');
      const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/quotebot.js'), 'check'], {
        cwd: folder,
        env: { PATH: process.env['PATH'] ?? '', HOME: join(folder, 'home'), NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(join(folder, 'home', 'quotes'));
      expect(run.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
