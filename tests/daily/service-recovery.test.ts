import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryDailyStore, type DailyStore } from '../../src/index.js';
import { SqliteDailyStore } from '../../runtime/daily/sqlite-store.js';
import { fixtureLibrary } from './fixture-library.js';
import { FakeClock, FakePlatform, fakeClaimant, makeService, schedule, settle } from './fakes.js';

const library = fixtureLibrary();
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function sqliteFile(): () => SqliteDailyStore {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-daily-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  return () => {
    const store = SqliteDailyStore.open(dir);
    closers.unshift(() => store.close());
    return store;
  };
}

const stores: [string, () => () => DailyStore][] = [
  [
    'in memory',
    () => {
      const shared = new InMemoryDailyStore();
      return () => shared;
    },
  ],
  ['SQLite, one connection per process', sqliteFile],
];

describe.each(stores)('restart mid-send (%s)', (_, makeFile) => {
  /** Process 1 claims and sends, then "dies" inside the send; process 2 starts on the same store. */
  async function crashThenRestart(
    platform: 'discord' | 'slack',
    script: 'deliver-then-crash' | 'hang',
    lookup = false,
  ) {
    const open = makeFile();
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const poster = new FakePlatform(platform, clock, platform === 'discord' ? 120_000 : 0, lookup);
    const sched = schedule({ platform, channelId: 'c1' });
    const first = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('p1'),
    });
    await first.store.saveSchedule(sched);
    if (script === 'hang') poster.hang = true;
    else poster.answer(script);
    void first.service.runDue(clock.now());
    await settle();
    expect(poster.requests).toHaveLength(1);
    poster.hang = false;
    clock.advance(20_000);
    const second = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('p2'),
    });
    const report = await second.service.runDue(clock.now());
    return { poster, report, store: second.store, sched, clock, open };
  }

  it('given Discord and a crash after the message arrived then the resend reuses the nonce: one message', async () => {
    const { poster, report, store, sched } = await crashThenRestart('discord', 'deliver-then-crash');
    expect(report.outcomes[0]).toMatchObject({ status: 'posted', resumed: true, messageId: 'm1' });
    expect(poster.messages).toHaveLength(1);
    expect(poster.requests.map((r) => r.nonce)).toEqual([
      poster.requests[0]!.nonce,
      poster.requests[0]!.nonce,
    ]);
    expect(poster.requests.map((r) => r.passage.id)).toEqual([
      poster.requests[0]!.passage.id,
      poster.requests[0]!.passage.id,
    ]);
    expect(await store.getPost({ ...sched, localDate: '2026-06-01' })).toMatchObject({
      status: 'sent',
      owner: 'p2',
      attempts: 2,
    });
  });

  it('given a crash before the message arrived then the restart posts it once', async () => {
    const { poster, report } = await crashThenRestart('slack', 'hang');
    expect(report.outcomes[0]).toMatchObject({ status: 'posted', resumed: true });
    expect(poster.messages).toHaveLength(1);
  });

  it('given Slack with a delivery lookup and a crash after the message arrived then it is found: one message', async () => {
    const { poster, report } = await crashThenRestart('slack', 'deliver-then-crash', true);
    expect(report.outcomes[0]).toMatchObject({ status: 'posted', messageId: 'm1' });
    expect(poster.messages).toHaveLength(1);
  });

  it('given Slack without lookup crashing after delivery twice then there is at most one duplicate', async () => {
    const open = makeFile();
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const poster = new FakePlatform('slack', clock);
    const processes = ['p1', 'p2', 'p3'].map((id) =>
      makeService({ library, clock, posters: [poster], store: open(), claimant: fakeClaimant(id) }),
    );
    await processes[0]!.store.saveSchedule(schedule({ platform: 'slack', channelId: 'C1' }));
    poster.answer('deliver-then-crash', 'deliver-then-crash');
    for (const crashing of processes.slice(0, 2)) {
      void crashing.service.runDue(clock.now());
      await settle();
    }
    expect(poster.messages).toHaveLength(2);
    expect((await processes[2]!.service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'uncertain',
    });
    expect(poster.messages).toHaveLength(2);
  });

  it('given the first process still alive and holding its lease then the second leaves the post alone', async () => {
    const open = makeFile();
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const poster = new FakePlatform('discord', clock, 120_000);
    const first = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('p1'),
    });
    await first.store.saveSchedule(schedule());
    poster.hang = true;
    void first.service.runDue(clock.now());
    await settle();
    poster.hang = false;
    const second = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('p2', new Set(['p1'])),
    });
    clock.advance(60_000);
    expect((await second.service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'busy' });
    expect(poster.requests).toHaveLength(1);
    clock.advance(120_000);
    expect((await second.service.runDue(clock.now())).outcomes[0]).toMatchObject({
      status: 'posted',
      resumed: true,
    });
    expect(poster.messages).toHaveLength(1);
  });
});

describe('two processes sharing one SQLite database', () => {
  it('given both running the same minute concurrently then exactly one posts', async () => {
    const open = sqliteFile();
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const poster = new FakePlatform('discord', clock, 120_000);
    const a = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('pa', new Set(['pb'])),
    });
    const b = makeService({
      library,
      clock,
      posters: [poster],
      store: open(),
      claimant: fakeClaimant('pb', new Set(['pa'])),
    });
    for (let i = 0; i < 5; i++) await a.store.saveSchedule(schedule({ channelId: `c${i}` }));
    for (let minute = 0; minute < 10; minute++) {
      const reports = await Promise.all([a.service.runDue(clock.now()), b.service.runDue(clock.now())]);
      if (minute === 0) {
        // Both saw every post due and raced for its claim: one posted, the other found it taken.
        const statuses = reports.flatMap((report) => report.outcomes.map((outcome) => outcome.status));
        expect(statuses.filter((status) => status === 'posted')).toHaveLength(5);
        expect(statuses.filter((status) => status === 'busy' || status === 'already-posted')).toHaveLength(5);
      }
      clock.advance(60_000);
    }
    expect(poster.messages).toHaveLength(5);
    expect([...poster.countsPerDay().values()]).toEqual([1, 1, 1, 1, 1]);
  });
});
