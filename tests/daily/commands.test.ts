import { describe, expect, it } from 'vitest';
import { renderDaily } from '../../adapters/discord/render-daily.js';
import { DailyCommands, type DailyRequest } from '../../src/index.js';
import { fixtureLibrary, TIDES_SLUG } from './fixture-library.js';
import { FakeClock, FakePlatform, makeService } from './fakes.js';

function setup(start = '2026-06-01T06:00:00Z') {
  const clock = new FakeClock(start);
  const discord = new FakePlatform('discord', clock, 120_000);
  const library = fixtureLibrary();
  const { service, store } = makeService({ library, clock, posters: [discord] });
  const commands = new DailyCommands({ store, service, library, clock });
  return { clock, discord, store, service, commands };
}

const here = {
  platform: 'discord',
  channelId: '111',
  workspaceId: 'g1',
  userId: 'u1',
  canManage: true,
} as const;
const set = (options: Partial<Extract<DailyRequest, { kind: 'daily-set' }>> = {}): DailyRequest => ({
  ...here,
  kind: 'daily-set',
  time: '09:00',
  timezone: 'Europe/Berlin',
  ...options,
});

describe('/daily set', () => {
  it('given time and a city for the timezone then it saves the schedule and says when it posts next', async () => {
    const { commands, store } = setup();
    const reply = await commands.handle(set({ timezone: 'berlin', days: 'mon-fri' }));
    expect(reply).toMatchObject({
      kind: 'daily-set',
      created: true,
      schedule: {
        timezone: 'Europe/Berlin',
        time: '09:00',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        enabled: true,
        article: null,
        updatedBy: 'u1',
      },
      next: {
        localDate: '2026-06-01',
        localTime: '09:00',
        at: '2026-06-01T07:00:00.000Z',
        timezone: 'Europe/Berlin',
      },
    });
    expect(await store.getSchedule(here)).toEqual(reply.kind === 'daily-set' && reply.schedule);
    expect(await commands.handle(set())).toMatchObject({ kind: 'daily-set', created: false });
  });

  it('given a user who may not manage then every changing subcommand is refused, but status is not', async () => {
    const { commands } = setup();
    const user = { ...here, canManage: false };
    expect(await commands.handle({ ...set(), canManage: false })).toEqual({
      kind: 'not-allowed',
      action: 'daily-set',
      platform: 'discord',
    });
    expect(await commands.handle({ ...user, kind: 'daily-stop' })).toMatchObject({
      kind: 'not-allowed',
      action: 'daily-stop',
    });
    expect(await commands.handle({ ...user, kind: 'daily-now' })).toMatchObject({
      kind: 'not-allowed',
      action: 'daily-now',
    });
    expect(await commands.handle({ ...user, kind: 'daily-status' })).toMatchObject({ kind: 'daily-none' });
  });

  it.each([
    [{ time: 'nine am' }, { kind: 'invalid-time', input: 'nine am' }],
    [{ timezone: 'berln' }, { kind: 'invalid-timezone', input: 'berln', suggestions: ['Europe/Berlin'] }],
    [{ days: 'someday' }, { kind: 'invalid-days', input: 'someday' }],
    [{ article: 'tidez' }, { kind: 'unknown-article', article: 'tidez' }],
  ])('given %j then it answers %j and saves nothing', async (options, expected) => {
    const { commands, store } = setup();
    expect(await commands.handle(set(options))).toMatchObject(expected);
    expect(await store.listSchedules()).toEqual([]);
  });

  it('given an article by words of its title then the schedule quotes that article', async () => {
    const { commands } = setup();
    expect(await commands.handle(set({ article: 'tides work' }))).toMatchObject({
      schedule: { article: TIDES_SLUG },
    });
  });

  it('given an article by words only its text says, or misspelt, then it is found or suggested, as summary and quote find one', async () => {
    const { commands, store } = setup();
    // "waggle" is in no title: the bees article says it.
    const bySaying = await commands.handle(set({ article: 'waggle' }));
    expect(bySaying).toMatchObject({
      kind: 'daily-set',
      schedule: { article: expect.stringContaining('bees') },
    });
    const misspelt = await commands.handle(set({ channelId: '222', article: 'tidez work' }));
    expect(misspelt).toMatchObject({ kind: 'unknown-article', suggestions: [TIDES_SLUG] });
    expect(await store.listSchedules()).toHaveLength(1);
  });

  it('given a schedule set after today’s time then the next post is tomorrow, not a catch-up now', async () => {
    const { commands } = setup('2026-06-01T08:00:00Z');
    expect(await commands.handle(set())).toMatchObject({ next: { localDate: '2026-06-02', dueNow: false } });
  });
});

describe('/daily stop, status and now', () => {
  it('given stop then the schedule stays but is disabled, and status shows no next post', async () => {
    const { commands } = setup();
    await commands.handle(set());
    expect(await commands.handle({ ...here, kind: 'daily-stop' })).toMatchObject({
      kind: 'daily-stopped',
      schedule: { enabled: false },
    });
    expect(await commands.handle({ ...here, kind: 'daily-status' })).toMatchObject({
      kind: 'daily-status',
      next: null,
      schedule: { enabled: false },
    });
  });

  it('given stop twice then the second says it was already stopped, and changes nothing', async () => {
    const { commands } = setup();
    await commands.handle(set());
    const first = await commands.handle({ ...here, kind: 'daily-stop' });
    const second = await commands.handle({ ...here, kind: 'daily-stop' });
    expect(first).not.toHaveProperty('already');
    expect(second).toMatchObject({ kind: 'daily-stopped', already: true, schedule: { enabled: false } });
  });

  it('given no schedule in the channel then stop, status and now say so', async () => {
    const { commands } = setup();
    for (const kind of ['daily-stop', 'daily-status', 'daily-now'] as const)
      expect(await commands.handle({ ...here, kind })).toEqual({
        kind: 'daily-none',
        platform: 'discord',
        channelId: '111',
      });
  });

  it('given now before the scheduled time then it posts, counts as today, and 09:00 posts nothing', async () => {
    const { commands, service, discord, clock } = setup();
    await commands.handle(set());
    const reply = await commands.handle({ ...here, kind: 'daily-now' });
    expect(reply).toMatchObject({
      kind: 'daily-posted',
      outcome: { status: 'posted', localDate: '2026-06-01' },
      article: { title: expect.any(String) },
    });
    expect(await commands.handle({ ...here, kind: 'daily-now' })).toMatchObject({
      outcome: { status: 'already-posted' },
    });
    clock.set('2026-06-01T07:00:00Z');
    expect((await service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'already-posted' });
    expect(discord.messages).toHaveLength(1);
    const status = await commands.handle({ ...here, kind: 'daily-status' });
    expect(status).toMatchObject({
      today: { status: 'sent', trigger: 'now' },
      last: { localDate: '2026-06-01' },
      next: { localDate: '2026-06-02' },
      rotation: { cycle: 0, used: 1, total: 8 },
    });
  });

  it('given a post made ahead of time for tomorrow (daily run --at tomorrow, forced) then status says so and the next post is the day after', async () => {
    const { commands, service, discord } = setup('2026-06-01T20:00:00Z');
    await commands.handle(set());
    expect((await service.runDue(new Date('2026-06-02T07:05:00Z'))).outcomes[0]).toMatchObject({
      status: 'posted',
      localDate: '2026-06-02',
    });
    expect(discord.messages).toHaveLength(1);
    const status = await commands.handle({ ...here, kind: 'daily-status' });
    expect(status).toMatchObject({
      today: null,
      ahead: { localDate: '2026-06-02', status: 'sent' },
      next: { localDate: '2026-06-03' },
    });
    const words = JSON.stringify(renderDaily(status));
    expect(words).toContain('The post of 2026-06-02 was made ahead of time: sent.');
  });

  it('given a refusal from the platform then status shows the pause and its reason; set clears it', async () => {
    const { commands, discord, clock, service } = setup('2026-06-01T07:00:00Z');
    await commands.handle(set());
    clock.advance(1000);
    discord.answer({ ok: false, kind: 'forbidden', detail: 'Missing Access (50001)' });
    await service.runDue(clock.now());
    expect(await commands.handle({ ...here, kind: 'daily-status' })).toMatchObject({
      next: null,
      today: { status: 'failed', detail: 'forbidden: Missing Access (50001)' },
      schedule: { pausedReason: { code: 'forbidden', detail: 'Missing Access (50001)' } },
    });
    expect(await commands.handle(set())).toMatchObject({
      schedule: { pausedReason: null },
      next: { localDate: '2026-06-02' },
    });
  });

  it('given now in a channel whose posts were refused then a successful post un-pauses it', async () => {
    const { commands, discord, clock, service, store } = setup('2026-06-01T07:00:00Z');
    await commands.handle(set());
    clock.advance(1000);
    discord.answer({ ok: false, kind: 'forbidden', detail: '50013' });
    await service.runDue(clock.now());
    expect(await commands.handle({ ...here, kind: 'daily-now' })).toMatchObject({
      outcome: { status: 'posted' },
    });
    expect((await store.getSchedule(here))?.pausedReason).toBeNull();
  });

  it('given autocomplete input then timezone suggestions come back, at most 25', async () => {
    const { commands } = setup();
    expect(await commands.timezoneSuggestions('berl')).toEqual(['Europe/Berlin']);
    expect(await commands.timezoneSuggestions('america')).toHaveLength(25);
  });
});
