import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/quotebot.js');

/** Runs the real `quotebot` binary (compiled by the global setup) and returns what it printed. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    ...(input === undefined ? {} : { input }),
    timeout: 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
