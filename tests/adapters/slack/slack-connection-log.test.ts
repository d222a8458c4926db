import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startOnFake } from './harness.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const find = async (match: (line: Record<string, unknown>) => boolean, timeoutMs = 15_000) => {
    const started = Date.now();
    for (;;) {
      const line = lines.find(match);
      if (line) return line;
      if (Date.now() - started > timeoutMs) throw new Error(`no matching line in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { logger: pino({ level: 'info' }, sink), find };
}

const msg = (text: string) => (line: Record<string, unknown>) => String(line['msg']).startsWith(text);

describe('Slack: faults the clients recover from are logged at the default level (real Bolt, fake Slack)', () => {
  it('given the socket is dropped then the loss and the reconnect are logged', async () => {
    const log = capture();
    const run = await startOnFake('socket', {}, { logger: log.logger });
    try {
      run.slack.socket.drop();
      expect(await log.find(msg('slack socket lost; reconnecting'))).toMatchObject({ level: 40 });
      expect(await log.find(msg('slack socket reconnected'))).toMatchObject({ level: 30 });
    } finally {
      await run.stop();
    }
  });

  it('given chat.postMessage answers 500 and then 429 then the retry and the rate limit are warnings, and the reply is posted', async () => {
    const log = capture();
    const run = await startOnFake('socket', {}, { logger: log.logger });
    try {
      run.slack.failNext({ method: 'chat.postMessage', status: 500 });
      run.slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
      const mention = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await run.slack.socket.sendEvent(mention);
      expect(await log.find(msg('slack Web API call failed; retrying'))).toMatchObject({
        level: 40,
        attempt: 1,
      });
      expect(await log.find(msg('API Call failed due to rate limiting'))).toMatchObject({ level: 40 });
      await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === mention['ts'] && call.status === 200,
        15_000,
      );
    } finally {
      await run.stop();
    }
  });
});
