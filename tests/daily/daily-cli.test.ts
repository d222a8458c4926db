import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDailyStore } from '../../runtime/daily/sqlite-store.js';
import { HENS_INTERVIEW_FILE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';

const BIN = join(import.meta.dirname, '../../bin/quotebot.js');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-cli-'));
  dirs.push(dir);
  return { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
}

/** Runs the CLI without waiting, so two can run at once. */
function runAsync(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const AT = '2026-03-29T09:00:00+02:00';
const setConsole = (env: Record<string, string>, channel = 'general', time = '09:00') =>
  runCli(
    ['daily', 'set', '--platform', 'console', '--channel', channel, '--time', time, '--timezone', 'berlin'],
    env,
  );

/** `daily set` of a console channel "x" in UTC at `time`. */
const consoleSet = (time: string): string[] => [
  'daily',
  'set',
  '--platform',
  'console',
  '--channel',
  'x',
  '--time',
  time,
  '--timezone',
  'UTC',
];

describe('quotebot daily', () => {
  it('given run with no LOG_LEVEL set (or an empty one) then it prints its report and no log lines; with LOG_LEVEL=info, the log too', () => {
    const { LOG_LEVEL: _silent, ...quiet } = dataDir();
    const { LOG_LEVEL: _inherited, ...inherited } = process.env as Record<string, string>;
    expect(setConsole({ ...quiet }).code).toBe(0);
    const env = { ...inherited, ...quiet };
    const run = spawnSync(process.execPath, [BIN, 'daily', 'run', '--at', AT], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/posted\s+console:general/);
    expect(run.stderr).not.toContain('"level"');
    // LOG_LEVEL= as in a copied .env.example is no level set.
    const emptyLevel = spawnSync(
      process.execPath,
      [BIN, 'daily', 'run', '--at', '2026-03-31T09:00:00+02:00'],
      {
        encoding: 'utf8',
        env: { ...env, LOG_LEVEL: '' },
      },
    );
    expect(emptyLevel.stdout).toMatch(/posted\s+console:general/);
    expect(emptyLevel.stderr).not.toContain('"level"');
    const nextDay = spawnSync(process.execPath, [BIN, 'daily', 'run', '--at', '2026-03-30T09:00:00+02:00'], {
      encoding: 'utf8',
      env: { ...env, LOG_LEVEL: 'info' },
    });
    expect(nextDay.stdout).toMatch(/posted\s+console:general/);
    expect(nextDay.stderr).toContain('"daily post sent"');
  });

  it('given run --at twice then the channel gets exactly one post, and the second run says already-posted', () => {
    const env = dataDir();
    expect(setConsole(env).code).toBe(0);
    const first = runCli(['daily', 'run', '--at', AT, '--json'], env);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report)).toEqual(['at', 'dryRun', 'checked', 'posts']);
    expect(report.posts).toHaveLength(1);
    expect(Object.keys(report.posts[0])).toEqual([
      'platform',
      'channel',
      'localDate',
      'status',
      'passage',
      'messageId',
      'attempts',
      'resumed',
      'detail',
    ]);
    expect(report.posts[0]).toMatchObject({
      platform: 'console',
      channel: 'general',
      localDate: '2026-03-29',
      status: 'posted',
    });
    expect(first.stderr).toContain('[daily console:general 2026-03-29]');
    const second = runCli(['daily', 'run', '--at', '2026-03-29T10:00:00+02:00', '--json'], env);
    expect(JSON.parse(second.stdout).posts[0]).toMatchObject({
      status: 'already-posted',
      messageId: report.posts[0].messageId,
    });
    expect(second.stderr).not.toContain('[daily console');
  });

  it('given two processes running at the same time on one DATA_DIR then only one posts', async () => {
    const env = dataDir();
    for (const channel of ['a', 'b', 'c']) setConsole(env, channel);
    const results = await Promise.all(
      [1, 2, 3].map(() => runAsync(['daily', 'run', '--at', AT, '--json'], env)),
    );
    const posts = results.flatMap((result) => JSON.parse(result.stdout).posts);
    expect(posts.filter((post: { status: string }) => post.status === 'posted')).toHaveLength(3);
    const printed = results.map((result) => result.stderr.split('[daily console:').length - 1);
    expect(printed.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('given days in a row then one post a day, never a repeated passage, and a time outside the window posts nothing', () => {
    const env = dataDir();
    setConsole(env);
    const ids: string[] = [];
    for (const day of ['29', '30', '31']) {
      const { posts } = JSON.parse(
        runCli(['daily', 'run', '--at', `2026-03-${day}T09:05:00+02:00`, '--json'], env).stdout,
      );
      ids.push(posts[0].passage.id);
    }
    expect(new Set(ids).size).toBe(3);
    const late = JSON.parse(
      runCli(['daily', 'run', '--at', '2026-04-01T16:00:00+02:00', '--json'], env).stdout,
    );
    expect(late.posts).toEqual([]);
  });

  it('given --dry-run then it says what would be posted and a real run afterwards still posts', () => {
    const env = dataDir();
    setConsole(env);
    const dry = JSON.parse(runCli(['daily', 'run', '--at', AT, '--dry-run', '--json'], env).stdout);
    expect(dry).toMatchObject({ dryRun: true, posts: [{ status: 'would-post' }] });
    const real = JSON.parse(runCli(['daily', 'run', '--at', AT, '--json'], env).stdout);
    expect(real.posts[0]).toMatchObject({ status: 'posted', passage: { id: dry.posts[0].passage.id } });
  });

  it('given --dry-run without --json then it shows the quote and its attribution under the passage id, as the console posts them', () => {
    const env = dataDir();
    setConsole(env);
    const dry = runCli(['daily', 'run', '--at', AT, '--dry-run'], env);
    expect(dry.code).toBe(0);
    const [heading, post, quote, attribution] = dry.stdout.trimEnd().split('\n');
    expect(heading).toContain('(dry run)');
    expect(post).toMatch(/^ {2}would-post +console:general 2026-03-29 [\w-]+#\d+$/);
    expect(quote).toMatch(/^ {4}“.+”$/);
    expect(attribution).toBe(
      "    — Eric Ballbach, “Donald Trump's Own Version of Muddling Through on North Korea”, The National Interest, 2020-05-17",
    );
    // What the console then posts for real is the same sentence and attribution.
    const real = runCli(['daily', 'run', '--at', AT], env);
    expect(real.stdout).toContain(`${quote!.trim()}\n${attribution!.trim()}`);
  });

  it("given an interview's library then each day's dry run credits the quote as the real post does: an answer to the interviewee, interviewed by the writer", () => {
    const env = dataDir();
    const content = join(env['DATA_DIR']!, '..', 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'hens.md'), HENS_INTERVIEW_FILE);
    const withContent = { ...env, CONTENT_DIR: content };
    setConsole(withContent);
    const credits: string[] = [];
    // The rotation repeats nothing until every passage is used, and at most two are the writer's: three days
    // reach an answer.
    for (const day of ['29', '30', '31']) {
      const at = AT.replace('-29T', `-${day}T`);
      const [, , quote, attribution] = runCli(['daily', 'run', '--at', at, '--dry-run'], withContent)
        .stdout.trimEnd()
        .split('\n');
      const real = runCli(['daily', 'run', '--at', at], withContent).stdout;
      expect(real).toContain(`${quote!.trim()}\n${attribution!.trim()}`);
      credits.push(attribution!.trim());
    }
    expect(credits).toContain(
      '— Dana Osei, interviewed by Tomas Reed, “Keeping Hens in Town: An Interview with Dana Osei”, Greenway Monthly, 2024-06-18',
    );
  });

  it('given list --json then each schedule has the documented shape', () => {
    const env = dataDir();
    setConsole(env);
    runCli(
      [
        'daily',
        'set',
        '--platform',
        'discord',
        '--channel',
        '123456789012345678',
        '--time',
        '02:30',
        '--timezone',
        'Europe/Berlin',
        '--days',
        'weekdays',
      ],
      env,
    );
    const stop = ['daily', 'stop', '--platform', 'discord', '--channel', '123456789012345678'];
    expect(runCli(stop, env).stdout.trim()).toBe('Stopped discord:123456789012345678.');
    expect(runCli(stop, env).stdout.trim()).toBe('discord:123456789012345678 was already stopped.');
    const { code, stdout } = runCli(['daily', 'list', '--json'], env);
    expect(code).toBe(0);
    const { schedules } = JSON.parse(stdout);
    expect(schedules).toHaveLength(2);
    expect(Object.keys(schedules[0])).toEqual([
      'platform',
      'channel',
      'workspace',
      'time',
      'timezone',
      'days',
      'article',
      'card',
      'enabled',
      'paused',
      'next',
      'today',
      'lastPost',
      'rotation',
    ]);
    expect(schedules[0]).toMatchObject({
      platform: 'console',
      timezone: 'Europe/Berlin',
      enabled: true,
      next: { localTime: '09:00' },
    });
    expect(schedules[1]).toMatchObject({
      platform: 'discord',
      enabled: false,
      next: null,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    });
  });

  it('given set, status and stop with --json then each prints the schedule as list --json does, set and stop saying what changed', () => {
    const env = dataDir();
    const set = runCli([...consoleSet('09:00'), '--json'], env);
    expect(set.code).toBe(0);
    const listed = JSON.parse(runCli(['daily', 'list', '--json'], env).stdout).schedules[0];
    expect(JSON.parse(set.stdout)).toEqual({ ...listed, created: true });
    const status = runCli(['daily', 'status', '--platform', 'console', '--channel', 'x', '--json'], env);
    expect(JSON.parse(status.stdout)).toEqual(listed);
    const stop = ['daily', 'stop', '--platform', 'console', '--channel', 'x', '--json'];
    expect(JSON.parse(runCli(stop, env).stdout)).toMatchObject({
      channel: 'x',
      enabled: false,
      already: false,
    });
    expect(JSON.parse(runCli(stop, env).stdout)).toMatchObject({ already: true });
    const none = runCli(['daily', 'status', '--platform', 'console', '--channel', 'y', '--json'], env);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual({
      kind: 'daily-none',
      platform: 'console',
      channel: 'y',
      message: 'No daily schedule for console:y.',
    });
  });

  it('given set with a time that is none and --json then it says why in message, with the text output’s sentence and exit code', () => {
    const text = runCli(consoleSet('25:00'), dataDir());
    const json = runCli([...consoleSet('25:00'), '--json'], dataDir());
    expect(json.code).toBe(text.code);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      kind: 'invalid-time',
      input: '25:00',
      message: text.stdout.trim(),
    });
  });

  it('given a post made by run then list --json names today’s post with run’s word for it ("posted")', () => {
    // list reads today from the clock: a zone where it is noon now, posting at 13:00 there, the next whole hour.
    const now = new Date();
    const offset = 12 - now.getUTCHours();
    const zone = offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const slot = new Date(now);
    slot.setUTCMinutes(60, 0, 0);
    const env = dataDir();
    const set = [
      'daily',
      'set',
      '--platform',
      'console',
      '--channel',
      'x',
      '--time',
      '13:00',
      '--timezone',
      zone,
    ];
    expect(runCli(set, env).code).toBe(0);
    const at = new Date(slot.getTime() + 60_000).toISOString();
    const run = JSON.parse(runCli(['daily', 'run', '--at', at, '--json'], env).stdout);
    expect(run.posts[0].status).toBe('posted');
    const { today } = JSON.parse(runCli(['daily', 'list', '--json'], env).stdout).schedules[0];
    expect(today).toEqual({
      status: 'posted',
      passageId: run.posts[0].passage.id,
      messageId: run.posts[0].messageId,
    });
  });

  it('given daily set with days, a card and a time as people type it, then the confirmation says all of them', () => {
    const result = runCli([...consoleSet('9am'), '--days', 'mon-fri', '--card'], dataDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Scheduled console:x: 09:00 UTC mon,tue,wed,thu,fri, as a card, next /);
  });

  it('given daily set with an article the library lacks, then it is bad usage: exit 2, the reason on stderr', () => {
    const result = runCli([...consoleSet('09:00'), '--article', 'nonexistent'], dataDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('quotebot: no article "nonexistent"; `quotebot articles` lists them\n');
    const said = (stderr: string) => stderr.split('\n').find((line) => line.includes('no article'));
    const quote = runCli(['quote', 'tides', '--article', 'north-kora'], dataDir());
    const daily = runCli([...consoleSet('09:00'), '--article', 'north-kora'], dataDir());
    expect(daily.code).toBe(2);
    expect(said(daily.stderr)).toBe(said(quote.stderr));
    expect(daily.stderr).toContain(
      '(did you mean donald-trumps-own-version-of-muddling-through-on-north-korea?)',
    );
  });

  it('given a discord schedule and no Discord poster configured then run reports no-poster, says which token is not set, and exits 1', () => {
    const env = dataDir();
    runCli(
      [
        'daily',
        'set',
        '--platform',
        'discord',
        '--channel',
        '123456789012345678',
        '--time',
        '09:00',
        '--timezone',
        'UTC',
      ],
      env,
    );
    const result = runCli(['daily', 'run', '--at', '2026-03-29T09:00:00Z'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no-poster');
    expect(result.stdout).toContain('DISCORD_TOKEN is not set in this process');
    const json = runCli(['daily', 'run', '--at', '2026-03-29T09:00:00Z', '--json'], env);
    expect(JSON.parse(json.stdout).posts[0]).toMatchObject({
      status: 'no-poster',
      detail: 'DISCORD_TOKEN is not set in this process',
    });
  });

  it.each([
    [['daily', 'run', '--at', '2026-03-29T09:00'], 2, '--at must be an ISO-8601 instant'],
    // A day the calendar does not have: refused, not rolled over into 2 March.
    [['daily', 'run', '--at', '2026-02-30T09:00:00Z'], 2, '--at must be an ISO-8601 instant'],
    [['daily', 'run', '--at', '2026-04-31T09:00:00+02:00'], 2, '--at must be an ISO-8601 instant'],
    [['daily', 'frobnicate'], 2, 'daily needs one of'],
    [
      ['daily', 'set', '--platform', 'irc', '--channel', 'x', '--time', '09:00', '--timezone', 'UTC'],
      2,
      '--platform must be one of',
    ],
  ])('given bad usage %j then it exits %i and says why', (args, code, message) => {
    const result = runCli(args, dataDir());
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('given a misspelt daily command then it names the one meant, as a misspelt top-level command does, and with --json says so on stdout', () => {
    const env = dataDir();
    const needs = 'daily needs one of: run, list, set, stop, status';
    for (const [typed, meant] of [
      ['sett', 'set'],
      ['stauts', 'status'],
      ['lst', 'list'],
    ] as const) {
      const result = runCli(['daily', typed], env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `quotebot: unknown daily command "${typed}" (did you mean ${meant}?); ${needs}\n`,
      );
    }
    expect(runCli(['daily', 'frobnicate'], env).stderr).toContain(
      `unknown daily command "frobnicate"; ${needs}\n`,
    );
    expect(runCli(['daily'], env).stderr).toContain(`quotebot: ${needs}\n`);
    const json = runCli(['daily', 'sett', '--json'], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      kind: 'usage',
      message: `unknown daily command "sett" (did you mean set?); ${needs}`,
    });
    // An option where the command goes is no misspelt command.
    expect(JSON.parse(runCli(['daily', '--json'], env).stdout)).toEqual({ kind: 'usage', message: needs });
  });

  it('given an unknown timezone then it says what to type, with close names when some exist, in text and JSON', () => {
    const env = dataDir();
    const set = (timezone: string, ...more: string[]) =>
      runCli(
        [
          'daily',
          'set',
          '--platform',
          'console',
          '--channel',
          'me',
          '--time',
          '9am',
          '--timezone',
          timezone,
          ...more,
        ],
        env,
      );
    const forms = 'use an IANA name such as Europe/Berlin or UTC, or a city such as new york.';
    const none = set('atlantis');
    expect(none.code).toBe(1);
    expect(none.stdout.trim()).toBe(`"atlantis" is not a timezone I know: ${forms}`);
    expect(JSON.parse(set('atlantis', '--json').stdout)).toMatchObject({
      kind: 'invalid-timezone',
      suggestions: [],
      message: `"atlantis" is not a timezone I know: ${forms}`,
    });
    expect(set('berln').stdout.trim()).toBe(
      `"berln" is not a timezone I know: ${forms} Did you mean Europe/Berlin?`,
    );
  });

  it('given a Slack schedule paused because the bot is not in the channel then status says how to fix it, as Slack’s /daily status does, and the set it names starts it again', async () => {
    const env = dataDir();
    const set = [
      'daily',
      'set',
      '--platform',
      'slack',
      '--channel',
      'CNOPE',
      '--time',
      '09:00',
      '--timezone',
      'UTC',
    ];
    expect(runCli([...set, '--days', 'mon-fri'], env).code).toBe(0);
    const store = SqliteDailyStore.open(env.DATA_DIR!);
    const reason = { code: 'forbidden', detail: 'not_in_channel', since: '2026-03-01T00:00:00Z' } as const;
    expect(await store.setPause({ platform: 'slack', channelId: 'CNOPE' }, reason)).toBe(true);
    store.close();
    const status = (): string =>
      runCli(['daily', 'status', '--platform', 'slack', '--channel', 'CNOPE'], env).stdout.trim();
    const restart =
      'quotebot daily set --platform slack --channel CNOPE --time 09:00 --timezone UTC --days mon,tue,wed,thu,fri';
    expect(status()).toContain(
      `Paused: I may not post there: invite me to the channel (\`/invite @quotebot\`). \`${restart}\` starts it again. (forbidden: not_in_channel)`,
    );
    expect(runCli(restart.split(' ').slice(1), env).code).toBe(0);
    expect(status()).toMatch(/ next \d{4}-\d\d-\d\d 09:00 UTC$/);
  });

  it('given a bad timezone then set exits 1 with suggestions', () => {
    const result = runCli(
      ['daily', 'set', '--platform', 'console', '--channel', 'x', '--time', '09:00', '--timezone', 'berln'],
      dataDir(),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Did you mean Europe/Berlin?');
  });

  it('given an invalid DAILY_CATCHUP_HOURS then it names the variable', () => {
    const result = runCli(['daily', 'list'], { ...dataDir(), DAILY_CATCHUP_HOURS: 'lots' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DAILY_CATCHUP_HOURS must be a number of hours');
  });
});
