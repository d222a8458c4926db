import type { Article, Attribution, Passage } from '../content/article.js';
import { passageCredit } from '../content/passage-speaker.js';
import type { Library } from '../library.js';
import { PostDelivery, type DeliveryPorts } from './delivery.js';
import { dueSlot, localDateOf, type DailySlot } from './due.js';
import { dailyPool } from './eligible.js';
import { dailyNonce } from './nonce.js';
import { DEFAULT_DAILY_OPTIONS, type DailyOptions } from './options.js';
import type { DailyOutcome, DailyRunReport } from './outcome.js';
import type { DailyPoster, DailyPosters } from './ports.js';
import { mapLimited } from './map-limited.js';
import { nextPassage } from './rotation.js';
import { channelKey, type ChannelRef, type DailySchedule, type PauseReason } from './schedule.js';
import { USED_STATUSES, type PostRecord, type PostTrigger } from './store.js';

/** Everything `DailyService` needs from outside the core. */
export interface DailyServicePorts extends DeliveryPorts {
  readonly library: Library;
  readonly posters: DailyPosters;
  /**
   * Which schedules this process posts by itself (all when absent). Exists for Discord shards split
   * between processes: each posts only for the guilds on its own shards. The store's claims still make
   * each post exactly once; this keeps a post with the process that serves its guild.
   */
  readonly owns?: (schedule: DailySchedule) => boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Decides and makes daily posts: which channels are due at an instant, which passage each gets, and the
 * claim → send → confirm protocol that makes each (channel, local date) post at most once, across
 * restarts and processes sharing a store.
 */
export class DailyService {
  readonly options: DailyOptions;
  private readonly delivery: PostDelivery;

  constructor(
    private readonly ports: DailyServicePorts,
    options: Partial<DailyOptions> = {},
  ) {
    this.options = { ...DEFAULT_DAILY_OPTIONS, ...options };
    this.delivery = new PostDelivery(ports, this.options);
  }

  /**
   * Posts whatever is due at `at` (a scheduled time that has come, on the same local day, inside the
   * catch-up window, not yet posted) and resumes interrupted posts. Idempotent: a second run at the same
   * instant posts nothing more. `dryRun` only reports what would be posted.
   */
  async runDue(at: Date, mode: { dryRun?: boolean } = {}): Promise<DailyRunReport> {
    const owns = this.ports.owns;
    const listed = await this.ports.store.listSchedules();
    const schedules = owns === undefined ? listed : listed.filter((schedule) => owns(schedule));
    const due = schedules.flatMap((schedule) => {
      const slot = dueSlot(schedule, at.getTime(), this.options.catchUpMs);
      return slot === undefined ? [] : [{ schedule, slot }];
    });
    const outcomes = await mapLimited(due, this.options.concurrency, ({ schedule, slot }) =>
      this.postSlot(schedule, slot, 'schedule', mode.dryRun ?? false),
    );
    if (!mode.dryRun) {
      const dueKeys = new Set(due.map(({ schedule, slot }) => `${channelKey(schedule)}|${slot.localDate}`));
      outcomes.push(...(await this.settleLeftovers(at, schedules, dueKeys)));
    }
    return { at: at.toISOString(), checked: schedules.length, outcomes };
  }

  /**
   * Settles posts of the last `settleDays` that are not due now (their catch-up window is over, or the
   * schedule is paused or stopped) but were left `sending` by a crash or `uncertain` by a lookup that
   * failed: each is looked for on its platform and kept or released, so none stays unsettled for ever.
   */
  private async settleLeftovers(
    at: Date,
    schedules: readonly DailySchedule[],
    dueKeys: ReadonlySet<string>,
  ): Promise<DailyOutcome[]> {
    const { store, posters } = this.ports;
    const since = new Date(at.getTime() - this.options.settleDays * 86_400_000).toISOString().slice(0, 10);
    const owned = new Map(schedules.map((schedule) => [channelKey(schedule), schedule]));
    const leftovers = (await store.unsettledPosts(since)).flatMap((record) => {
      const schedule = owned.get(channelKey(record));
      const poster = posters(record.platform);
      if (schedule === undefined || poster === undefined) return [];
      if (dueKeys.has(`${channelKey(record)}|${record.localDate}`)) return [];
      // An uncertain post is looked at again only by a poster that can look.
      if (record.status === 'uncertain' && poster.findDelivered === undefined) return [];
      return [{ schedule, record, poster }];
    });
    const settled = await mapLimited(leftovers, this.options.concurrency, ({ schedule, record, poster }) =>
      this.settleLeftover(schedule, record, poster),
    );
    return settled.filter((outcome): outcome is DailyOutcome => outcome !== undefined);
  }

  private async settleLeftover(
    schedule: DailySchedule,
    record: PostRecord,
    poster: DailyPoster,
  ): Promise<DailyOutcome | undefined> {
    const taken = await this.takeOver(record);
    if (taken === undefined) return undefined;
    const passage = this.passageOf(taken.passageId);
    const article = passage && this.ports.library.article(passage.slug);
    const request =
      passage === undefined || article === undefined
        ? undefined
        : {
            schedule,
            passage,
            article: this.creditOf(article, passage),
            localDate: taken.localDate,
            nonce: taken.nonce,
          };
    const result = await this.delivery.settle(taken, request, poster);
    return { ...result, passage: passage ?? null, resumed: true };
  }

  /**
   * Takes a post over from a process that is gone or whose lease ran out (`sending`), or one left
   * `uncertain`. Undefined when its owner still holds it or another process was faster.
   */
  private async takeOver(record: PostRecord): Promise<PostRecord | undefined> {
    const { clock, claimant, store, logger } = this.ports;
    const now = clock.now().getTime();
    if (record.status === 'sending') {
      const leaseOver = record.leaseUntil === null || Date.parse(record.leaseUntil) <= now;
      const ownerGone =
        record.owner === null || (record.owner !== claimant.id && claimant.isAlive(record.owner) === false);
      if (!leaseOver && !ownerGone) return undefined;
    }
    const taken = await store.takeOverPost(
      record,
      {
        owner: record.owner,
        attempts: record.attempts,
        status: record.status === 'uncertain' ? 'uncertain' : 'sending',
      },
      claimant.id,
      iso(now + this.options.leaseMs),
    );
    if (taken !== undefined)
      logger.warn(
        { ...this.delivery.fields(taken), previousOwner: record.owner, previousStatus: record.status },
        record.status === 'uncertain'
          ? 'daily post: looking again for a post left uncertain'
          : 'daily post: resuming an interrupted post',
      );
    return taken;
  }

  /**
   * `/daily now`: posts the channel's quote at once; it counts as today's (local date at `at`), so the
   * scheduled time later that day posts nothing. Undefined when the channel has no schedule.
   */
  async postNow(channel: ChannelRef, at: Date): Promise<DailyOutcome | undefined> {
    const schedule = await this.ports.store.getSchedule(channel);
    if (schedule === undefined) return undefined;
    const slot: DailySlot = {
      localDate: localDateOf(schedule, at.getTime()),
      scheduledAt: at.getTime(),
      fold: 'exact',
    };
    return this.postSlot(schedule, slot, 'now', false);
  }

  /** A post's attribution: an interview's answer or a quotation is credited to who said it, as in the chat. */
  private creditOf(article: Article, passage: Passage): Attribution {
    return passageCredit(article, passage, this.ports.library.options.lexicon);
  }

  /** The passage a post record names, if the library still has it. */
  passageOf(passageId: string): Passage | undefined {
    const [slug, index] = passageId.split('#');
    const passage = this.ports.library.article(slug ?? '')?.sentences[Number(index)];
    return passage?.id === passageId ? passage : undefined;
  }

  private async postSlot(
    schedule: DailySchedule,
    slot: DailySlot,
    trigger: PostTrigger,
    dryRun: boolean,
  ): Promise<DailyOutcome> {
    const { store, posters } = this.ports;
    const key = { platform: schedule.platform, channelId: schedule.channelId, localDate: slot.localDate };
    const poster = posters(schedule.platform);
    const base = { ...key, passage: null, messageId: null, attempts: 0, resumed: false, detail: null };
    if (poster === undefined && !dryRun) return { ...base, status: 'no-poster' };
    const existing = await store.getPost(key);
    if (existing !== undefined && existing.status !== 'failed') {
      const resumable =
        existing.status === 'sending' ||
        (existing.status === 'uncertain' && poster?.findDelivered !== undefined);
      if (resumable && !dryRun && poster !== undefined) return this.resume(schedule, existing, poster);
      return this.fromRecord(
        existing,
        existing.status === 'sending' ? 'busy' : existing.status === 'sent' ? 'already-posted' : 'uncertain',
        false,
      );
    }
    const pick = await this.pick(schedule);
    if ('pause' in pick) {
      if (!dryRun) await this.pause(schedule, pick.pause);
      return { ...base, status: 'paused', detail: `${pick.pause.code}: ${pick.pause.detail}` };
    }
    if (dryRun || poster === undefined) return { ...base, status: 'would-post', passage: pick.passage };
    const now = this.ports.clock.now().getTime();
    const claim: PostRecord = {
      ...key,
      passageId: pick.passage.id,
      cycle: pick.cycle,
      nonce: dailyNonce(schedule, slot.localDate),
      trigger,
      status: 'sending',
      owner: this.ports.claimant.id,
      leaseUntil: iso(now + this.options.leaseMs),
      attempts: 0,
      blindResends: 0,
      scheduledAt: iso(slot.scheduledAt),
      claimedAt: iso(now),
      lastAttemptAt: null,
      confirmedAt: null,
      messageId: null,
      detail: null,
    };
    const { claimed, record } = await store.claimPost(claim);
    if (!claimed) return this.fromRecord(record, record.status === 'sent' ? 'already-posted' : 'busy', false);
    return this.send(schedule, record, poster, false);
  }

  /**
   * Takes over an interrupted claim whose owner is gone (or whose lease ran out), or a post left
   * uncertain, and finishes it: looks for an earlier send first, and sends only when it is not there.
   */
  private async resume(
    schedule: DailySchedule,
    record: PostRecord,
    poster: NonNullable<ReturnType<DailyPosters>>,
  ): Promise<DailyOutcome> {
    const taken = await this.takeOver(record);
    if (taken === undefined) return this.fromRecord(record, 'busy', false);
    return this.send(schedule, taken, poster, true);
  }

  private async send(
    schedule: DailySchedule,
    record: PostRecord,
    poster: NonNullable<ReturnType<DailyPosters>>,
    resumed: boolean,
  ): Promise<DailyOutcome> {
    const passage = this.passageOf(record.passageId);
    const article = passage && this.ports.library.article(passage.slug);
    if (passage === undefined || article === undefined) {
      await this.ports.store.updateClaim(record, this.ports.claimant.id, {
        status: 'failed',
        leaseUntil: null,
        detail: `passage ${record.passageId} is no longer in the library`,
      });
      return this.fromRecord({ ...record, detail: `passage ${record.passageId} is gone` }, 'failed', resumed);
    }
    const request = {
      schedule,
      passage,
      article: this.creditOf(article, passage),
      localDate: record.localDate,
      nonce: record.nonce,
    };
    const result = await this.delivery.deliver(record, request, poster, resumed, (failure) =>
      this.pause(schedule, { code: failure.kind === 'gone' ? 'gone' : 'forbidden', detail: failure.detail }),
    );
    if (result.status === 'posted' && schedule.pausedReason !== null)
      await this.ports.store.setPause(schedule, null);
    return { ...result, passage, resumed };
  }

  private async pick(schedule: DailySchedule) {
    const { library, store } = this.ports;
    if (schedule.article !== null && library.article(schedule.article) === undefined)
      return { pause: { code: 'unknown-article', detail: schedule.article } } as const;
    const pool = dailyPool(library, schedule.article, this.options.minWords);
    const history = await store.channelHistory(schedule);
    const used = history.filter((record) => USED_STATUSES.includes(record.status));
    const pick = nextPassage(schedule, pool, used);
    return pick ?? ({ pause: { code: 'nothing-to-post', detail: schedule.article ?? 'library' } } as const);
  }

  private async pause(schedule: DailySchedule, reason: Omit<PauseReason, 'since'>): Promise<void> {
    const pausedReason = { ...reason, since: this.ports.clock.now().toISOString() };
    await this.ports.store.setPause(schedule, pausedReason);
    this.ports.logger.warn(
      {
        platform: schedule.platform,
        channelId: schedule.channelId,
        reason: reason.code,
        detail: reason.detail,
      },
      'daily schedule paused',
    );
  }

  private fromRecord(record: PostRecord, status: DailyOutcome['status'], resumed: boolean): DailyOutcome {
    return {
      platform: record.platform,
      channelId: record.channelId,
      localDate: record.localDate,
      status,
      passage: this.passageOf(record.passageId) ?? null,
      messageId: record.messageId,
      attempts: record.attempts,
      resumed,
      detail: record.detail,
    };
  }
}
