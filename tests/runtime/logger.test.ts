import { describe, expect, it } from 'vitest';
import { createLogger } from '../../runtime/logger.js';
import { redactSecrets, secretsOf } from '../../runtime/redact.js';
import { fakeSlackToken } from '../helpers/fake-tokens.js';

/** A logger at `info` and the lines it wrote. */
function captured(secrets: readonly string[] = []) {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) }, secrets);
  return { logger, lines, text: () => lines.join('') };
}

describe('the process logger', () => {
  it('given an error logged as a platform client threw it then its url, request body and any token are censored', () => {
    const { logger, lines, text } = captured();
    const error = Object.assign(new Error('Invalid Webhook Token'), {
      url: 'https://discord.com/api/v10/webhooks/1/SECRET-INTERACTION-TOKEN/messages/@original',
      requestBody: { files: [{ data: [137, 80, 78, 71] }], json: { content: 'a quote' } },
      status: 401,
    });
    logger.error({ err: error, token: 'SECRET-BOT-TOKEN' }, 'discord reply failed');
    logger.warn({ error }, 'the same error under another key');
    expect(lines).toHaveLength(2);
    expect(text()).not.toContain('SECRET');
    expect(text()).not.toContain('a quote');
    expect(text()).toContain('Invalid Webhook Token');
    expect(JSON.parse(lines[0]!).err.status).toBe(401);
  });

  it('given errors that carry what was sent (the Slack client’s original error and response, a WebSocket event’s socket) then a line keeps what failed and none of it', () => {
    const { logger, lines, text } = captured();
    const frame = '{"op":2,"d":{"token":"odd-shaped-gateway-credential"}}';
    const original = Object.assign(new Error('other side closed'), {
      code: 'UND_ERR_SOCKET',
      request: { headers: { authorisation: 'odd-shaped-slack-credential' }, body: 'text=a quote' },
    });
    const slack = Object.assign(new Error(`A request error occurred: ${original.message}`), {
      code: 'slack_webapi_request_error',
      original,
      headers: { 'x-slack-req-id': 'req-1', 'set-cookie': 'b=odd-shaped-cookie' },
      body: 'a quote',
    });
    const refused = Object.assign(new Error('An API error occurred: invalid_blocks'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'invalid_blocks', response_metadata: { messages: ['[ERROR] too long'] } },
    });
    const socket = Object.assign(new Error('WebSocket was closed before the connection was established'), {
      target: { url: 'wss://gateway.discord.gg', sender: { queue: [frame] } },
    });
    logger.error({ err: slack }, 'slack reply could not be posted');
    logger.error({ err: refused }, 'slack reply could not be posted');
    logger.error({ err: socket }, 'discord client error');
    expect(text()).not.toMatch(/odd-shaped|a quote/);
    const [first, second, third] = lines.map((line) => JSON.parse(line).err);
    expect(first).toMatchObject({
      type: 'Error',
      code: 'slack_webapi_request_error',
      message: 'A request error occurred: other side closed',
    });
    expect(second).toMatchObject({ data: { error: 'invalid_blocks', messages: ['[ERROR] too long'] } });
    expect(third.message).toBe('WebSocket was closed before the connection was established');
    expect(third.stack).toContain('WebSocket was closed');
  });

  it('given an error whose message holds a URL with a key (a file upload Slack rate-limited) then no line has the key, and the host and path stay', () => {
    const { logger, text } = captured();
    const key = 'CwABAAAAXAoAAZnbHkCmAAAAAAAAAA8LAAIAAAAMR3JlYXQgSm9iIQ';
    const error = new Error(
      `A rate limit was exceeded (url: https://files.slack.com/upload/v1/${key}, retry-after: 3)`,
    );
    logger.warn({ reason: error.message }, 'slack Web API call failed; retrying');
    logger.error({ err: error }, 'slack quote card failed');
    logger.error(error);
    expect(text()).not.toContain(key);
    expect(text()).toContain('(url: https://files.slack.com/upload/v1/[redacted], retry-after: 3)');
  });

  it('given the configured tokens then no line writes them, in its message, a field or an error', () => {
    const config = {
      DISCORD_TOKEN: 'odd-discord-token-1234',
      SLACK_BOT_TOKEN: fakeSlackToken('xoxb', 'bot'),
      DATABASE_URL: 'postgres://quotebot:pw-4321-odd@127.0.0.1:5432/quotebot',
    };
    const { logger, text } = captured(secretsOf(config));
    logger.info(`logged in as ${config.DISCORD_TOKEN}`);
    logger.warn({ detail: `sent with ${config.SLACK_BOT_TOKEN}` }, 'bolt warning');
    logger.error({ err: new Error('refused', { cause: new Error(`password pw-4321-odd`) }) }, 'store failed');
    expect(text()).not.toMatch(/odd-discord-token|fake-bot|pw-4321-odd/);
    expect(text()).toContain('logged in as [redacted]');
  });
});

describe('redactSecrets', () => {
  it.each([
    [
      'https://discord.com/api/v10/webhooks/1234567890123456789/aW50ZXJhY3Rpb246MTIzNDU2Nzg5/messages/@original',
      'https://discord.com/api/v10/webhooks/1234567890123456789/[redacted]/messages/@original',
    ],
    [
      'POST https://hooks.slack.com/commands/T0123ABCD/1234567890123/AbCdEfGhIjKlMnOpQrStUvWx failed',
      'POST https://hooks.slack.com/commands/T0123ABCD/1234567890123/[redacted] failed',
    ],
    ['wss://gateway.discord.gg/?v=10&encoding=json', 'wss://gateway.discord.gg/?[redacted]'],
    ['postgres://quotebot:s3cret@db:5432/quotebot', 'postgres://[redacted]@db:5432/quotebot'],
    [
      `${fakeSlackToken('xoxb', 'bot-abcdef')} and ${fakeSlackToken('xapp', 'app-abcdef')}`,
      '[redacted] and [redacted]',
    ],
    ['Authorization: Bot MTIzNDU2Nzg5MDEyMzQ1Njc4OTA', 'Authorization: Bot [redacted]'],
  ])('given %s then it is written %s', (text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });

  it.each([
    'https://slack.com/api/chat.postMessage',
    'connect ECONNREFUSED 127.0.0.1:9 (auth.test, 4 attempts); check SLACK_API_URL and the network',
    'at Object.<anonymous> (file:///srv/quotebot/node_modules/pino-std-serializers/lib/err.js:12:3)',
    'Slack start failed: Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth); copy the Bot User OAuth Token again',
  ])('given %s, which holds no secret, then it is written as it is', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});
