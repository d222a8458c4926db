import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOnFake, textOf, type Running } from './harness.js';

describe('Slack /articles reload (real Bolt, fake Slack)', () => {
  let run: Running;

  beforeAll(async () => {
    run = await startOnFake(
      'socket',
      { SLACK_DAILY_ADMINS: 'U0LISTED' },
      {
        fake: {
          users: [{ id: 'U0ADMIN', isAdmin: true }, { id: 'U0OWNER', isOwner: true }, { id: 'U0MEMBER' }],
        },
      },
    );
  });
  afterAll(async () => {
    await run?.stop();
  });

  async function reloadAs(userId: string): Promise<string> {
    const ack = await run.slack.socket.sendSlashCommand({ command: '/articles', text: 'reload', userId });
    expect(ack.payload).toBeUndefined();
    expect(ack.late).toBe(false);
    const post = await run.slack.waitForResponse(ack.sent.response_url);
    expect(post.body.response_type).toBe('ephemeral');
    return textOf(post.body.blocks);
  }

  it('given a member who is no admin then nothing is reloaded and they are told who may', async () => {
    expect(await reloadAs('U0MEMBER')).toMatch(/^Only workspace admins and owners/);
    expect(run.reloads).toHaveLength(0);
    expect(run.slack.callsTo('users.info').map((call) => call.args['user'])).toEqual(['U0MEMBER']);
  });

  it('given an admin, an owner or a user in SLACK_DAILY_ADMINS then the content is reloaded', async () => {
    for (const user of ['U0ADMIN', 'U0OWNER', 'U0LISTED']) {
      expect(await reloadAs(user)).toBe('Reloaded: 2 articles.');
    }
    expect(run.reloads).toHaveLength(3);
  });

  it('given users.info fails then the user is treated as no manager', async () => {
    run.slack.failNext({ method: 'users.info', error: 'user_not_found' });
    expect(await reloadAs('U0ADMIN')).toMatch(/^Only workspace admins/);
    expect(run.reloads).toHaveLength(3);
  });
});
