import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { envFor } from './harness.js';
import { freePort, startMain } from './main-process.js';

const WORKERS = 24;

describe('npm start in Slack HTTP mode under load (built dist/runtime/main.js, fake Slack)', () => {
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await slack?.stop();
  });

  it('given signed JSON null and then SIGTERM under load then it keeps serving, answers every request that arrived, resets none, and exits 0', async () => {
    slack = await startFakeSlack({ record: false });
    const fake = slack;
    const port = await freePort();
    const app = await startMain({ ...envFor(fake, 'http'), PORT: String(port) });
    const url = `http://127.0.0.1:${port}/slack/events`;

    const nullBody = await fake.http.post(url, { contentType: 'application/json', body: 'null' });
    expect(nullBody.status).toBe(400);

    const statuses = new Map<number, number>();
    const errors = new Map<string, number>();
    let sent = 0;
    const worker = async (): Promise<void> => {
      for (;;) {
        sent += 1;
        try {
          const res = await fake.http.postSlashCommand(url, { command: '/quote', text: 'election' });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        } catch (error) {
          const code = (error as { code?: string }).code ?? (error as Error).message;
          errors.set(code, (errors.get(code) ?? 0) + 1);
          // A new connection refused: the server has stopped listening, as it should.
          if (code === 'ECONNREFUSED') return;
        }
      }
    };
    const load = Array.from({ length: WORKERS }, () => worker());
    while (sent <= 300) await new Promise((resolve) => setTimeout(resolve, 10));
    const sentBeforeSigterm = sent;
    app.child.kill('SIGTERM');
    await Promise.all(load);

    expect(await app.exited).toBe(0);
    expect([...statuses.keys()]).toEqual([200]);
    // Every request sent before SIGTERM, and every later one on a connection already open, is answered;
    // each worker's one refused attempt is a new connection after the app stopped listening.
    expect(statuses.get(200)).toBeGreaterThanOrEqual(sentBeforeSigterm);
    expect(statuses.get(200)).toBe(sent - WORKERS);
    expect(sentBeforeSigterm).toBeGreaterThan(300);
    expect(Object.fromEntries(errors)).toEqual({ ECONNREFUSED: WORKERS });
  });
});
