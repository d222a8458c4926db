import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackFetch } from '../../../adapters/slack/web-api-fetch.js';

type FetchFunction = webApi.FetchFunction;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A server on 127.0.0.1 that answers each request with `answer`; resolves with its base URL. */
async function serve(
  answer: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => answer(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A fallback that records what it was asked and answers like fetch would not (so its use shows). */
function recordingFallback(): { fetch: FetchFunction; calls: Parameters<FetchFunction>[] } {
  const calls: Parameters<FetchFunction>[] = [];
  const fetch: FetchFunction = async (...args) => {
    calls.push(args);
    return globalThis.fetch(...(args as Parameters<typeof globalThis.fetch>));
  };
  return { fetch, calls };
}

describe('the fetch the Slack Web API client uses', () => {
  it('given a form POST then the server gets method, headers and body, and the answer reads as fetch reads it', async () => {
    let seen: Record<string, string | undefined> = {};
    const base = await serve((req, body, res) => {
      seen = { method: req.method, type: req.headers['content-type'], auth: req.headers.authorization, body };
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'x-oauth-scopes': 'chat:write',
      });
      res.end(JSON.stringify({ ok: true, text: 'naïve “quotes”' }));
    });
    const fallback = recordingFallback();
    const response = await createSlackFetch(fallback.fetch)(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' },
      body: 'channel=C1&text=hello',
      redirect: 'error',
    });
    expect(seen).toEqual({
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      auth: 'Bearer xoxb-1',
      body: 'channel=C1&text=hello',
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${base}/api/chat.postMessage`);
    expect(response.headers.get('X-OAuth-Scopes')).toBe('chat:write');
    expect(response.headers.get('retry-after')).toBeNull();
    expect(Object.fromEntries(response.headers.entries())['x-oauth-scopes']).toBe('chat:write');
    expect(await response.json()).toEqual({ ok: true, text: 'naïve “quotes”' });
    expect(await response.text()).toBe(JSON.stringify({ ok: true, text: 'naïve “quotes”' }));
    expect(fallback.calls).toEqual([]);
  });

  it('given a 429 then its status and retry-after header are read as from fetch', async () => {
    const base = await serve((_req, _body, res) => {
      res.writeHead(429, { 'retry-after': '7' });
      res.end();
    });
    const response = await createSlackFetch()(`${base}/api/chat.postMessage`, {
      method: 'POST',
      body: 'a=b',
    });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(429);
    expect(response.statusText).toBe('Too Many Requests');
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('given a redirect then the call is left to fetch, which refuses it as the client asked', async () => {
    const base = await serve((_req, _body, res) => {
      res.writeHead(302, { location: '/elsewhere' });
      res.end();
    });
    const fallback = recordingFallback();
    const call = createSlackFetch(fallback.fetch)(`${base}/api/chat.postMessage`, {
      method: 'POST',
      body: 'a=b',
      redirect: 'error',
    });
    await expect(call).rejects.toThrow(TypeError);
    expect(fallback.calls).toHaveLength(1);
  });

  it('given a FormData body (a file upload) then the call is left to fetch unchanged', async () => {
    const base = await serve((req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(String(req.headers['content-type']).split(';')[0]);
    });
    const fallback = recordingFallback();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'card.png');
    const response = await createSlackFetch(fallback.fetch)(`${base}/upload`, { method: 'POST', body: form });
    expect(await response.text()).toBe('multipart/form-data');
    expect(fallback.calls).toHaveLength(1);
  });

  it('given an aborted signal then the call rejects, as fetch does', async () => {
    const base = await serve(() => undefined);
    const call = createSlackFetch()(`${base}/api/chat.postMessage`, {
      method: 'POST',
      body: 'a=b',
      signal: AbortSignal.timeout(50),
    });
    await expect(call).rejects.toThrow();
  });

  it('given the Web API client using it then a call resolves with the parsed result', async () => {
    const base = await serve((_req, body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, channel: new URLSearchParams(body).get('channel'), ts: '1.2' }));
    });
    const client = new webApi.WebClient('xoxb-1', { slackApiUrl: `${base}/api/`, fetch: createSlackFetch() });
    const result = await client.chat.postMessage({ channel: 'C42', text: 'hello' });
    expect(result).toMatchObject({ ok: true, channel: 'C42', ts: '1.2' });
  });
});
