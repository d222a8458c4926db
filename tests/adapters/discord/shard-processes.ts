import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { FakeDiscord } from '../../fakes/discord/index.js';

const MAIN = join(import.meta.dirname, '../../../dist/runtime/main.js');

/** A bot process (the built main.js) running some Discord shards, with its metrics endpoint. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Its log lines, parsed (pino JSON on stderr). */
  readonly log: Record<string, any>[];
  readonly exited: Promise<number | null>;
  /** Resolves with the port of /metrics, /livez and /readyz once the Discord adapter is ready. */
  readonly ready: Promise<number>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  get(path: string): Promise<{ status: number; text: string }>;
}

export function startBotProcess(
  discord: FakeDiscord,
  dir: string,
  env: Readonly<Record<string, string>>,
): BotProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      LOG_LEVEL: 'info',
      DATA_DIR: join(dir, 'data'),
      CONTENT_DIR: join(dir, 'content'),
      DISCORD_TOKEN: discord.botToken,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log: Record<string, any>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let port: number | undefined;
  const ready = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      let entry: Record<string, any>;
      try {
        entry = JSON.parse(line);
      } catch {
        entry = { msg: line };
      }
      log.push(entry);
      if (entry['msg'] === 'metrics and health endpoints listening') port = entry['port'];
      if (entry['msg'] === 'discord ready' && port !== undefined) resolve(port);
    });
    void exited.then((code) =>
      reject(new Error(`bot exited with ${code}: ${log.map((e) => JSON.stringify(e)).join('\n')}`)),
    );
  });
  return {
    child,
    log,
    exited,
    ready,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async get(path) {
      const response = await fetch(`http://127.0.0.1:${await ready}${path}`);
      return { status: response.status, text: await response.text() };
    },
  };
}

/** A sample's value in Prometheus text: `name{labels} value`, labels as written in the exposition. */
export function sample(text: string, name: string, labels: Readonly<Record<string, string>> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).split(' ')[0] ?? '';
    if (wanted.every((pair) => labelText.includes(pair))) return Number(line.split(' ').at(-1));
  }
  return Number.NaN;
}
