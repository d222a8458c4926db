import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS, missingValue } from '../../adapters/cli/usage.js';
import { TIDES_FILE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary.js';

const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

describe('quotebot usage', () => {
  it('given --version or -v then it prints the package version and exits 0, and --help lists it', () => {
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = runCli([flag]);
      expect([code, stdout]).toEqual([0, `${VERSION}\n`]);
    }
    expect(runCli(['--help']).stdout).toContain('quotebot --version');
  });

  it('given --help then its environment names DATABASE_URL, what its lack means for daily, and the tokens daily run posts with', () => {
    const environment = runCli(['--help']).stdout.split('Environment:')[1]?.replace(/\s+/g, ' ') ?? '';
    expect(environment).toContain(
      "DATABASE_URL (the bot's PostgreSQL: without it the daily commands keep schedules in a SQLite file in DATA_DIR and do not see the bot's)",
    );
    expect(environment).toContain(
      'daily run posts to Discord with DISCORD_TOKEN and to Slack with SLACK_BOT_TOKEN',
    );
  });

  it('given help --help or help -h then it prints the help and exits 0, as quote --help does', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = runCli(['help', flag]);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('quotebot --version');
    }
  });
});

describe('an unknown command', () => {
  it('given a misspelt command then it exits 2 and names the one meant, with the usage', () => {
    const { code, stderr } = runCli(['qoute', 'election']);
    expect(code).toBe(2);
    expect(stderr).toContain('quotebot: unknown command "qoute" (did you mean quote?)');
    expect(stderr).toContain('Usage:');
    expect(runCli(['help', 'sumary']).stderr).toContain('unknown command "sumary" (did you mean summary?)');
  });

  it('given a misspelt command with --json then stdout has its kind and message, as an unknown option has, with exit code 2', () => {
    const { code, stdout, stderr } = runCli(['qoute', 'tides', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      kind: 'usage',
      message: 'unknown command "qoute" (did you mean quote?)',
    });
    expect(stderr).toContain('quotebot: unknown command "qoute" (did you mean quote?)');
    expect(JSON.parse(runCli(['frobnicate', '--json']).stdout)).toEqual({
      kind: 'usage',
      message: 'unknown command "frobnicate"',
    });
    // Without --json, or with it after `--` (a word then), stdout stays empty.
    expect(runCli(['qoute', 'tides']).stdout).toBe('');
    expect(runCli(['qoute', '--', '--json']).stdout).toBe('');
  });

  it('given a command like none then it says it is unknown and guesses none', () => {
    const { code, stderr } = runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('quotebot: unknown command "frobnicate"\n');
  });
});

describe('quotebot check', () => {
  it.each([[['check', '--foo']], [['check', '--json']], [['check', 'extra']]])(
    'given %j then it exits 2 with the usage, as other commands do',
    (args) => {
      const { code, stdout, stderr } = runCli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: quotebot check');
    },
  );

  it('given no option then it validates the content folder', () => {
    const { code, stdout } = runCli(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 article\(s\) valid, 0 problem\(s\) in /);
  });
});

describe('quotebot help <command>', () => {
  const examplesOf = (stdout: string): string => stdout.slice(stdout.indexOf('Examples:'));

  it('given CONTENT_DIR of another library then the examples name its words, article and author', () => {
    const dir = temporaryFolder('quotebot-help-');
    writeFileSync(join(dir, 'how-the-tides-work.md'), TIDES_FILE);
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    for (const args of [
      ['help', 'quote'],
      ['quote', '--help'],
    ]) {
      const { code, stdout, stderr } = runCli(args, env);
      expect([code, stderr], args.join(' ')).toEqual([0, '']);
      expect(examplesOf(stdout)).toBe(
        [
          'Examples:',
          '  quotebot quote tides',
          '  quotebot quote tides --limit 3 --article how-the-tides-work',
          '  quotebot quote --author marsh',
          '',
        ].join('\n'),
      );
    }
    expect(examplesOf(runCli(['help', 'articles'], env).stdout)).toContain('quotebot articles --about tides');
  });

  it('given CONTENT_DIR of another library and a mistake then the usage after it has the library’s examples, as help has', () => {
    const dir = temporaryFolder('quotebot-help-');
    writeFileSync(join(dir, 'how-the-tides-work.md'), TIDES_FILE);
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const help = examplesOf(runCli(['help', 'quote'], env).stdout);
    expect(help).toContain('--article how-the-tides-work');
    for (const args of [
      ['quote', 'taxes', '--article', 'nope'],
      ['quote', 'tides', '--artcle', 'tides'],
    ]) {
      const { code, stderr } = runCli(args, env);
      expect(code, args.join(' ')).toBe(2);
      expect(examplesOf(stderr), args.join(' ')).toBe(help);
    }
  });

  it('given CONTENT_DIR of another library then an option given no value has an example from it, as its help has', () => {
    const dir = temporaryFolder('quotebot-help-');
    writeFileSync(join(dir, 'how-the-tides-work.md'), TIDES_FILE);
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const { code, stderr } = runCli(['articles', '--about'], env);
    expect(code).toBe(2);
    expect(stderr).toContain('--about needs words, e.g. --about tides');
    expect(stderr).not.toContain('sanctions');
  });

  it('given CONTENT_DIR of another library then an option whose help has no example of it (summary --topic, --author) still gets one from it', () => {
    const dir = temporaryFolder('quotebot-help-');
    writeFileSync(join(dir, 'how-the-tides-work.md'), TIDES_FILE);
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    for (const [args, said] of [
      [['summary', '--topic'], '--topic needs words, e.g. --topic tides'],
      [['summary', '--article'], '--article needs a slug, e.g. --article how-the-tides-work'],
      [['card', '--author'], '--author needs a name, e.g. --author marsh'],
    ] as const) {
      const { code, stderr } = runCli([...args], env);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toContain(`quotebot: ${said}\n`);
    }
  });

  it('given CONTENT_DIR of another library then card’s help shows a quote id of it, and no example twice', () => {
    const dir = temporaryFolder('quotebot-help-');
    writeFileSync(join(dir, 'how-the-tides-work.md'), TIDES_FILE);
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const examples = examplesOf(runCli(['card', '--help'], env).stdout).split('\n');
    expect(new Set(examples).size).toBe(examples.length);
    const id = examples.map((line) => /^\s*quotebot card (\S+#\d+)$/.exec(line)?.[1]).find(Boolean);
    expect(id).toMatch(/^how-the-tides-work#\d+$/);
    expect(runCli(['quote', 'tides', '--json'], env).stdout).toContain(`"id": "${id!}"`);
  });

  it('given the bundled library then its examples stay, and given none that loads they are the bundled ones', () => {
    const bundled = examplesOf(runCli(['help', 'quote']).stdout);
    expect(bundled).toContain('quotebot quote red line --limit 3 --article north-korea');
    const empty = temporaryFolder('quotebot-help-');
    const { code, stdout } = runCli(['help', 'quote'], { CONTENT_DIR: empty });
    expect([code, examplesOf(stdout)]).toEqual([0, bundled]);
  });
});

describe('an option given no value', () => {
  it.each([
    [['summary', '--topic'], '--topic needs words, e.g. --topic sanctions'],
    [['articles', '--about'], '--about needs words, e.g. --about sanctions'],
    [['card', 'bees', '--out'], '--out needs a file name, e.g. --out quote.png'],
    [['quote', 'bees', '-n'], '--limit needs a number, e.g. --limit 3'],
    [['summary', '--topic', '--json'], '--topic needs words, e.g. --topic sanctions'],
    [['summary', '--length'], '--length needs one of short, medium, long, e.g. --length short'],
    [['daily', 'set', '--time'], '--time needs a time, e.g. --time 09:00'],
    [
      ['import', 'story.txt', '--publication'],
      '--publication needs a publication, e.g. --publication "Town Crier"',
    ],
    [['quote', '--json=yes'], '--json takes no value'],
  ])('given %j then it says what to give, with an example, and the usage (exit 2)', (args, said) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`quotebot: ${said}\n`);
    expect(stderr).toContain(`Usage: quotebot ${args[0]!}`);
  });

  it('given any option of any command that takes a value then its message names what to give and an example', () => {
    for (const [name, command] of Object.entries(CLI_COMMANDS))
      for (const option of command.options.filter((each) => each.value !== undefined))
        expect(missingValue(name, option.flag), `${name} ${option.flag}`).toMatch(
          new RegExp(`^${option.flag} needs (?!a value).+, e\\.g\\. ${option.flag} \\S`),
        );
  });
});
