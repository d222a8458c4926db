import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { envFor, textOf } from './harness.js';
import { freePort, startMain } from './main-process.js';

describe('npm start with Slack configured (built dist/runtime/main.js, fake Slack)', () => {
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await slack?.stop();
  });

  it('given HTTP-mode variables then it serves /quote on PORT and exits 0 on SIGTERM', async () => {
    slack = await startFakeSlack();
    const port = await freePort();
    const app = await startMain({ ...envFor(slack, 'http'), PORT: String(port) });
    const res = await slack.http.postSlashCommand(`http://127.0.0.1:${port}/slack/events`, {
      command: '/quote',
      text: 'election',
    });
    expect(res.status).toBe(200);
    expect(textOf((res.json as { blocks: unknown }).blocks)).toContain('*election*');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.log.join('\n')).not.toContain(slack.signingSecret);
  });

  it('given Socket Mode variables then it connects to the fake, answers a mention, and exits 0 on SIGINT', async () => {
    slack = await startFakeSlack();
    const app = await startMain(envFor(slack, 'socket'));
    const mention = slack.build.appMention({ text: `<@${slack.botUserId}> quote election` });
    await slack.socket.sendEvent(mention);
    const post = await slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['thread_ts'] === mention['ts'],
    );
    expect(textOf(post.args['blocks'])).toContain('*election*');
    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(slack.socket.connected()).toBe(false);
    expect(app.log.join('\n')).not.toMatch(/xoxb-|xapp-/);
  });
});
