import { describe, expect, it } from 'vitest';
import { createLogger } from '../../runtime/logger.js';

describe('the process logger', () => {
  it('given an error logged as a platform client threw it then its url, request body and any token are censored', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const error = Object.assign(new Error('Invalid Webhook Token'), {
      url: 'https://discord.com/api/v10/webhooks/1/SECRET-INTERACTION-TOKEN/messages/@original',
      requestBody: { files: [{ data: [137, 80, 78, 71] }], json: { content: 'a quote' } },
      status: 401,
    });
    logger.error({ err: error, token: 'SECRET-BOT-TOKEN' }, 'discord reply failed');
    logger.warn({ error }, 'the same error under another key');
    expect(lines).toHaveLength(2);
    const text = lines.join('');
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('a quote');
    expect(text).toContain('Invalid Webhook Token');
    expect(JSON.parse(lines[0]!).err.status).toBe(401);
  });
});
