import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDailyStore } from '../../runtime/daily/postgres-store.js';
import { SqliteDailyStore } from '../../runtime/daily/sqlite-store.js';
import { openPostgres } from '../../runtime/store/postgres.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import type {
  DailyPostRequest,
  DailyPostResult,
  DailyPoster,
  DeliveryCheck,
  DailyStore,
} from '../../src/index.js';
import { InMemoryDailyStore } from '../../src/index.js';
import { fixtureLibrary } from './fixture-library.js';
import { FakeClock, fakeClaimant, makeService, schedule, settle } from './fakes.js';

const library = fixtureLibrary();
/** 09:00 in Berlin on a Monday: when the default schedule is due. */
const DUE = '2026-06-01T07:00:00Z';
const HOUR = 3_600_000;

interface Landed {
  readonly id: string;
  readonly nonce: string;
  readonly passageId: string;
  readonly at: number;
}

/**
 * A Slack-like platform (no nonces) whose sends take `landAfterMs` of the clock to arrive, and keep
 * going when their sender dies: a message is in the history only once it has landed. `crashNext`
 * makes the next send's sender die (its promise never settles); `lookupFails` makes history unreadable.
 */
class InFlightPlatform implements DailyPoster {
  readonly platform = 'slack' as const;
  readonly nonceWindowMs = 0;
  readonly sent: Landed[] = [];
  crashNext: 'after-send' | 'before-send' | undefined;
  /** Crashes for the sends to these channels, whenever they come. */
  readonly crashIn = new Map<string, 'after-send' | 'before-send'>();
  lookupFails = false;
  lookups = 0;

  constructor(
    private readonly clock: FakeClock,
    readonly maxInFlightMs: number,
    private readonly landAfterMs = 3_000,
  ) {}

  landed(): Landed[] {
    return this.sent.filter((message) => message.at <= this.clock.now().getTime());
  }

  async post(request: DailyPostRequest): Promise<DailyPostResult> {
    const crash = this.crashIn.get(request.schedule.channelId) ?? this.crashNext;
    this.crashNext = undefined;
    this.crashIn.delete(request.schedule.channelId);
    if (crash === 'before-send') return new Promise<never>(() => {});
    const message = {
      id: `m${this.sent.length + 1}`,
      nonce: request.nonce,
      passageId: request.passage.id,
      at: this.clock.now().getTime() + this.landAfterMs,
    };
    this.sent.push(message);
    if (crash === 'after-send') return new Promise<never>(() => {});
    await this.clock.sleep(this.landAfterMs);
    return { ok: true, messageId: message.id };
  }

  async findDelivered(request: DailyPostRequest): Promise<DeliveryCheck> {
    this.lookups += 1;
    if (this.lookupFails) return { found: 'unknown' };
    const found = this.landed().find((message) => message.nonce === request.nonce);
    return found ? { found: true, messageId: found.id } : { found: false };
  }
}

/** Process 1 claims the post and dies during its send; returns the store and a way to start others. */
async function crashDuringSend(
  crash: 'after-send' | 'before-send',
  options: { maxBlindResends?: number } = {},
  store: DailyStore = new InMemoryDailyStore(),
) {
  const clock = new FakeClock(DUE);
  const poster = new InFlightPlatform(clock, 15_000);
  const sched = schedule({ platform: 'slack', channelId: 'C1' });
  const first = makeService({
    library,
    clock,
    posters: [poster],
    claimant: fakeClaimant('p1'),
    options,
    store,
  });
  await first.store.saveSchedule(sched);
  poster.crashNext = crash;
  void first.service.runDue(clock.now());
  await settle();
  let processes = 1;
  const restart = () =>
    makeService({
      library,
      clock,
      posters: [poster],
      store: first.store,
      claimant: fakeClaimant(`p${++processes}`),
      options,
    });
  const post = (store: DailyStore, localDate = '2026-06-01') =>
    store.getPost({ platform: 'slack', channelId: 'C1', localDate });
  return { clock, poster, store: first.store, restart, post };
}

describe('a send cut off by a crash while it is still in flight', () => {
  it('given the takeover comes before the send has landed then it waits until the send can no longer arrive, finds it and does not resend', async () => {
    const { clock, poster, restart } = await crashDuringSend('after-send');
    clock.advance(1_000);
    const second = restart();
    const [outcome] = (await second.service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true, messageId: 'm1' });
    expect(poster.sent).toHaveLength(1);
    // The send began at 07:00:00 and may arrive until 07:00:15; the takeover came at 07:00:01.
    expect(clock.sleeps).toEqual([14_000]);
    expect(second.logger.lines.map((line) => line.message)).toContain(
      'daily post: waiting until an earlier send can no longer arrive before looking for it',
    );
  });

  it('given the takeover comes after the send could have arrived then it looks at once', async () => {
    const { clock, poster, restart } = await crashDuringSend('after-send');
    clock.advance(20_000);
    const [outcome] = (await restart().service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', messageId: 'm1' });
    expect(clock.sleeps).toEqual([]);
    expect(poster.sent).toHaveLength(1);
  });

  it('given the sender died before its request left then the takeover waits, finds nothing and sends once', async () => {
    const { clock, poster, restart } = await crashDuringSend('before-send');
    clock.advance(1_000);
    const [outcome] = (await restart().service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true, messageId: 'm1' });
    expect(poster.landed()).toHaveLength(1);
  });
});

const skipPostgres = postgresMissing('settling daily posts on PostgreSQL');
let postgres: TestPostgres | undefined;
const closers: (() => unknown)[] = [];
beforeAll(async () => {
  if (!skipPostgres) postgres = await startTestPostgres();
}, 120_000);
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
afterAll(() => postgres?.stop());

const stores: [string, () => Promise<DailyStore>][] = [
  ['in memory', async () => new InMemoryDailyStore()],
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'quotebot-settle-'));
      const store = SqliteDailyStore.open(dir);
      closers.push(
        () => store.close(),
        () => rmSync(dir, { recursive: true, force: true }),
      );
      return store;
    },
  ],
];
if (!skipPostgres)
  stores.push([
    'PostgreSQL',
    async () => {
      const pool = openPostgres(await postgres!.newDatabase());
      closers.push(() => pool.end());
      return PostgresDailyStore.on(pool);
    },
  ]);

describe.each(stores)('posts left sending after their catch-up window (%s)', (_, open) => {
  it('given one that had arrived and one that never did then a later run keeps the first and releases the second, and logs both', async () => {
    const store = await open();
    const clock = new FakeClock(DUE);
    const poster = new InFlightPlatform(clock, 15_000);
    for (const channelId of ['C1', 'C2'])
      await store.saveSchedule(schedule({ platform: 'slack', channelId }));
    // C1's sender dies after its request left (it lands), C2's before (it never does).
    poster.crashIn.set('C1', 'after-send').set('C2', 'before-send');
    const first = makeService({ library, clock, posters: [poster], store, claimant: fakeClaimant('p1') });
    void first.service.runDue(clock.now());
    const post = (channelId: string) =>
      store.getPost({ platform: 'slack', channelId, localDate: '2026-06-01' });
    for (let waited = 0; waited < 100; waited++) {
      const posts = await Promise.all([post('C1'), post('C2')]);
      if (posts.every((record) => record?.attempts === 1)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(poster.sent).toHaveLength(1);
    clock.set('2026-06-01T21:00:00Z');
    const later = makeService({ library, clock, posters: [poster], store, claimant: fakeClaimant('p3') });
    const report = await later.service.runDue(clock.now());
    expect(report.outcomes.map((outcome) => [outcome.channelId, outcome.status])).toEqual([
      ['C1', 'posted'],
      ['C2', 'released'],
    ]);
    expect(await post('C1')).toMatchObject({ status: 'sent', messageId: 'm1', owner: 'p3' });
    expect(await post('C2')).toMatchObject({ status: 'failed', detail: expect.stringContaining('released') });
    expect(poster.sent).toHaveLength(1);
    const logged = later.logger.lines.map((line) => `${line.level} ${line.message}`);
    expect(logged).toContain('info daily post settled: it had arrived, kept');
    expect(logged).toContain('warn daily post settled: it never arrived and its window is over, released');
    expect((await later.service.runDue(clock.now())).outcomes).toEqual([]);
  });
});

describe('posts left unsettled after their catch-up window', () => {
  it('given a post left sending that had arrived then a run after the window keeps it as sent and logs it', async () => {
    const { clock, poster, restart, post } = await crashDuringSend('after-send');
    clock.advance(7 * HOUR);
    const later = restart();
    const report = await later.service.runDue(clock.now());
    expect(report.outcomes).toEqual([
      expect.objectContaining({ status: 'posted', resumed: true, messageId: 'm1', localDate: '2026-06-01' }),
    ]);
    expect(await post(later.store)).toMatchObject({ status: 'sent', messageId: 'm1', leaseUntil: null });
    expect(poster.sent).toHaveLength(1);
    expect(later.logger.lines.map((line) => line.message)).toContain(
      'daily post settled: it had arrived, kept',
    );
    // Settled: later runs leave it alone.
    clock.advance(HOUR);
    expect((await later.service.runDue(clock.now())).outcomes).toEqual([]);
  });

  it('given a post left sending that never arrived then it is released (logged) and its passage goes back to the rotation', async () => {
    const { clock, poster, restart, post } = await crashDuringSend('before-send');
    const claimed = await post(restart().store);
    clock.advance(7 * HOUR);
    const later = restart();
    const [outcome] = (await later.service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'released', resumed: true, messageId: null });
    expect(await post(later.store)).toMatchObject({ status: 'failed', leaseUntil: null });
    expect(poster.sent).toHaveLength(0);
    expect(
      later.logger.lines.some(
        (line) => line.level === 'warn' && line.message.includes('never arrived and its window is over'),
      ),
    ).toBe(true);
    // The next day posts the passage that was never posted.
    clock.set('2026-06-02T07:00:00Z');
    const [next] = (await later.service.runDue(clock.now())).outcomes;
    expect(next).toMatchObject({ status: 'posted', localDate: '2026-06-02' });
    expect(next?.passage?.id).toBe(claimed?.passageId);
  });

  it('given the history cannot be read then it stays uncertain, and a later run that can read it settles it', async () => {
    const { clock, poster, restart, post } = await crashDuringSend('after-send');
    poster.lookupFails = true;
    clock.advance(7 * HOUR);
    const later = restart();
    expect((await later.service.runDue(clock.now())).outcomes).toEqual([
      expect.objectContaining({ status: 'uncertain', resumed: true }),
    ]);
    expect(await post(later.store)).toMatchObject({ status: 'uncertain' });
    poster.lookupFails = false;
    clock.advance(60_000);
    expect((await later.service.runDue(clock.now())).outcomes).toEqual([
      expect.objectContaining({ status: 'posted', messageId: 'm1' }),
    ]);
    expect(await post(later.store)).toMatchObject({ status: 'sent', messageId: 'm1' });
    expect(poster.sent).toHaveLength(1);
  });

  it('given a post older than settleDays then it is left alone', async () => {
    const { clock, poster, restart } = await crashDuringSend('after-send');
    clock.set('2026-06-10T03:00:00Z');
    expect((await restart().service.runDue(clock.now())).outcomes).toEqual([]);
    expect(poster.lookups).toBe(0);
  });

  it('given the owner of a leftover still alive inside its lease then it is left to that owner', async () => {
    const clock = new FakeClock('2026-06-01T12:59:30Z');
    const poster = new InFlightPlatform(clock, 15_000);
    const store = makeService({ library, clock, posters: [poster] }).store;
    await store.saveSchedule(schedule({ platform: 'slack', channelId: 'C1' }));
    const owner = makeService({ library, clock, posters: [poster], store, claimant: fakeClaimant('p1') });
    poster.crashNext = 'before-send';
    void owner.service.runDue(clock.now());
    await settle();
    clock.advance(60_000);
    const other = makeService({
      library,
      clock,
      posters: [poster],
      store,
      claimant: fakeClaimant('p2', new Set(['p1'])),
    });
    expect((await other.service.runDue(clock.now())).outcomes).toEqual([]);
    expect(poster.lookups).toBe(0);
  });
});

describe('a post left uncertain inside its window (history unreadable at the time)', () => {
  it('given the history is readable again and the post had arrived then the next run keeps it and exits fine', async () => {
    const { clock, poster, restart, post } = await crashDuringSend('after-send', { maxBlindResends: 0 });
    poster.lookupFails = true;
    clock.advance(30_000);
    const second = restart();
    expect((await second.service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'uncertain' });
    poster.lookupFails = false;
    clock.advance(60_000);
    const [outcome] = (await second.service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true, messageId: 'm1' });
    expect(await post(second.store)).toMatchObject({ status: 'sent' });
    expect(poster.sent).toHaveLength(1);
  });

  it('given the history is readable again and the post never arrived then the next run sends it once', async () => {
    const { clock, poster, restart, post } = await crashDuringSend('before-send', { maxBlindResends: 0 });
    poster.lookupFails = true;
    clock.advance(30_000);
    const second = restart();
    expect((await second.service.runDue(clock.now())).outcomes[0]).toMatchObject({ status: 'uncertain' });
    expect(poster.sent).toHaveLength(0);
    poster.lookupFails = false;
    clock.advance(60_000);
    const [outcome] = (await second.service.runDue(clock.now())).outcomes;
    expect(outcome).toMatchObject({ status: 'posted', resumed: true });
    expect(poster.sent).toHaveLength(1);
    expect(await post(second.store)).toMatchObject({ status: 'sent' });
  });
});
