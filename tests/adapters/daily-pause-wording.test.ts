import { describe, expect, it } from 'vitest';
import { renderDaily as renderDiscord } from '../../adapters/discord/render-daily.js';
import { renderDaily as renderSlack } from '../../adapters/slack/render-daily.js';
import type { DailyReply, DailySchedule, PauseReason } from '../../src/index.js';

function pausedStatus(platform: 'discord' | 'slack', code: PauseReason['code']): DailyReply {
  const schedule: DailySchedule = {
    platform,
    channelId: 'C1',
    workspaceId: 'W1',
    time: '09:00',
    timezone: 'Europe/Berlin',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    article: null,
    enabled: true,
    pausedReason: { code, detail: 'test', since: '2026-11-27T00:00:00.000Z' },
    updatedAt: '2026-11-27T00:00:00.000Z',
    updatedBy: null,
  };
  return {
    kind: 'daily-status',
    schedule,
    next: null,
    today: null,
    ahead: null,
    last: null,
    rotation: { cycle: 1, used: 0, total: 16 },
  };
}

describe('/daily status of a paused schedule', () => {
  it.each([
    ['gone', 'the channel is gone or I can no longer see it'],
    ['unknown-article', 'its article is no longer in the library'],
    ['nothing-to-post', 'no passage is long enough to post'],
  ] as const)('given %s then both platforms say why in the same words', (code, words) => {
    expect(JSON.stringify(renderDiscord(pausedStatus('discord', code)))).toContain(`Paused: ${words}.`);
    expect(JSON.stringify(renderSlack(pausedStatus('slack', code)))).toContain(`Paused: ${words}.`);
  });

  it('given forbidden then each platform gives its own advice', () => {
    expect(JSON.stringify(renderDiscord(pausedStatus('discord', 'forbidden')))).toContain(
      'check my permissions',
    );
    expect(JSON.stringify(renderSlack(pausedStatus('slack', 'forbidden')))).toContain('/invite @quotebot');
  });
});
