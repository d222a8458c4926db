import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { boltLogger } from '../../../adapters/slack/bolt-logger.js';
import { answerCardRequest } from '../../../adapters/slack/card-reply.js';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import { InFlight } from '../../../adapters/slack/in-flight.js';
import { createSlackFetch } from '../../../adapters/slack/web-api-fetch.js';
import { loggedRetryPolicy } from '../../../adapters/slack/web-api-retries.js';
import { NO_OBSERVER } from '../../../adapters/shared/observer.js';
import { createLogger } from '../../../runtime/logger.js';
import { secretsOf } from '../../../runtime/redact.js';
import { en } from '../../../adapters/shared/wording.js';
import type { CardImage } from '../../../src/index.js';
import { fakeSlackToken } from '../../helpers/fake-tokens.js';
import { DEFAULT_NAMES, hostileBot } from './fixtures.js';

/** The key in a file's upload URL: whoever has the URL may upload into that file. */
const UPLOAD_KEY = 'CwABAAAAXAoAAZnbHkCmAAAAAAAAAA8LAAIAAAAMR3JlYXQgSm9iIQ';
const BOT_TOKEN = fakeSlackToken('xoxb', 'card-log-test');

/**
 * Slack's Web API as far as an upload goes: files.getUploadURLExternal answers an upload URL with its key,
 * and the upload to it is answered 429 (Retry-After: 0) every time.
 */
async function startRateLimitedUploads(): Promise<{ apiUrl: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const { port } = server.address() as AddressInfo;
      if (req.url === '/api/files.getUploadURLExternal') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            ok: true,
            upload_url: `http://127.0.0.1:${port}/upload/v1/${UPLOAD_KEY}`,
            file_id: 'F0CARD',
          }),
        );
      } else res.writeHead(429, { 'retry-after': '0' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, server };
}

const CARD: CardImage = {
  png: Uint8Array.of(137, 80, 78, 71),
  width: 1200,
  height: 630,
  altText: 'A quote card',
  missingGlyphs: [],
};

let server: Server | undefined;
afterEach(() => server?.close());

describe('a Slack card whose upload fails', () => {
  it('given an upload Slack rate-limits until the client gives up then the text quote answers, and no log line (the retries’, Bolt’s, the failure’s) has the upload URL’s key or the token', async () => {
    const fake = await startRateLimitedUploads();
    server = fake.server;
    const lines: string[] = [];
    const logger = createLogger(
      'trace',
      { write: (line: string) => void lines.push(line) },
      secretsOf({ SLACK_BOT_TOKEN: BOT_TOKEN }),
    );
    // The client as the adapter makes it (createSlackApp), with one retry at once instead of ten in 30 minutes.
    const client = new webApi.WebClient(BOT_TOKEN, {
      slackApiUrl: fake.apiUrl,
      logger: boltLogger(logger),
      fetch: createSlackFetch(),
      retryConfig: loggedRetryPolicy(logger, undefined, { retries: 1, minTimeout: 0, maxTimeout: 0 }),
    });
    const bot = hostileBot();
    const deps: SlackDeps = {
      bot,
      names: DEFAULT_NAMES,
      logger,
      work: new InFlight(),
      managerIds: [],
      cards: { paint: async () => CARD },
      observer: NO_OBSERVER,
    };
    const reply = bot.handle({ kind: 'quote', query: 'election', card: true });
    const answer = await answerCardRequest(deps, client, reply, { channel: 'C_CARDS' }, 'public');
    expect(answer.kind).toBe('message');
    expect(JSON.stringify(answer)).toContain(en.cardFailed);
    const log = lines.join('');
    expect(log).toContain('slack quote card failed');
    expect(log).toContain('slack Web API call failed; retrying');
    expect(log).toContain(`/upload/v1/[redacted]`);
    expect(log).not.toContain(UPLOAD_KEY);
    expect(log).not.toContain(BOT_TOKEN);
  });
});
