import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../runtime/store/postgres.js';

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
});
