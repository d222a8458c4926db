import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '../..');
/** The built composition root (what `npm start` runs) and the CLI. */
export const MAIN = join(ROOT, 'dist/runtime/main.js');
export const BIN = join(ROOT, 'bin/quotebot.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A bot process started from the built output, ready once its log says `readyLine`. */
export interface BotProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly log: string[];
}

export async function startBotProcess(
  env: Record<string, string>,
  readyLine: string,
  /** Options for node itself, before the script (e.g. `--import` of a loader hook). */
  nodeArgs: readonly string[] = [],
): Promise<BotProcess> {
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stderr! });
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => {
      log.push(line);
      if (line.includes(readyLine)) resolve();
    });
    void exited.then((code) => reject(new Error(`quotebot exited with ${code}:\n${log.join('\n')}`)));
  });
  return { child, exited, log };
}

/** Runs the CLI without waiting (so two can run at once, and a test can kill one). */
export function runCliProcess(
  args: string[],
  env: Record<string, string>,
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
