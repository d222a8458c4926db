import { passageCredit } from '../content/passage-speaker.js';
import type { DailyReply, DailyRequest } from './requests.js';
import type { Library } from '../library.js';
import { WEEKDAYS, type DailySchedule } from './schedule.js';
import { parseDays } from './days.js';
import { localDateOf, nextPost, type NextPost } from './due.js';
import { dailyPool } from './eligible.js';
import { parseLocalTime } from './local-time.js';
import type { Clock } from './ports.js';
import { rotationProgress } from './rotation.js';
import type { DailyService } from './service.js';
import { USED_STATUSES, type DailyStore, type PostRecord } from './store.js';
import { resolveTypedTimezone, suggestTypedTimezones } from './timezone.js';

/** What the command path needs of the daily quotes: the core's `/daily` handler. */
export type DailyCommandsPort = Pick<DailyCommands, 'handle'>;

/** What `DailyCommands` works with. */
export interface DailyCommandsDeps {
  readonly store: DailyStore;
  readonly service: DailyService;
  readonly library: Library;
  readonly clock: Clock;
}

/**
 * Answers `/daily set|stop|status|now` for any platform. The command path builds the request (with
 * `dailyRequestFromCommand`), asks whether the user may manage schedules, and adapters render the reply.
 * `handle` is async (it reads and writes the store); `/daily now` waits for the post, so adapters should
 * acknowledge or defer the interaction first.
 */
export class DailyCommands {
  constructor(private readonly deps: DailyCommandsDeps) {}

  /** Timezones for autocomplete while typing (at most 25, Discord's limit). */
  timezoneSuggestions(input: string): Promise<string[]> {
    return suggestTypedTimezones(input, 25);
  }

  async handle(request: DailyRequest): Promise<DailyReply> {
    if (request.kind !== 'daily-status' && !request.canManage)
      return { kind: 'not-allowed', action: request.kind, platform: request.platform };
    switch (request.kind) {
      case 'daily-set':
        return this.set(request);
      case 'daily-stop': {
        const schedule = await this.deps.store.getSchedule(request);
        if (schedule === undefined) return this.none(request);
        // Stopping a stopped schedule changes nothing, and says so.
        if (!schedule.enabled) return { kind: 'daily-stopped', schedule, already: true };
        const stopped = { ...schedule, enabled: false, ...this.stamp(request.userId) };
        await this.deps.store.saveSchedule(stopped);
        return { kind: 'daily-stopped', schedule: stopped };
      }
      case 'daily-status':
        return this.status(request);
      case 'daily-now': {
        const outcome = await this.deps.service.postNow(request, this.deps.clock.now());
        if (outcome === undefined) return this.none(request);
        const article = outcome.passage && this.deps.library.article(outcome.passage.slug);
        const credit =
          outcome.passage && article
            ? passageCredit(article, outcome.passage, this.deps.library.options.lexicon)
            : null;
        return { kind: 'daily-posted', outcome, article: credit };
      }
    }
  }

  private async set(request: Extract<DailyRequest, { kind: 'daily-set' }>): Promise<DailyReply> {
    const time = parseLocalTime(request.time);
    if (time === undefined) return { kind: 'invalid-time', input: request.time };
    const zone = await resolveTypedTimezone(request.timezone);
    if (!zone.ok) return { kind: 'invalid-timezone', input: request.timezone, suggestions: zone.suggestions };
    const days = request.days === undefined ? [...WEEKDAYS] : parseDays(request.days);
    if (days === undefined || days.length === 0) return { kind: 'invalid-days', input: request.days ?? '' };
    let article: string | null = null;
    if (request.article !== undefined) {
      // Named as quote, summary and card name one: a slug, title words, or words one article says.
      const slug = this.deps.library.articleNamed(request.article);
      if (slug === undefined) {
        const suggestions = this.deps.library.similarArticles(request.article);
        return { kind: 'unknown-article', article: request.article, suggestions };
      }
      article = slug;
    }
    const existing = await this.deps.store.getSchedule(request);
    const schedule: DailySchedule = {
      platform: request.platform,
      channelId: request.channelId,
      workspaceId: request.workspaceId ?? existing?.workspaceId ?? null,
      time,
      timezone: zone.timezone,
      days,
      article,
      card: request.card === true,
      enabled: true,
      pausedReason: null,
      ...this.stamp(request.userId),
    };
    await this.deps.store.saveSchedule(schedule);
    return { kind: 'daily-set', schedule, next: await this.next(schedule), created: existing === undefined };
  }

  private async status(request: DailyRequest): Promise<DailyReply> {
    const { store, library, service } = this.deps;
    const schedule = await store.getSchedule(request);
    if (schedule === undefined) return this.none(request);
    const history = await store.channelHistory(schedule);
    const today = localDateOf(schedule, this.deps.clock.now().getTime());
    const pool = dailyPool(library, schedule.article, service.options.minWords);
    return {
      kind: 'daily-status',
      schedule,
      next: await this.next(schedule, history),
      today: history.find((record) => record.localDate === today) ?? null,
      ahead: history.find((record) => record.localDate > today && record.status !== 'failed') ?? null,
      last: history.filter((record) => record.status === 'sent').at(-1) ?? null,
      rotation: rotationProgress(
        pool,
        history.filter((record) => USED_STATUSES.includes(record.status)),
      ),
    };
  }

  /** The schedule's next post: a day whose post was already made (today, or later when forced) is skipped. */
  private async next(schedule: DailySchedule, history?: readonly PostRecord[]): Promise<NextPost | null> {
    const now = this.deps.clock.now().getTime();
    const posted = new Set(
      (history ?? (await this.deps.store.channelHistory(schedule)))
        .filter((record) => record.status !== 'failed')
        .map((record) => record.localDate),
    );
    const today = localDateOf(schedule, now);
    return nextPost(schedule, now, posted.has(today), this.deps.service.options.catchUpMs, posted);
  }

  private stamp(userId: string | null): Pick<DailySchedule, 'updatedAt' | 'updatedBy'> {
    return { updatedAt: this.deps.clock.now().toISOString(), updatedBy: userId };
  }

  private none(request: DailyRequest): DailyReply {
    return { kind: 'daily-none', platform: request.platform, channelId: request.channelId };
  }
}
