import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throwaway PostgreSQL server on 127.0.0.1, started by a test and stopped after it. */
export interface TestPostgres {
  /** `postgres://…` of a fresh, empty database on the server. */
  newDatabase(): Promise<string>;
  /** Stops the server as an outage would, keeping its data; `resume` starts it again on the same port. */
  halt(): void;
  resume(): void;
  stop(): void;
}

/**
 * Where `initdb`, `pg_ctl` and `postgres` are: `POSTGRES_BIN_DIR`, then Debian's
 * /usr/lib/postgresql/<newest>/bin, then the PATH. Undefined when the binaries are not installed.
 */
export function postgresBinDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env['POSTGRES_BIN_DIR']) candidates.push(process.env['POSTGRES_BIN_DIR']);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    candidates.push(
      ...readdirSync(debian)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin')),
    );
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) candidates.push(onPath.replace(/\/initdb$/, ''));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/**
 * Says loudly that PostgreSQL tests are skipped, and fails instead under CI (CI=true): there `.ci/run`
 * installs the binaries, so their absence is a broken CI, not a reason to skip.
 */
export function postgresMissing(suite: string): boolean {
  if (postgresBinDir() !== undefined) return false;
  const message = `\n${'!'.repeat(78)}\n!! SKIPPED: ${suite} needs PostgreSQL binaries (initdb, pg_ctl), not found in\n!! POSTGRES_BIN_DIR, /usr/lib/postgresql/*/bin or PATH. Install them: apt-get install -y postgresql\n${'!'.repeat(78)}\n`;
  if (process.env['CI']) throw new Error(message);
  process.stderr.write(message);
  return true;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` user that Debian's
 * package creates (or `nobody`), through util-linux's `runuser`.
 */
function asServerUser(dir: string): { wrap: (argv: string[]) => [string, string[]] } {
  if (process.getuid?.() !== 0) return { wrap: (argv) => [argv[0]!, argv.slice(1)] };
  const user = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
  const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  return { wrap: (argv) => ['runuser', ['-u', user, '--', ...argv]] };
}

/** Runs initdb into a temporary folder and starts postgres on a free port of 127.0.0.1 (TCP only). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (bin === undefined) throw new Error('PostgreSQL binaries not found (see postgresMissing)');
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-pg-'));
  const { wrap } = asServerUser(dir);
  const run = (argv: string[]): void => {
    const [command, args] = wrap(argv);
    const result = spawnSync(command, args, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0)
      throw new Error(`${argv.slice(0, 2).join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  const data = join(dir, 'data');
  run([join(bin, 'initdb'), '-D', data, '-U', 'quotebot', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  let port = 0;
  let running = false;
  const start = (): void => {
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run([join(bin, 'pg_ctl'), '-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
    running = true;
  };
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      start();
      break;
    } catch (error) {
      if (attempt >= 2) throw error; // the free port was taken in between: try another
    }
  }
  const admin = `postgres://quotebot@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    async newDatabase() {
      const name = `t${databases++}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://quotebot@127.0.0.1:${port}/${name}`;
    },
    halt() {
      // Fast, not immediate: the server runs with synchronous_commit=off, so a crash could lose the last
      // commits (tables made just before, "relation does not exist" after), which no real restart loses.
      run([join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    resume: start,
    stop() {
      try {
        if (running) run([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
