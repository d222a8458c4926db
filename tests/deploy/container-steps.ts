/**
 * `npm run test:container`: proves the Dockerfile's steps without a Docker engine. In a clean temporary
 * folder it runs the deps stage's npm commands exactly as written (with `--prefer-offline`, to reuse the
 * npm cache), assembles the runtime stage's files (the compiled `dist/` of `npm run build`, the same
 * `tsc -p tsconfig.build.json` as the build stage), then runs the image's CMD and CLI there, on
 * production dependencies only: the console answers a query, SQLite opens in DATA_DIR (native
 * better-sqlite3 from the rebuild step), and PostgreSQL migrates on a throwaway server (DATABASE_URL).
 * The apt-get step (the compiler for better-sqlite3) is not run: this machine has one.
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresMissing, startTestPostgres } from '../helpers/postgres.js';

const ROOT = join(import.meta.dirname, '../..');

function stage(dockerfile: string, name: string): string[] {
  const start = dockerfile.search(new RegExp(`^FROM \\S+ AS ${name}$`, 'm'));
  if (start < 0) throw new Error(`Dockerfile: no stage ${name}`);
  const rest = dockerfile.slice(start + 1);
  const end = rest.search(/^FROM /m);
  return (end < 0 ? rest : rest.slice(0, end)).split('\n');
}

function check(label: string, ok: boolean, detail = ''): void {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok ? '' : `\n${detail}`}\n`);
  if (!ok) process.exitCode = 1;
}

async function main(): Promise<void> {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const folder = mkdtempSync(join(tmpdir(), 'quotebot-container-'));
  const app = join(folder, 'app');
  try {
    const lines = stage(dockerfile, 'deps');
    for (const line of lines) {
      const copy = /^COPY (?!--from)(.+) \.\/$/.exec(line);
      if (copy) for (const file of copy[1]!.split(' ')) cpSync(join(ROOT, file), join(app, file));
      const run = /^RUN (npm .+)$/.exec(line);
      if (!run) continue;
      const command = run[1]!.replace(/^npm ci /, 'npm ci --prefer-offline ');
      const started = Date.now();
      execSync(command, { cwd: app, stdio: 'inherit' });
      check(`deps stage: ${command} (${((Date.now() - started) / 1000).toFixed(1)} s)`, true);
    }
    check('deps stage: no dev dependency installed', !existsSync(join(app, 'node_modules/typescript')));
    for (const part of ['dist', 'bin', 'content'])
      cpSync(join(ROOT, part), join(app, part), { recursive: true });
    const env = { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', LOG_LEVEL: 'silent' };
    const cmd = /^CMD \["node", "([^"]+)"\]$/m.exec(dockerfile)?.[1];
    const chat = spawnSync('node', [cmd ?? 'missing'], {
      cwd: app,
      env,
      input: 'quote election\n',
      encoding: 'utf8',
    });
    check(
      'runtime stage: CMD answers in the console',
      chat.status === 0 && chat.stdout.includes('election'),
      chat.stderr,
    );
    const sqlite = spawnSync('node', ['bin/quotebot.js', 'daily', 'list'], {
      cwd: app,
      env: { ...env, DATA_DIR: join(folder, 'data') },
      encoding: 'utf8',
    });
    check('runtime stage: SQLite in DATA_DIR (native better-sqlite3)', sqlite.status === 0, sqlite.stderr);
    if (!postgresMissing('the container check with DATABASE_URL')) {
      const server = await startTestPostgres();
      try {
        const pg = spawnSync('node', ['bin/quotebot.js', 'daily', 'list'], {
          cwd: app,
          env: { ...env, DATABASE_URL: await server.newDatabase() },
          encoding: 'utf8',
        });
        check('runtime stage: PostgreSQL migrated at start (DATABASE_URL)', pg.status === 0, pg.stderr);
      } finally {
        server.stop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
