import {
  DailyService,
  InMemoryDailyStore,
  WEEKDAYS,
  type Claimant,
  type Clock,
  type DailyLogger,
  type DailyOptions,
  type DailyPostRequest,
  type DailyPostResult,
  type DailyPoster,
  type DailySchedule,
  type DailyStore,
  type DeliveryCheck,
  type Library,
} from '../../src/index.js';

/** A clock the test moves by hand; `sleep` advances it instead of waiting. */
export class FakeClock implements Clock {
  private ms: number;
  readonly sleeps: number[] = [];

  constructor(start: string | number) {
    this.ms = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(at: string | number): void {
    this.ms = typeof at === 'number' ? at : Date.parse(at);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.ms += ms;
  };
}

/** Collects log lines so tests can assert on what was logged. */
export class MemoryLogger implements DailyLogger {
  readonly lines: { level: string; message: string; fields: object }[] = [];
  debug(fields: object, message: string): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  info(fields: object, message: string): void {
    this.lines.push({ level: 'info', message, fields });
  }
  warn(fields: object, message: string): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(fields: object, message: string): void {
    this.lines.push({ level: 'error', message, fields });
  }
}

/** A claimant whose liveness of other owners the test decides (dead by default: a crashed process). */
export function fakeClaimant(id: string, alive: ReadonlySet<string> = new Set()): Claimant {
  return { id, isAlive: (owner) => owner === id || alive.has(owner) };
}

/** A message the fake platform holds. */
export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  readonly text: string;
  readonly nonce: string;
  readonly localDate: string;
}

type Script = DailyPostResult | 'deliver-then-crash' | 'deliver-then-500';

/**
 * A platform as far as posting goes. `dedupeWindowMs` > 0 behaves like Discord with `enforce_nonce`
 * (a second message with the same nonce inside the window returns the first); 0 like Slack. Scripted
 * answers come first (a 500, a 429, a crash after delivery…), then every post succeeds.
 */
export class FakePlatform implements DailyPoster {
  readonly messages: FakeMessage[] = [];
  readonly requests: DailyPostRequest[] = [];
  private readonly script: Script[] = [];
  private seq = 0;
  private readonly sent = new Map<string, { message: FakeMessage; at: number }>();
  /** Set when a post should never answer (the process "dies" mid-send). */
  hang = false;
  /** With `lookup`: finds an earlier message by its nonce, as Slack's adapter does with message metadata. */
  readonly findDelivered?: (request: DailyPostRequest) => Promise<DeliveryCheck>;

  constructor(
    readonly platform: DailySchedule['platform'],
    private readonly clock: Clock,
    readonly nonceWindowMs = 0,
    lookup = false,
  ) {
    if (lookup)
      this.findDelivered = async (request) => {
        const found = this.messages.find((message) => message.nonce === request.nonce);
        return found ? { found: true, messageId: found.id } : { found: false };
      };
  }

  answer(...answers: Script[]): this {
    this.script.push(...answers);
    return this;
  }

  async post(request: DailyPostRequest): Promise<DailyPostResult> {
    this.requests.push(request);
    if (this.hang) return new Promise<never>(() => {});
    const scripted = this.script.shift();
    if (scripted !== undefined && typeof scripted !== 'string') return scripted;
    const previous = this.sent.get(request.nonce);
    const now = this.clock.now().getTime();
    let message: FakeMessage;
    if (this.nonceWindowMs > 0 && previous && now - previous.at < this.nonceWindowMs)
      message = previous.message;
    else {
      message = {
        id: `m${++this.seq}`,
        channelId: request.schedule.channelId,
        text: request.passage.text,
        nonce: request.nonce,
        localDate: request.localDate,
      };
      this.messages.push(message);
      this.sent.set(request.nonce, { message, at: now });
    }
    if (scripted === 'deliver-then-crash') return new Promise<never>(() => {});
    if (scripted === 'deliver-then-500')
      return { ok: false, kind: 'retryable', detail: '500 Internal Server Error' };
    return { ok: true, messageId: message.id };
  }

  /** Messages per channel and local date: the number the issue wants to be exactly one. */
  countsPerDay(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const message of this.messages) {
      const key = `${message.channelId}|${message.localDate}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }
}

/** A schedule with sensible defaults. */
export function schedule(overrides: Partial<DailySchedule> = {}): DailySchedule {
  return {
    platform: 'discord',
    channelId: '111111111111111111',
    workspaceId: '222222222222222222',
    time: '09:00',
    timezone: 'Europe/Berlin',
    days: [...WEEKDAYS],
    article: null,
    card: false,
    enabled: true,
    pausedReason: null,
    updatedAt: '2020-01-01T00:00:00.000Z',
    updatedBy: null,
    ...overrides,
  };
}

/** A service on a store with fakes around it. */
export function makeService(options: {
  library: Library;
  clock: FakeClock;
  posters: DailyPoster[];
  store?: DailyStore;
  claimant?: Claimant;
  logger?: MemoryLogger;
  options?: Partial<DailyOptions>;
}) {
  const store = options.store ?? new InMemoryDailyStore();
  const logger = options.logger ?? new MemoryLogger();
  const service = new DailyService(
    {
      store,
      library: options.library,
      posters: (platform) => options.posters.find((poster) => poster.platform === platform),
      clock: options.clock,
      sleep: options.clock.sleep,
      logger,
      claimant: options.claimant ?? fakeClaimant('process-1'),
    },
    options.options,
  );
  return { store, service, logger };
}

/** Allows pending promise callbacks to run (a hung post has reached its await). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
