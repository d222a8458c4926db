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
