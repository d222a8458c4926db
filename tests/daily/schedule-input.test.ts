import { describe, expect, it } from 'vitest';
import {
  channelIdFromOption,
  dailyCommand,
  dailyRequestFromCommand,
  formatDays,
  parseCommandInput,
  parseDays,
  parseLocalTime,
  loadTimezonePlaces,
  resolveTimezone,
  resolveTypedTimezone,
  slackMayManageDaily,
  suggestTimezones,
  suggestTypedTimezones,
} from '../../src/index.js';

describe('timezone input', () => {
  it.each([
    ['berlin', 'Europe/Berlin'],
    ['Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['new york', 'America/New_York'],
    ['New_York', 'America/New_York'],
    ['são paulo', 'America/Sao_Paulo'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['US/Eastern', 'America/New_York'],
    ['kyiv', 'Europe/Kyiv'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
  ])('given %j then it is %s', (input, zone) => {
    expect(resolveTimezone(input)).toEqual({ ok: true, timezone: zone });
  });

  it.each([
    ['berln', 'Europe/Berlin'],
    ['new yrok', 'America/New_York'],
    ['CET', 'Europe/Berlin'],
    ['EST', 'America/New_York'],
    ['pst', 'America/Los_Angeles'],
    ['europe/berln', 'Europe/Berlin'],
  ])(
    'given %j (a typo or an abbreviation) then it is refused with %s first among the suggestions',
    (input, zone) => {
      const result = resolveTimezone(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.suggestions[0]).toBe(zone);
    },
  );

  it('given an abbreviation then only the places it means are suggested ("est" is no part of "Budapest")', () => {
    expect(suggestTimezones('EST')).toEqual(['America/New_York', 'America/Toronto']);
  });

  it.each([[''], ['Mars/Olympus'], ['+01:00'], ['xyzzy']])('given %j then it is refused', (input) => {
    expect(resolveTimezone(input).ok).toBe(false);
  });

  it.each([
    ['mumbai', 'Asia/Kolkata'],
    ['Delhi', 'Asia/Kolkata'],
    ['india', 'Asia/Kolkata'],
    ['new york', 'America/New_York'],
    ['GMT', 'UTC'],
    ['gmt', 'UTC'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('given %j (a main city, a country of one zone, or IANA GMT) then it is %s', async (input, zone) => {
    expect(await resolveTypedTimezone(input)).toEqual({ ok: true, timezone: zone });
  });

  it('given a country of several zones then it is refused with its zones first', async () => {
    const result = await resolveTypedTimezone('united states');
    expect(result.ok).toBe(false);
    const suggestions = result.ok ? [] : result.suggestions;
    expect(suggestions).toHaveLength(5);
    expect(suggestions.every((zone) => zone.startsWith('America/') || zone.startsWith('Pacific/'))).toBe(
      true,
    );
    expect(suggestions[0]).toBe('America/New_York');
  });

  it('given a typo of a main city or a country then that zone is suggested first (not Dubai for mumbai, not the Indian Ocean for india)', async () => {
    expect((await suggestTypedTimezones('mumbia'))[0]).toBe('Asia/Kolkata');
    expect((await suggestTypedTimezones('india'))[0]).toBe('Asia/Kolkata');
    expect(suggestTimezones('mumbai', 5, await loadTimezonePlaces())[0]).toBe('Asia/Kolkata');
  });

  it('given an IANA name then the places are not needed: the same answer without them', () => {
    expect(resolveTimezone('Asia/Kolkata')).toEqual({ ok: true, timezone: 'Asia/Kolkata' });
    expect(resolveTimezone('GMT')).toEqual({ ok: true, timezone: 'UTC' });
  });

  it('given a prefix then autocomplete offers zones that start with it, at most the limit', () => {
    expect(suggestTimezones('los')).toContain('America/Los_Angeles');
    expect(suggestTimezones('europe/', 25)).toHaveLength(25);
    expect(suggestTimezones('europe/', 25).every((zone) => zone.startsWith('Europe/'))).toBe(true);
  });
});

describe('time and days input', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    [' 21.30 ', '21:30'],
    ['7h05', '07:05'],
    ['23:59', '23:59'],
    ['0930', '09:30'],
    ['9am', '09:00'],
    ['9:30 pm', '21:30'],
    ['12am', '00:00'],
    ['12 p.m.', '12:00'],
  ])('given %j then the time is %s', (input, time) => expect(parseLocalTime(input)).toBe(time));

  it.each([['24:00'], ['9'], ['09:60'], ['nine'], [''], ['13pm'], ['2400']])(
    'given %j then it is not a time',
    (input) => expect(parseLocalTime(input)).toBeUndefined(),
  );

  it.each([
    ['mon,wed,fri', 'mon,wed,fri'],
    ['Fri, Mon', 'mon,fri'],
    ['mon-fri', 'mon,tue,wed,thu,fri'],
    ['fri-mon', 'mon,fri,sat,sun'],
    ['weekdays', 'mon,tue,wed,thu,fri'],
    ['weekends', 'sat,sun'],
    ['every day', 'mon,tue,wed,thu,fri,sat,sun'],
    ['tuesday thurs', 'tue,thu'],
  ])('given days %j then they are %s', (input, days) => expect(formatDays(parseDays(input)!)).toBe(days));

  it.each([['someday'], ['t'], ['mon-xyz'], ['']])('given %j then they are not days', (input) =>
    expect(parseDays(input)).toBeUndefined(),
  );
});

describe('requests from command options', () => {
  const context = {
    platform: 'slack',
    channelId: 'C0HERE',
    workspaceId: 'T1',
    userId: 'U1',
    canManage: false,
  } as const;

  it('given /daily set options then the request carries them and the context', () => {
    expect(
      dailyRequestFromCommand('set', { time: '09:00', timezone: 'berlin', days: 'mon-fri' }, context),
    ).toEqual({
      ...context,
      kind: 'daily-set',
      time: '09:00',
      timezone: 'berlin',
      days: 'mon-fri',
      article: undefined,
      card: false,
    });
    expect(dailyRequestFromCommand('set', { time: '09:00', card: true }, context)).toMatchObject({
      card: true,
    });
  });

  it('given a value of several words unquoted before or after another option then the words up to the next option are its own', () => {
    const set = { kind: 'input', subcommand: 'set' } as const;
    expect(parseCommandInput(dailyCommand, 'set time:9am timezone:new york card:true')).toEqual({
      ...set,
      values: { time: '9am', timezone: 'new york', card: true },
    });
    expect(parseCommandInput(dailyCommand, 'set timezone:new york time:9am')).toEqual({
      ...set,
      values: { timezone: 'new york', time: '9am' },
    });
    expect(parseCommandInput(dailyCommand, 'set time:9:30 pm timezone:são paulo days:mon-fri')).toEqual({
      ...set,
      values: { time: '9:30 pm', timezone: 'são paulo', days: 'mon-fri' },
    });
    expect(parseCommandInput(dailyCommand, 'set timezone:"new york" time:9am')).toEqual({
      ...set,
      values: { timezone: 'new york', time: '9am' },
    });
  });

  it('given the time typed bare, before or after the named options, then it is the time and a city of two words the timezone', () => {
    const set = { kind: 'input', subcommand: 'set' } as const;
    expect(parseCommandInput(dailyCommand, 'set 9am timezone:new york')).toEqual({
      ...set,
      values: { time: '9am', timezone: 'new york' },
    });
    expect(parseCommandInput(dailyCommand, 'set timezone:new york 9am')).toEqual({
      ...set,
      values: { time: '9am', timezone: 'new york' },
    });
    expect(parseCommandInput(dailyCommand, 'set 9:30 pm timezone:são paulo days:mon-fri card:true')).toEqual({
      ...set,
      values: { time: '9:30 pm', timezone: 'são paulo', days: 'mon-fri', card: true },
    });
    expect(parseCommandInput(dailyCommand, 'set timezone:new york 0930 days:mon-fri')).toEqual({
      ...set,
      values: { time: '0930', timezone: 'new york', days: 'mon-fri' },
    });
  });

  it('given no time at all, then the time is what it says is missing (not the last word of the timezone)', () => {
    expect(parseCommandInput(dailyCommand, 'set timezone:new york')).toMatchObject({
      kind: 'usage-error',
      problem: 'missing-option',
      option: 'time',
    });
  });

  it('given a channel option as a mention or an id then it replaces the current channel', () => {
    expect(dailyRequestFromCommand('stop', { channel: '<#C0OTHER|general>' }, context)?.channelId).toBe(
      'C0OTHER',
    );
    expect(dailyRequestFromCommand('now', { channel: '<#123456789012345678>' }, context)?.channelId).toBe(
      '123456789012345678',
    );
    expect(dailyRequestFromCommand('status', { channel: 'C0THIRD' }, context)?.channelId).toBe('C0THIRD');
    expect(dailyRequestFromCommand('status', { channel: '#nope!' }, context)).toBeUndefined();
    expect(channelIdFromOption('<#C0X>')).toBe('C0X');
  });

  it('given an unknown subcommand then there is no request', () => {
    expect(dailyRequestFromCommand('pause', {}, context)).toBeUndefined();
  });

  it('given Slack users then admins, owners and the allow-list may manage schedules, others not', () => {
    const user = { id: 'U1', isAdmin: false, isOwner: false };
    expect(slackMayManageDaily(user, [])).toBe(false);
    expect(slackMayManageDaily(user, ['U1'])).toBe(true);
    expect(slackMayManageDaily({ ...user, isAdmin: true }, [])).toBe(true);
    expect(slackMayManageDaily({ ...user, isOwner: true }, [])).toBe(true);
  });
});
