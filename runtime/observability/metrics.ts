import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  OBSERVED_ACTIONS,
  type BotObserver,
  type ChatPlatform,
  type CommandOutcome,
  type CommandTimer,
} from '../../adapters/shared/observer.js';
import type { DailyOutcomeStatus, DailyPlatform } from '../../src/index.js';

/** Seconds; replies are answered in milliseconds, summaries and deferred replies in up to seconds. */
const COMMAND_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** Reads the current heartbeat latency of each Discord shard this process runs, in milliseconds. */
export type ShardLatencySource = () => ReadonlyMap<number, number>;

/**
 * The Prometheus side of the observer port (prom-client), with its own registry: process metrics
 * (`process_*`, `nodejs_*`) and quotebot's own. Label values are bounded: platforms, outcomes, daily
 * results, shard numbers and the command names given here; any other command name counts as `other`.
 */
export class PrometheusObserver implements BotObserver {
  readonly registry = new Registry();
  private readonly commandNames: ReadonlySet<string>;
  private readonly commandDuration: Histogram<'platform' | 'command' | 'outcome'>;
  private readonly dailyPosts: Counter<'platform' | 'result'>;
  private readonly slackDuplicates: Counter;
  private readonly shardSources: ShardLatencySource[] = [];

  constructor(options: { commands: readonly string[] }) {
    this.commandNames = new Set([...options.commands, ...OBSERVED_ACTIONS]);
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.commandDuration = new Histogram({
      name: 'quotebot_command_duration_seconds',
      help: 'Time from a command, button, autocomplete or message arriving to its answer being sent.',
      labelNames: ['platform', 'command', 'outcome'],
      buckets: [...COMMAND_BUCKETS],
      registers,
    });
    this.dailyPosts = new Counter({
      name: 'quotebot_daily_posts_total',
      help: 'Due daily posts handled by the scheduler, by what became of them (posted, failed, paused, …).',
      labelNames: ['platform', 'result'],
      registers,
    });
    this.slackDuplicates = new Counter({
      name: 'quotebot_slack_event_duplicates_total',
      help: 'Slack events skipped because they were already answered (retries, a second event for one message).',
      registers,
    });
    const sources = this.shardSources;
    new Gauge({
      name: 'quotebot_discord_shard_latency_seconds',
      help: 'Heartbeat round trip of each Discord shard this process runs (absent until the first heartbeat).',
      labelNames: ['shard'],
      registers,
      collect() {
        this.reset();
        for (const source of sources) {
          for (const [shard, ms] of source()) if (ms >= 0) this.set({ shard: String(shard) }, ms / 1000);
        }
      },
    });
  }

  commandStarted(platform: ChatPlatform): CommandTimer {
    const end = this.commandDuration.startTimer({ platform });
    let ended = false;
    return (command: string, outcome: CommandOutcome) => {
      if (ended) return;
      ended = true;
      end({ command: this.commandNames.has(command) ? command : 'other', outcome });
    };
  }

  dailyPost(platform: DailyPlatform, result: DailyOutcomeStatus): void {
    this.dailyPosts.inc({ platform, result });
  }

  slackEventDuplicate(): void {
    this.slackDuplicates.inc();
  }

  /** Adds a Discord adapter's shards to `quotebot_discord_shard_latency_seconds`. */
  watchShards(source: ShardLatencySource): void {
    this.shardSources.push(source);
  }

  /** The exposition text and its content type, for `GET /metrics`. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
