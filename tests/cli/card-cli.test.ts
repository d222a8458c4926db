import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('quotebot card', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-card-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given words that match then it writes a PNG and prints its path and alt text', () => {
    const out = join(dir, 'election.png');
    const { code, stdout } = runCli(['card', 'election', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    expect(stdout).toContain('election');
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('given words nothing matches then it exits 1 with one line on stderr and writes nothing', () => {
    const out = join(dir, 'none.png');
    const { code, stderr } = runCli(['card', 'zzqx', 'wwvy', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^quotebot: no sentence matches "zzqx wwvy".*; no card written\n$/);
  });

  it('given an article the library lacks then it exits 2, as every command does', () => {
    const { code, stderr } = runCli([
      'card',
      'election',
      '--article',
      'nope',
      '--out',
      join(dir, 'nope.png'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('no article "nope"');
  });
});
