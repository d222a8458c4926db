import { describe, expect, it } from 'vitest';
import { StoreOutage } from '../../adapters/shared/store-outage.js';
import { startDailyScheduler } from '../../runtime/daily/scheduler.js';
import { createLogger } from '../../runtime/logger.js';
import { fixtureLibrary } from './fixture-library.js';
import { FakeClock, FakePlatform, makeService, schedule } from './fakes.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `done()` holds or `ms` have passed: on a loaded machine a one-second tick may come late, and
 * the test is about what the ticks do, not when.
 */
async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await wait(50);
}

describe('the daily scheduler (croner)', () => {
  it('given a start then it runs at once, again on each tick, posts once, and stops cleanly', async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const discord = new FakePlatform('discord', clock, 120_000);
    const { service, store, logger } = makeService({ library: fixtureLibrary(), clock, posters: [discord] });
    await store.saveSchedule(schedule());
    const runs: string[] = [];
    const runDue = service.runDue.bind(service);
    service.runDue = (at, mode) => {
      runs.push(at.toISOString());
      return runDue(at, mode);
    };
    const scheduler = startDailyScheduler({ service, clock, logger, pattern: '* * * * * *' });
    expect(runs).toHaveLength(1);
    await until(() => runs.length >= 3, 5_000);
    await scheduler.stop();
    const afterStop = runs.length;
    expect(afterStop).toBeGreaterThanOrEqual(3);
    await wait(1200);
    expect(runs).toHaveLength(afterStop);
    expect(discord.messages).toHaveLength(1);
    expect(logger.lines.some((line) => line.message === 'daily run')).toBe(true);
  });

  it('given ticks while a run is in progress then one more run follows it at once, not one per tick', async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const { service, logger } = makeService({ library: fixtureLibrary(), clock, posters: [] });
    const runDue = service.runDue.bind(service);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    service.runDue = async (at, mode) => {
      calls += 1;
      if (calls === 1) await held;
      return runDue(at, mode);
    };
    // Ticks once a year: the two ticks below are `runNow`, what every tick does.
    const scheduler = startDailyScheduler({ service, clock, logger, pattern: '0 0 1 1 *' });
    void scheduler.runNow();
    void scheduler.runNow();
    expect(calls).toBe(1);
    release();
    await until(() => calls >= 2, 2_000);
    await wait(100);
    expect(calls).toBe(2);
    await scheduler.stop();
  });

  it('given a run that throws then the error is logged and the next tick runs again', async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const { service, logger } = makeService({ library: fixtureLibrary(), clock, posters: [] });
    let calls = 0;
    service.runDue = async () => {
      calls += 1;
      throw new Error('database is locked');
    };
    const scheduler = startDailyScheduler({ service, clock, logger, pattern: '* * * * * *' });
    await until(() => calls >= 2, 5_000);
    await scheduler.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(logger.lines.filter((line) => line.level === 'error')[0]).toMatchObject({
      message: 'daily run failed',
      fields: { error: 'database is locked' },
    });
  });

  it('given runs that fail through a store outage then the outage is logged once, and once when a run works again', async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const { service, logger } = makeService({ library: fixtureLibrary(), clock, posters: [] });
    const runDue = service.runDue.bind(service);
    let calls = 0;
    service.runDue = async (at, mode) => {
      calls += 1;
      if (calls <= 3) throw new Error('connect ECONNREFUSED 127.0.0.1:54338');
      return runDue(at, mode);
    };
    const written: { level: number; msg: string }[] = [];
    const outage = new StoreOutage(
      createLogger('info', { write: (line: string) => void written.push(JSON.parse(line)) }),
    );
    // Ticks once a year: the runs below are `runNow`, what every tick does.
    const scheduler = startDailyScheduler({ service, clock, logger, outage, pattern: '0 0 1 1 *' });
    for (let run = 0; run < 4; run += 1) await scheduler.runNow();
    await scheduler.stop();
    expect(calls).toBe(5);
    expect(logger.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(written.map((line) => [line.level, line.msg.split(':')[0]])).toEqual([
      [40, 'the store cannot be reached'],
      [30, 'the store answers again'],
    ]);
  });

  it('given a run where every due post was already made then it logs at debug; given one that posts then at info', async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const discord = new FakePlatform('discord', clock, 120_000);
    const { service, store, logger } = makeService({ library: fixtureLibrary(), clock, posters: [discord] });
    await store.saveSchedule(schedule());
    const scheduler = startDailyScheduler({ service, clock, logger, pattern: '0 0 1 1 *' });
    await scheduler.runNow();
    clock.advance(60_000);
    await scheduler.runNow();
    clock.advance(60_000);
    await scheduler.runNow();
    await scheduler.stop();
    expect(discord.messages).toHaveLength(1);
    // The run at start, the runs asked for, and one more for a `runNow` that came during the first.
    const runs = logger.lines.filter((line) => line.message === 'daily run');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs[0]).toMatchObject({ level: 'info', fields: { due: 1, posted: 1 } });
    for (const run of runs.slice(1))
      expect(run).toMatchObject({ level: 'debug', fields: { due: 1, posted: 0 } });
  });
});

describe('a run with nothing due', () => {
  it('given a schedule whose time has not come then the run is logged at debug with what it checked, so a debug log shows every tick', async () => {
    const clock = new FakeClock('2026-06-01T06:00:00Z');
    const discord = new FakePlatform('discord', clock, 120_000);
    const { service, store, logger } = makeService({ library: fixtureLibrary(), clock, posters: [discord] });
    await store.saveSchedule(schedule());
    const scheduler = startDailyScheduler({ service, clock, logger, pattern: '0 0 1 1 *' });
    await scheduler.runNow();
    await scheduler.stop();
    expect(discord.messages).toHaveLength(0);
    const runs = logger.lines.filter((line) => line.message === 'daily run');
    expect(runs[0]).toMatchObject({ level: 'debug', fields: { due: 0, posted: 0, checked: 1 } });
  });
});
