import { channelKey, type ChannelRef, type DailySchedule, type PauseReason } from './schedule.js';
import {
  UNSETTLED_STATUSES,
  type ClaimPatch,
  type DailyStore,
  type PostKey,
  type PostRecord,
  type TakeOverExpectation,
} from './store.js';

const postKey = (key: PostKey): string => `${channelKey(key)}|${key.localDate}`;
const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A `DailyStore` in memory, for tests and the console. Each method runs to completion without awaiting,
 * so its checks and writes are atomic within the process, like the SQLite store's transactions.
 */
export class InMemoryDailyStore implements DailyStore {
  private readonly schedules = new Map<string, DailySchedule>();
  private readonly posts = new Map<string, PostRecord>();

  async getSchedule(channel: ChannelRef): Promise<DailySchedule | undefined> {
    return this.schedules.get(channelKey(channel));
  }

  async listSchedules(): Promise<DailySchedule[]> {
    return [...this.schedules.values()].sort(
      (a, b) => a.platform.localeCompare(b.platform) || a.channelId.localeCompare(b.channelId),
    );
  }

  async saveSchedule(schedule: DailySchedule): Promise<void> {
    this.schedules.set(channelKey(schedule), {
      ...schedule,
      days: [...schedule.days],
      card: schedule.card === true,
    });
  }

  async setPause(channel: ChannelRef, reason: PauseReason | null): Promise<boolean> {
    const schedule = this.schedules.get(channelKey(channel));
    if (schedule === undefined) return false;
    this.schedules.set(channelKey(channel), { ...schedule, pausedReason: reason });
    return true;
  }

  async getPost(key: PostKey): Promise<PostRecord | undefined> {
    return this.posts.get(postKey(key));
  }

  async channelHistory(channel: ChannelRef): Promise<PostRecord[]> {
    const prefix = `${channelKey(channel)}|`;
    return [...this.posts.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, record]) => record)
      .sort((a, b) => a.localDate.localeCompare(b.localDate));
  }

  async claimPost(claim: PostRecord): Promise<{ claimed: boolean; record: PostRecord }> {
    const existing = this.posts.get(postKey(claim));
    if (existing !== undefined && existing.status !== 'failed') return { claimed: false, record: existing };
    const record = { ...claim };
    this.posts.set(postKey(claim), record);
    return { claimed: true, record };
  }

  async takeOverPost(
    key: PostKey,
    expected: TakeOverExpectation,
    owner: string,
    leaseUntil: string,
  ): Promise<PostRecord | undefined> {
    const existing = this.posts.get(postKey(key));
    if (
      existing === undefined ||
      existing.status !== (expected.status ?? 'sending') ||
      existing.owner !== expected.owner ||
      existing.attempts !== expected.attempts
    )
      return undefined;
    const record = { ...existing, status: 'sending' as const, owner, leaseUntil };
    this.posts.set(postKey(key), record);
    return record;
  }

  async unsettledPosts(sinceLocalDate: string): Promise<PostRecord[]> {
    return [...this.posts.values()]
      .filter((record) => UNSETTLED_STATUSES.includes(record.status) && record.localDate >= sinceLocalDate)
      .sort((a, b) => byBytes(`${a.localDate}|${postKey(a)}`, `${b.localDate}|${postKey(b)}`));
  }

  async updateClaim(key: PostKey, owner: string, patch: ClaimPatch): Promise<boolean> {
    const existing = this.posts.get(postKey(key));
    if (existing === undefined || existing.status !== 'sending' || existing.owner !== owner) return false;
    this.posts.set(postKey(key), { ...existing, ...patch });
    return true;
  }
}
