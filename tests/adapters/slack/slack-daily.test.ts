import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackDailyPoster } from '../../../adapters/slack/daily-poster.js';
import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import { DailyCommands, DailyService, InMemoryDailyStore } from '../../../src/index.js';
import { decodePng } from '../../card/png.js';
import { startOnFake, textOf, type Running } from './harness.js';

const ADMIN = 'U0ADMIN';

describe('Slack /daily through the core DailyCommands (real Bolt, fake Slack)', () => {
  let run: Running;
  const store = new InMemoryDailyStore();
  const cards = new WorkerCardPainter();

  beforeAll(async () => {
    // Warm, as the bot's is: a first card from a cold worker may outlast the helper's 5 s wait.
    await cards.warm();
    run = await startOnFake(
      'http',
      {},
      {
        fake: { users: [{ id: ADMIN, isAdmin: true }, { id: 'U0MEMBER' }] },
        daily: (slack, library) => {
          const clock = { now: () => new Date() };
          const poster = new SlackDailyPoster({
            token: slack.botToken,
            apiUrl: slack.apiUrl,
            cards: { cards },
          });
          const service = new DailyService({
            store,
            library,
            posters: (platform) => (platform === 'slack' ? poster : undefined),
            clock,
            sleep: (ms) => sleep(ms),
            logger: pino({ level: 'silent' }),
            claimant: { id: 'test', isAlive: () => true },
          });
          return new DailyCommands({ store, service, library, clock });
        },
      },
    );
  });
  afterAll(async () => {
    await run?.stop();
    await cards.close();
  });

  /** `/daily <text>` as a user; the ack is empty, the answer comes privately through response_url. */
  async function daily(text: string, userId = ADMIN, channelId = 'C0GENERAL'): Promise<string> {
    const res = await run.slack.http.postSlashCommand(run.appUrl, {
      command: '/daily',
      text,
      userId,
      channelId,
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const post = await run.slack.waitForResponse(res.sent.response_url);
    expect(post.body.response_type).toBe('ephemeral');
    return textOf(post.body.blocks);
  }

  it('given an admin sets a schedule then it is stored for this channel and the answer links it', async () => {
    const text = await daily('set time:09:00 timezone:Europe/Berlin days:mon-fri');
    expect(text).toMatch(/^Daily quote set for <#C0GENERAL>: on /);
    expect(text).toContain('at 09:00 (`Europe/Berlin`)');
    expect(text).toMatch(/Next: <!date\^\d+\^\{date_short_pretty\} at \{time\}\|[^>]+>/);
    const saved = await store.getSchedule({ platform: 'slack', channelId: 'C0GENERAL' });
    expect(saved).toMatchObject({ time: '09:00', timezone: 'Europe/Berlin', workspaceId: run.slack.teamId });
  });

  it('given a channel option as Slack escapes it then the schedule is for that channel', async () => {
    const text = await daily('set time:07:30 timezone:UTC channel:<#C0OTHER|random>');
    expect(text).toContain('<#C0OTHER>');
    expect(await store.getSchedule({ platform: 'slack', channelId: 'C0OTHER' })).toMatchObject({
      time: '07:30',
    });
  });

  it('given a public channel the bot has not joined (conversations.history: not_in_channel) then /daily set says to invite it; in a channel it is in, no such line', async () => {
    // Slack as the bot's scopes see it: the history of a channel it is not in is refused, as its posts are.
    run.slack.onMethod('conversations.history', (args) =>
      args['channel'] === 'C0NOTJOINED'
        ? { ok: false, error: 'not_in_channel' }
        : { ok: true, messages: [], has_more: false },
    );
    const outside = await daily('set time:09:00 timezone:UTC channel:<#C0NOTJOINED|town>');
    expect(outside).toMatch(/^Daily quote set for <#C0NOTJOINED>: /);
    expect(outside).toContain(
      'I am not in <#C0NOTJOINED> yet, so I cannot post there: invite me (`/invite @quotebot`) before the first post, or the schedule pauses.',
    );
    expect(run.slack.callsTo('conversations.history').at(-1)?.args['channel']).toBe('C0NOTJOINED');
    const inside = await daily('set time:09:00 timezone:UTC channel:<#C0JOINED|town>');
    expect(inside).toMatch(/^Daily quote set for <#C0JOINED>: /);
    expect(inside).not.toContain('I am not in');
  });

  it('given a city of two words unquoted, before or after the time, then it is the timezone', async () => {
    const typed = {
      C0CITY1: 'time:9am timezone:new york card:true',
      C0CITY2: 'timezone:new york time:9am',
      C0CITY3: '9am timezone:new york',
      C0CITY4: 'timezone:new york 9am',
    };
    for (const [channelId, options] of Object.entries(typed)) {
      expect(await daily(`set ${options} channel:<#${channelId}|city>`)).toMatch(
        new RegExp(`^Daily quote set for <#${channelId}>: every day at 09:00 `),
      );
      expect(await store.getSchedule({ platform: 'slack', channelId })).toMatchObject({
        time: '09:00',
        timezone: 'America/New_York',
      });
    }
  });

  it('given a timezone with an underscore then it is shown and suggested in code spans and in the notification as typed, to paste back', async () => {
    const where = 'channel:<#C0PASTE|paste>';
    const refused = await run.slack.http.postSlashCommand(run.appUrl, {
      command: '/daily',
      text: `set time:9am timezone:EST ${where}`,
      userId: ADMIN,
      channelId: 'C0GENERAL',
    });
    const post = await run.slack.waitForResponse(refused.sent.response_url);
    expect(textOf(post.body.blocks)).toBe(
      '“EST” is not a timezone I know: use an IANA name such as Europe/Berlin or UTC, or a city such as new york. Did you mean `America/New_York`, `America/Toronto`?',
    );
    expect(post.body.text).toBe(
      '“EST” is not a timezone I know: use an IANA name such as Europe/Berlin or UTC, or a city such as new york. Did you mean America/New_York, America/Toronto?',
    );
    expect(await daily(`set time:9am timezone:America/New_York ${where}`)).toContain(
      'every day at 09:00 (`America/New_York`).',
    );
    expect(await daily(`status ${where}`)).toContain('(`America/New_York`)');
    // Others' input stays inert: no mention forms, no formatting is injected.
    expect(await daily(`set time:9am timezone:<!everyone>_*x*_ ${where}`)).toBe(
      '“&lt;!everyone&gt;ˍ∗x∗ˍ” is not a timezone I know: use an IANA name such as Europe/Berlin or UTC, or a city such as new york.',
    );
  });

  it('given a member who is no admin then changing is refused but status is answered', async () => {
    expect(await daily('stop', 'U0MEMBER')).toMatch(/^Only workspace admins and owners/);
    expect(await daily('status', 'U0MEMBER')).toMatch(/^Daily quote in <#C0GENERAL>: /);
  });

  it('given /daily now then the quote is posted in the channel and the asker is told', async () => {
    const text = await daily('now');
    expect(text).toBe('Posted today’s quote in <#C0GENERAL>.');
    const post = await run.slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['channel'] === 'C0GENERAL',
    );
    expect(textOf(post.args['blocks'])).toContain('quote of the day');
  });

  it('given /daily set card:true then /daily now shares the quote once as a card with alt text, and status says so', async () => {
    const where = 'channel:<#C0CARDS|cards>';
    expect(await daily(`set time:09:00 timezone:UTC card:true ${where}`)).toContain(
      'every day at 09:00 (`UTC`), as a card.',
    );
    expect(await daily(`now ${where}`)).toBe('Posted today’s quote in <#C0CARDS>.');
    const shared = run.slack.sharedFiles.filter((file) => file.channel === 'C0CARDS');
    expect(shared).toHaveLength(1);
    const png = decodePng(shared[0]!.bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(shared[0]!.altText).toMatch(/^Quote card: “.+” — /);
    expect(shared[0]!.initialComment).toBeUndefined();
    expect(
      run.slack.callsTo('chat.postMessage').filter((call) => call.args['channel'] === 'C0CARDS'),
    ).toEqual([]);
    expect(await daily(`status ${where}`)).toContain(', as a card.');
  }, 30_000);

  it('given a bad time, no sub-command or a bad option then the asker gets the usage', async () => {
    expect(await daily('set time:25:99 timezone:UTC')).toContain('is not a time');
    expect(await daily('')).toMatch(/^Usage: `\/daily set\|stop\|status\|now`/);
    expect(await daily('set timezone:UTC')).toMatch(/^Missing time\. Usage: `\/daily set time:09:00/);
  });
});
