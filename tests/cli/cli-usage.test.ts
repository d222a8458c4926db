import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

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
});

describe('an unknown command', () => {
  it('given a misspelt command then it exits 2 and names the one meant, with the usage', () => {
    const { code, stderr } = runCli(['qoute', 'election']);
    expect(code).toBe(2);
    expect(stderr).toContain('quotebot: unknown command "qoute" (did you mean quote?)');
    expect(stderr).toContain('Usage:');
    expect(runCli(['help', 'sumary']).stderr).toContain('unknown command "sumary" (did you mean summary?)');
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
