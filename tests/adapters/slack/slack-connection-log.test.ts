import { describe, expect, it } from 'vitest';
import { capturedLogger, logMessage } from '../../helpers/log-capture.js';
import { startOnFake } from './harness.js';

describe('Slack: faults the clients recover from are logged at the default level (real Bolt, fake Slack)', () => {
  it('given the socket is dropped then the loss and the reconnect are logged', async () => {
    const log = capturedLogger();
    const run = await startOnFake('socket', {}, { logger: log.logger });
    try {
      run.slack.socket.drop();
      expect(await log.find(logMessage('slack socket lost; reconnecting'))).toMatchObject({ level: 40 });
      expect(await log.find(logMessage('slack socket reconnected'))).toMatchObject({ level: 30 });
    } finally {
      await run.stop();
    }
  });

  it('given chat.postMessage answers 500 and then 429 then the retry and the rate limit are warnings, and the reply is posted', async () => {
    const log = capturedLogger();
    const run = await startOnFake('socket', {}, { logger: log.logger });
    try {
      run.slack.failNext({ method: 'chat.postMessage', status: 500 });
      run.slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
      const mention = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await run.slack.socket.sendEvent(mention);
      expect(await log.find(logMessage('slack Web API call failed; retrying'))).toMatchObject({
        level: 40,
        attempt: 1,
      });
      expect(await log.find(logMessage('API Call failed due to rate limiting'))).toMatchObject({ level: 40 });
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
