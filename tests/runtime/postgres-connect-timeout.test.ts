import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../runtime/config.js';
import type { Environment } from '../../runtime/environment.js';
import { StartupError } from '../../runtime/startup-error.js';
import { openStores } from '../../runtime/store/open-stores.js';
import { postgresOpenFailure } from '../../runtime/store/postgres-open-failure.js';
import { openPostgres } from '../../runtime/store/postgres.js';

/** The environment of a command whose DATABASE_URL is `url` (nothing else is read by `openStores`). */
function environmentOf(url: string): Environment {
  const config = loadConfig({ DATABASE_URL: url }, 'command');
  return { config, contentDir: '/nowhere', dataDir: '/nowhere', snapshotDir: '/nowhere' };
}

describe('a PostgreSQL server that never answers', () => {
  let server: Server;
  let port = 0;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Accepts the connection and then says nothing, as a host gone from the network seems to.
    server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('given a query, then it fails after the connect timeout instead of waiting', async () => {
    const pool = openPostgres(`postgres://quotebot:secret@127.0.0.1:${port}/quotebot`, {
      connectTimeoutMs: 300,
    });
    const started = Date.now();
    await expect(pool.query('SELECT 1')).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    await pool.end();
  });

  it('given it as DATABASE_URL, then opening the stores fails at the timeout saying the host timed out, without the password', async () => {
    const started = Date.now();
    const error: unknown = await openStores(
      environmentOf(`postgres://quotebot:s3cret-pw@127.0.0.1:${port}/quotebot`),
      { connectTimeoutMs: 300 },
    ).catch((failure: unknown) => failure);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code).toBe('database_unreachable');
    expect((error as StartupError).message).toBe(
      `the database at DATABASE_URL could not be opened (127.0.0.1:${port} did not answer within 0.3 s: timed out); check that the server runs, that this host can reach it and the URL is right`,
    );
    expect((error as StartupError).message).not.toContain('s3cret-pw');
  });
});

describe('why PostgreSQL could not be opened', () => {
  const url = 'postgres://quotebot:s3cret-pw@10.255.255.1:5432/quotebot';
  const before = { connected: false, timeoutMs: 5_000 };

  it('given a connection closed with no answer once the connect timeout was up, then it timed out, as when pg says so', () => {
    // What a new user saw from a host that drops packets, after 5.9 s.
    const closed = postgresOpenFailure(new Error('Connection terminated unexpectedly'), url, {
      ...before,
      elapsedMs: 5_004,
    });
    expect(closed.message).toContain('(10.255.255.1:5432 did not answer within 5 s: timed out)');
    expect(closed.message).not.toContain('s3cret-pw');
    const wrapped = new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    expect(postgresOpenFailure(wrapped, url, { ...before, elapsedMs: 4_990 }).message).toContain('timed out');
  });

  it('given a refusal, or a failure after a session began, then it says the error as it is', () => {
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    expect(postgresOpenFailure(refused, url, { ...before, elapsedMs: 3 }).message).toBe(
      'the database at DATABASE_URL could not be opened (connect ECONNREFUSED 127.0.0.1:5432); check that the server runs and the URL is right',
    );
    // A migration that waited long on another process's lock, then lost its server: no timeout of a connection.
    const lost = new Error('Connection terminated unexpectedly');
    expect(
      postgresOpenFailure(lost, url, { connected: true, timeoutMs: 5_000, elapsedMs: 9_000 }).message,
    ).toContain('(Connection terminated unexpectedly)');
  });
});
