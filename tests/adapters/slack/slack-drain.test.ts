import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../fakes/slack/signing.js';
import { startOnFake, type Running } from './harness.js';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
}

/** A signed `/quote` on `agent`'s kept-alive connection; `sent` runs once its bytes are on the socket. */
function postQuote(run: Running, agent: Agent, sent: () => void = () => undefined): Promise<Answer> {
  const body = new URLSearchParams({
    command: '/quote',
    text: 'election',
    team_id: run.slack.teamId,
    channel_id: 'C0DRAIN',
    user_id: 'U0DRAIN',
    response_url: `${run.slack.url}/response/drain`,
    trigger_id: 'drain',
  }).toString();
  const headers = signedHeaders(run.slack.signingSecret, body, 'application/x-www-form-urlencoded');
  return new Promise((resolve, reject) => {
    const req = request(run.appUrl, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.on('finish', sent);
    req.end(body);
  });
}

/** Keeps this thread busy, as a loaded process is: nothing else runs meanwhile. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('Slack HTTP mode: stop() drains kept-alive connections (real Bolt, fake Slack)', () => {
  let run: Running | undefined;
  let agent: Agent | undefined;
  afterEach(async () => {
    agent?.destroy();
    await run?.stop();
    run = undefined;
  });

  it('given a request that arrived while the process was too busy to read it when stop() began then it is answered with Connection: close, not reset', async () => {
    run = await startOnFake('http');
    const current = run;
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await postQuote(current, agent);
    expect(first.status).toBe(200);
    expect(first.headers.connection).toBe('keep-alive');

    let stopping: Promise<void> | undefined;
    // The request's bytes are in the app's socket, unread; the drain starts and the process stays busy
    // past every grace period before its event loop reads them.
    const second = postQuote(current, agent, () => {
      stopping = current.adapter.stop();
      busyFor(1500);
    });
    const answer = await second;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    await stopping;
  });

  it('given a kept-alive connection its client leaves idle then stop() closes it and resolves', async () => {
    run = await startOnFake('http');
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await postQuote(run, agent)).status).toBe(200);
    const started = performance.now();
    await run.adapter.stop();
    // Closed once idle for the grace (1 s), well before the 5 s after which every connection is cut.
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
