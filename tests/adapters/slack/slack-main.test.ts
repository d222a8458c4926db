import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { temporaryFolder } from '../../helpers/temporary.js';
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

  it('given a content file that cannot be read then the JSON log has a warn line with its file and reason, and no plain line', async () => {
    slack = await startFakeSlack();
    const content = temporaryFolder('quotebot-skipped-');
    const seed = 'donald-trumps-own-version-of-muddling-through-on-north-korea.md';
    copyFileSync(join(import.meta.dirname, '../../../content', seed), join(content, seed));
    writeFileSync(join(content, 'broken.md'), '---\ntitle: Broken\npublication Village News\n---\n\nText.\n');
    const port = await freePort();
    const app = await startMain({
      ...envFor(slack, 'http'),
      PORT: String(port),
      CONTENT_DIR: content,
      DATA_DIR: temporaryFolder('quotebot-data-'),
    });
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    const entries = app.log.map((line) => JSON.parse(line) as Record<string, unknown>);
    const skipped = entries.filter((entry) => entry['file'] === 'broken.md');
    expect(skipped).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'content file skipped',
        reason: expect.stringMatching(
          /^line 3: `publication Village News` has no colon after the field name/,
        ) as unknown,
      }),
    ]);
  });

  it('given a subfolder in the content folder then the JSON log notes it once, at info and not as a skipped file, also after the folder is read again', async () => {
    slack = await startFakeSlack();
    const root = temporaryFolder('quotebot-subfolder-');
    const content = join(root, 'content');
    const seed = 'donald-trumps-own-version-of-muddling-through-on-north-korea.md';
    const fill = (): void => {
      mkdirSync(join(content, 'old'), { recursive: true });
      copyFileSync(join(import.meta.dirname, '../../../content', seed), join(content, seed));
    };
    fill();
    const app = await startMain({
      ...envFor(slack, 'http'),
      PORT: String(await freePort()),
      CONTENT_DIR: content,
      DATA_DIR: join(root, 'data'),
    });
    // A folder put in place of the watched one (a deploy that swaps it) is read whole again; the broken
    // file in it says when that reload has happened.
    renameSync(content, join(root, 'content-before'));
    fill();
    writeFileSync(join(content, 'broken.md'), 'no front matter\n');
    for (
      let waited = 0;
      !app.log.some((line) => line.includes('broken.md')) && waited < 15_000;
      waited += 100
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    const entries = app.log.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.filter((entry) => entry['file'] === 'broken.md')).toEqual([
      expect.objectContaining({ level: 40, msg: 'content file skipped' }),
    ]);
    expect(entries.filter((entry) => entry['file'] === 'old')).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'content folder note',
        note: expect.stringMatching(/^a folder, not read: articles are the \.md files in /) as unknown,
      }),
    ]);
  }, 30_000);

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
