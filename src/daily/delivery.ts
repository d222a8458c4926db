import type { DailyOptions } from './options.js';
import type { DailyOutcome } from './outcome.js';
import type {
  Claimant,
  Clock,
  DailyLogger,
  DailyPostRequest,
  DailyPostResult,
  DailyPoster,
  DeliveryCheck,
  Sleep,
} from './ports.js';
import type { ClaimPatch, DailyStore, PostRecord } from './store.js';

/** The ports delivery needs. */
export interface DeliveryPorts {
  readonly store: DailyStore;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly logger: DailyLogger;
  readonly claimant: Claimant;
}

type Failure = Extract<DailyPostResult, { ok: false }>;

const iso = (ms: number): string => new Date(ms).toISOString();

async function send(poster: DailyPoster, request: DailyPostRequest): Promise<DailyPostResult> {
  try {
    return await poster.post(request);
  } catch (error) {
    return { ok: false, kind: 'retryable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Sends a claimed post and records how it went: renew the claim, send, confirm. Retries a 429 after its
 * retry-after and a 5xx with backoff; pauses on 403/404. A send whose predecessor may have arrived is
 * made only when that is safe (inside the platform's nonce window, or the poster found no copy), or
 * blind at most `maxBlindResends` times: that bounds duplicates on platforms without nonces.
 */
export class PostDelivery {
  constructor(
    private readonly ports: DeliveryPorts,
    private readonly options: DailyOptions,
  ) {}

  /**
   * `record` is claimed by this process. `maybeDelivered` is true when an earlier send of it may have
   * arrived (resuming after a crash or a 5xx).
   */
  async deliver(
    record: PostRecord,
    request: Omit<DailyPostRequest, 'attempt'>,
    poster: DailyPoster,
    maybeDelivered: boolean,
    onPaused: (failure: Failure) => Promise<void>,
  ): Promise<Omit<DailyOutcome, 'passage' | 'resumed'>> {
    const { store, clock, sleep, logger, claimant } = this.ports;
    let current = record;
    let uncertain = maybeDelivered && record.attempts > 0;
    let failure: Failure | undefined;
    const outcome = (
      status: DailyOutcome['status'],
      detail: string | null,
      messageId: string | null = null,
    ) => ({
      platform: record.platform,
      channelId: record.channelId,
      localDate: record.localDate,
      status,
      messageId,
      attempts: current.attempts,
      detail,
    });
    const update = async (patch: ClaimPatch): Promise<boolean> => {
      const held = await store.updateClaim(current, claimant.id, patch);
      if (held) current = { ...current, ...patch };
      else logger.error({ ...this.fields(current) }, 'daily post: lost the claim to another process');
      return held;
    };

    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      let blindResends = current.blindResends;
      let blind = false;
      if (uncertain) {
        const check = await this.checkEarlierSend(current, { ...request, attempt: current.attempts }, poster);
        if (check.found === true) {
          await update({
            status: 'sent',
            messageId: check.messageId,
            confirmedAt: iso(clock.now().getTime()),
            leaseUntil: null,
          });
          logger.info(this.fields(current), 'daily post: an earlier send had arrived');
          return outcome('posted', null, check.messageId);
        }
        if (check.found === 'blind') {
          if (blindResends >= this.options.maxBlindResends) {
            await update({
              status: 'uncertain',
              leaseUntil: null,
              detail: failure?.detail ?? 'interrupted while sending',
            });
            logger.warn(
              this.fields(current),
              'daily post: may have arrived; not resent to avoid a duplicate',
            );
            return outcome('uncertain', current.detail);
          }
          blindResends += 1;
          blind = true;
        }
      }
      const now = clock.now().getTime();
      const renewed = await update({
        attempts: current.attempts + 1,
        blindResends,
        lastAttemptAt: iso(now),
        leaseUntil: iso(now + this.options.leaseMs),
      });
      if (!renewed) return outcome('busy', 'another process took the claim over');
      const result = await send(poster, { ...request, attempt: current.attempts });
      if (result.ok) {
        await update({
          status: 'sent',
          messageId: result.messageId,
          confirmedAt: iso(clock.now().getTime()),
          leaseUntil: null,
          detail: null,
        });
        logger.info({ ...this.fields(current), messageId: result.messageId }, 'daily post sent');
        return outcome('posted', null, result.messageId);
      }
      failure = result;
      if (result.kind === 'forbidden' || result.kind === 'gone') {
        // An earlier send that may have arrived keeps the post "used", so it is never claimed again.
        const status = uncertain ? 'uncertain' : 'failed';
        await update({ status, leaseUntil: null, detail: `${result.kind}: ${result.detail}` });
        await onPaused(result);
        return outcome('paused', current.detail);
      }
      // A 429 certainly did not arrive: a blind resend answered by one does not count. The doubt about
      // an earlier send stays, whatever the later answers.
      if (result.kind === 'rate-limited' && blind) await update({ blindResends: current.blindResends - 1 });
      uncertain ||= result.kind === 'retryable';
      const delay =
        result.kind === 'rate-limited' && result.retryAfterMs !== undefined
          ? result.retryAfterMs
          : Math.min(this.options.retryBaseMs * 2 ** (attempt - 1), this.options.maxRetryDelayMs);
      if (attempt === this.options.maxAttempts || delay > this.options.maxRetryDelayMs) break;
      logger.info(
        { ...this.fields(current), reason: result.kind, detail: result.detail, delayMs: delay },
        'daily post: retrying',
      );
      await sleep(delay);
    }

    const last = failure!;
    if (last.kind === 'rate-limited' && !uncertain) {
      await update({ status: 'failed', leaseUntil: null, detail: `rate-limited: ${last.detail}` });
      logger.warn(this.fields(current), 'daily post rate-limited; the next run retries');
      return outcome('failed', current.detail);
    }
    await update({ leaseUntil: iso(clock.now().getTime()), detail: `${last.kind}: ${last.detail}` });
    logger.warn(this.fields(current), 'daily post failed; the next run resumes it');
    return outcome('pending', current.detail);
  }

  /** Whether resending is safe, already done, or blind. */
  private async checkEarlierSend(
    record: PostRecord,
    request: DailyPostRequest,
    poster: DailyPoster,
  ): Promise<{ found: true; messageId: string } | { found: false } | { found: 'blind' }> {
    const last = record.lastAttemptAt === null ? undefined : Date.parse(record.lastAttemptAt);
    if (last === undefined) return { found: false };
    if (this.ports.clock.now().getTime() - last < poster.nonceWindowMs) return { found: false };
    const check = await this.lookUp(record, request, poster);
    return check.found === 'unknown' ? { found: 'blind' } : check;
  }

  /**
   * Looks for an earlier send of the post on the platform, once that send can no longer arrive: a send
   * cut off by a crash may still be in flight, and a lookup before it lands would miss it (and a resend
   * would duplicate it).
   */
  private async lookUp(
    record: PostRecord,
    request: DailyPostRequest,
    poster: DailyPoster,
  ): Promise<DeliveryCheck> {
    const { clock, sleep, logger } = this.ports;
    if (poster.findDelivered === undefined) return { found: 'unknown' };
    const last = record.lastAttemptAt === null ? undefined : Date.parse(record.lastAttemptAt);
    const settledAt = (last ?? 0) + (poster.maxInFlightMs ?? 0);
    const wait = settledAt - clock.now().getTime();
    if (wait > 0) {
      logger.info(
        { ...this.fields(record), waitMs: wait },
        'daily post: waiting until an earlier send can no longer arrive before looking for it',
      );
      await sleep(wait);
    }
    try {
      return await poster.findDelivered(request, new Date(record.claimedAt));
    } catch {
      return { found: 'unknown' };
    }
  }

  /**
   * Settles a post taken over after its day's catch-up window: too late to send, so it only looks.
   * Kept (`sent`) when the post is on the platform; released (`failed`: never posted, its passage goes
   * back to the rotation) when it was never sent or the platform says it is not there; `uncertain` when
   * nothing can tell (the next run looks again while its poster can look).
   */
  async settle(
    record: PostRecord,
    request: Omit<DailyPostRequest, 'attempt'> | undefined,
    poster: DailyPoster,
  ): Promise<Omit<DailyOutcome, 'passage' | 'resumed'>> {
    const { store, clock, logger, claimant } = this.ports;
    const check: DeliveryCheck =
      record.lastAttemptAt === null
        ? { found: false }
        : request === undefined
          ? { found: 'unknown' }
          : await this.lookUp(record, { ...request, attempt: record.attempts }, poster);
    const base = {
      platform: record.platform,
      channelId: record.channelId,
      localDate: record.localDate,
      attempts: record.attempts,
    };
    const fields = { ...this.fields(record), previousStatus: record.status };
    let patch: ClaimPatch;
    let outcome: Omit<DailyOutcome, 'passage' | 'resumed'>;
    if (check.found === true) {
      patch = { status: 'sent', messageId: check.messageId, confirmedAt: iso(clock.now().getTime()) };
      outcome = { ...base, status: 'posted', messageId: check.messageId, detail: null };
    } else if (check.found === false) {
      const detail = 'released: not on the platform after its catch-up window';
      patch = { status: 'failed', detail };
      outcome = { ...base, status: 'released', messageId: null, detail };
    } else {
      const detail = record.detail ?? 'interrupted while sending';
      patch = { status: 'uncertain', detail };
      outcome = { ...base, status: 'uncertain', messageId: null, detail };
    }
    if (!(await store.updateClaim(record, claimant.id, { ...patch, leaseUntil: null }))) {
      logger.error(fields, 'daily post: lost the claim to another process');
      return { ...base, status: 'busy', messageId: null, detail: 'another process took the claim over' };
    }
    if (check.found === true)
      logger.info({ ...fields, messageId: check.messageId }, 'daily post settled: it had arrived, kept');
    else if (check.found === false)
      logger.warn(fields, 'daily post settled: it never arrived and its window is over, released');
    else logger.warn(fields, 'daily post settled as uncertain: the platform cannot tell whether it arrived');
    return outcome;
  }

  fields(record: PostRecord): Record<string, unknown> {
    return {
      platform: record.platform,
      channelId: record.channelId,
      localDate: record.localDate,
      passageId: record.passageId,
      attempts: record.attempts,
      status: record.status,
    };
  }
}
