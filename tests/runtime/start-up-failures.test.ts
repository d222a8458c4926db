import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { CONTENT_DIR, SEED_SLUG } from '../helpers/content.js';
import { freePort } from '../helpers/processes.js';

const MAIN = join(import.meta.dirname, '../../dist/runtime/main.js');
/** Root writes into read-only folders; the read-only case runs the bot as `nobody` then. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the built composition root (what `npm start` runs) until it exits (at most 30 s). */
function runMain(env: Record<string, string>, asNobody = false): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 30_000,
      ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** What an operator sees: the lines that are not JSON log lines. */
const plainLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));

let root: string;
let content: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'quotebot-start-'));
  chmodSync(root, 0o755);
  content = join(root, 'content');
  mkdirSync(content);
  copyFileSync(join(CONTENT_DIR, `${SEED_SLUG}.md`), join(content, `${SEED_SLUG}.md`));
  return () => rmSync(root, { recursive: true, force: true });
});

let discord: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
afterEach(async () => {
  await discord?.stop();
  discord = undefined;
  await slack?.stop();
  slack = undefined;
});

/** Slack HTTP mode pointed nowhere: the daily store opens before any platform is contacted. */
const SLACK_ENV = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  PORT: '39123',
};

describe('npm start: start-up failures an operator can fix are one line, exit 1, and touch nothing', () => {
  it('given a DATA_DIR/quotebot.db that is not a SQLite database then it says so in one line, exits 1, and leaves the file as it was', async () => {
    const data = join(root, 'corrupt');
    mkdirSync(data);
    const junk = Buffer.from('this is not a database, it is a shopping list\n'.repeat(40));
    writeFileSync(join(data, 'quotebot.db'), junk);
    const exit = await runMain({ ...SLACK_ENV, DATA_DIR: data, CONTENT_DIR: content });
    expect(exit.code).toBe(1);
    const lines = plainLines(exit.stderr);
    expect(lines).toEqual([expect.stringContaining('quotebot.db (in DATA_DIR) is not a SQLite database')]);
    expect(lines[0]).toContain(join(data, 'quotebot.db'));
    expect(lines[0]).toContain('move it aside to start fresh');
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(data, 'quotebot.db')).equals(junk)).toBe(true);
    expect(readdirSync(data).filter((name) => name.startsWith('quotebot.db'))).toEqual(['quotebot.db']);
  });

  it("given an invalid configuration then every line is quotebot's, as its other errors, naming the variables and no value", async () => {
    const exit = await runMain({ SLACK_BOT_TOKEN: 'secret-token-value', HTTP_PORT: 'metrics' });
    expect(exit.code).toBe(1);
    expect(plainLines(exit.stderr)).toEqual([
      'quotebot: Invalid configuration:',
      '  - HTTP_PORT must be a port number from 0 to 65535 (0: any free port)',
      '  - SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
    ]);
    expect(exit.stderr).not.toContain('secret-token-value');
  });

  it('given a CONTENT_DIR that does not exist then it names the variable and the folder, with no stack, and exits 1', async () => {
    const missing = join(root, 'no-such-folder');
    const exit = await runMain({ CONTENT_DIR: missing, DATA_DIR: join(root, 'no-content-data') });
    expect(exit.code).toBe(1);
    const lines = plainLines(exit.stderr);
    expect(lines[0]).toBe(
      `quotebot: No article could be loaded from ${missing}: set CONTENT_DIR to your articles' folder, or add a Markdown file there. [no_content]`,
    );
    expect(lines.slice(1)).toEqual([`  - ${missing}: the folder does not exist`]);
    expect(exit.stderr).not.toMatch(/\n\s+at /);
  });

  it('given a read-only DATA_DIR then it says the folder is not writable in one line and exits 1', async () => {
    const data = join(root, 'read-only');
    mkdirSync(data);
    chmodSync(data, 0o555);
    const exit = await runMain({ ...SLACK_ENV, DATA_DIR: data, CONTENT_DIR: content }, AS_ROOT);
    expect(exit.code).toBe(1);
    const lines = plainLines(exit.stderr);
    expect(lines).toEqual([expect.stringContaining(`DATA_DIR ${data} is not writable by this user`)]);
    expect(lines[0]).toContain('set DATA_DIR to a folder that is');
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(data)).toEqual([]);
  });

  it('given a DATA_DIR that is a file then it names DATA_DIR and says it is a file in one line, exits 1, and leaves the file', async () => {
    const data = join(root, 'a-file');
    writeFileSync(data, 'notes\n');
    const exit = await runMain({ ...SLACK_ENV, DATA_DIR: data, CONTENT_DIR: content });
    expect(exit.code).toBe(1);
    expect(plainLines(exit.stderr)).toEqual([
      `quotebot: DATA_DIR ${data} is a file, not a folder; set DATA_DIR to a folder (one that does not exist yet is created) [data_dir_not_a_folder]`,
    ]);
    expect(readFileSync(data, 'utf8')).toBe('notes\n');
  });

  it('given a DATA_DIR that is a file and DATABASE_URL (no SQLite opened there) then it stops in the same one line before serving, and no plain line joins the JSON log', async () => {
    const data = join(root, 'a-file-beside-postgres');
    writeFileSync(data, 'notes\n');
    const exit = await runMain({
      ...SLACK_ENV,
      DATABASE_URL: 'postgres://quotebot:s3cret-pw@127.0.0.1:9/quotebot',
      DATA_DIR: data,
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([
      `quotebot: DATA_DIR ${data} is a file, not a folder; set DATA_DIR to a folder (one that does not exist yet is created) [data_dir_not_a_folder]`,
    ]);
    expect(readFileSync(data, 'utf8')).toBe('notes\n');
  });

  it('given a DATA_DIR that is a file in the console chat then it answers nothing piped to it: it says so in one line and exits 1', () => {
    const data = join(root, 'a-file-for-the-console');
    writeFileSync(data, 'notes\n');
    const chat = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env['PATH'] ?? '', DATA_DIR: data, CONTENT_DIR: content },
      input: '/quote tides\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(chat.status).toBe(1);
    expect(chat.stdout).toBe('');
    expect(chat.stderr).toBe(
      `quotebot: DATA_DIR ${data} is a file, not a folder; set DATA_DIR to a folder (one that does not exist yet is created) [data_dir_not_a_folder]\n`,
    );
  });

  it('given a token Discord refuses (REST 401) then it says so in one line, names no token, and exits 1', async () => {
    discord = await startFakeDiscord();
    const data = join(root, 'discord-401');
    const exit = await runMain({
      DISCORD_TOKEN: 'MTIz.not-the.token',
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DATA_DIR: data,
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(1);
    const lines = plainLines(exit.stderr);
    expect(lines).toEqual([expect.stringContaining('Discord refused DISCORD_TOKEN')]);
    expect(lines[0]).toContain('[discord_token_refused]');
    expect(exit.stderr).not.toContain('not-the.token');
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(discord.gateway.openConnections).toBe(0);
  });

  it('given a token the gateway refuses (close 4004) then it says so in one line and exits 1 instead of waiting', async () => {
    discord = await startFakeDiscord();
    discord.gateway.revokeToken();
    const started = performance.now();
    const exit = await runMain({
      DISCORD_TOKEN: discord.botToken,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DATA_DIR: join(root, 'discord-4004'),
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(1);
    expect(plainLines(exit.stderr)).toEqual([expect.stringContaining('Discord refused DISCORD_TOKEN')]);
    expect(exit.stderr).not.toContain(discord.botToken);
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('given a DISCORD_API_URL whose server refuses the login in words that quote the token then the line says the login failed and never the token', async () => {
    // A proxy in front of Discord's API that echoes the Authorization header in its refusal.
    const proxy = createHttpServer((req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `${req.headers.authorization} may not use this proxy`, code: 0 }));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const token = 'odd-shaped-discord-token';
      const exit = await runMain({
        DISCORD_TOKEN: token,
        DISCORD_API_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`,
        DISCORD_APPLICATION_ID: '123456789012345678',
        DATA_DIR: join(root, 'discord-proxy'),
        CONTENT_DIR: content,
      });
      expect(exit.code).toBe(1);
      expect(plainLines(exit.stderr)).toEqual([
        'quotebot: Discord login failed: Bot [redacted] may not use this proxy; check DISCORD_API_URL and the network [discord_login_failed]',
      ]);
      expect(exit.stderr).not.toContain(token);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('given Slack configured but unreachable (SLACK_API_URL where nothing listens) then it retries a few times, says so in one line naming SLACK_API_URL, and exits 1 within 30 s', async () => {
    const started = performance.now();
    const exit = await runMain({
      SLACK_BOT_TOKEN: 'xoxb-x1',
      SLACK_APP_TOKEN: 'xapp-x1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      DATA_DIR: join(root, 'slack-unreachable'),
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(1);
    expect(plainLines(exit.stderr)).toEqual([
      'quotebot: Slack start failed: connect ECONNREFUSED 127.0.0.1:9 (auth.test, 4 attempts); check SLACK_API_URL and the network [slack_start_failed]',
    ]);
    expect(exit.stderr).not.toMatch(/xoxb-|xapp-/);
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 40_000);

  it('given a bot token Slack refuses (invalid_auth) then it says so in one line naming SLACK_BOT_TOKEN, at once, and exits 1', async () => {
    slack = await startFakeSlack();
    const started = performance.now();
    const exit = await runMain({
      SLACK_BOT_TOKEN: 'xoxb-x2',
      SLACK_APP_TOKEN: slack.appToken,
      SLACK_API_URL: slack.apiUrl,
      DATA_DIR: join(root, 'slack-invalid-auth'),
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(1);
    const lines = plainLines(exit.stderr);
    expect(lines).toEqual([
      expect.stringContaining('Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)'),
    ]);
    expect(lines[0]).toMatch(/\[slack_auth_failed\]$/);
    expect(exit.stderr).not.toContain('xoxb-x2');
    expect(exit.stderr).not.toContain(slack.appToken);
    expect(slack.callsTo('auth.test')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('given HTTP_PORT already in use by another process then it says so in one line naming HTTP_PORT and the port, with no stack, and exits 1', async () => {
    slack = await startFakeSlack();
    // Another process's listener on every address, as a second bot given the first one's HTTP_PORT meets.
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, resolve));
    const port = (other.address() as AddressInfo).port;
    try {
      const exit = await runMain({
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(await freePort()),
        HTTP_PORT: String(port),
        DATA_DIR: join(root, 'http-port-in-use'),
        CONTENT_DIR: content,
      });
      expect(exit.code).toBe(1);
      expect(plainLines(exit.stderr)).toEqual([
        `quotebot: metrics and health endpoints could not listen on port ${port} (EADDRINUSE); check HTTP_PORT [http_port_unavailable]`,
      ]);
      expect(exit.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('npm start without a platform token: the console chat, said so when serving settings are set', () => {
  it('given DATABASE_URL and HTTP_PORT but no DISCORD_TOKEN or SLACK_BOT_TOKEN then one line says the console chat starts and they are not used, naming no secret', async () => {
    const exit = await runMain({
      DATABASE_URL: 'postgres://quotebot:s3cret-pw@127.0.0.1:9/quotebot',
      HTTP_PORT: String(await freePort()),
      DATA_DIR: join(root, 'no-token'),
      CONTENT_DIR: content,
    });
    expect(exit.code).toBe(0);
    // The line the quick start prints too (the library snapshot), and this one.
    expect(plainLines(exit.stderr).filter((line) => line.includes('TOKEN'))).toEqual([
      'quotebot: no DISCORD_TOKEN or SLACK_BOT_TOKEN is set: starting the console chat; DATABASE_URL and HTTP_PORT are not used',
    ]);
    expect(exit.stderr).not.toContain('s3cret-pw');
  });

  it('given no configuration at all (the quick start) then the console chat starts with nothing said', async () => {
    const exit = await runMain({ DATA_DIR: join(root, 'quick-start'), CONTENT_DIR: content });
    expect(exit.code).toBe(0);
    expect(exit.stderr).not.toContain('TOKEN');
    expect(exit.stderr).not.toContain('console chat');
  });
});
