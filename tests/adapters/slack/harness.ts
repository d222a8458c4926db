import {
  Bot,
  COMMANDS,
  Library,
  type BotReply,
  type BotRequest,
  type CardPainter,
  type CooldownGate,
  type DailyCommandsPort,
} from '../../../src/index.js';
import { loadConfig, type Config } from '../../../runtime/config.js';
import { createLogger, type Logger } from '../../../runtime/logger.js';
import {
  startSlack,
  type SlackAdapter,
  type StartSlackOptions,
} from '../../../adapters/slack/start-slack.js';
import { startFakeSlack, type FakeSlack, type FakeSlackOptions } from '../../fakes/slack/index.js';
import { seedArticle } from '../../helpers/content.js';
import { wordnetLexicon } from '../../helpers/lexicon.js';
import { cycling } from '../../helpers/random.js';
import { HOSTILE_PARAGRAPHS, testArticle } from './fixtures.js';

/** The real bot, counting what it is asked, so a test can tell that no handler ran. */
export class CountingBot extends Bot {
  readonly requests: BotRequest[] = [];

  override handle(request: BotRequest): BotReply {
    this.requests.push(request);
    return super.handle(request);
  }
}

export interface Running {
  readonly slack: FakeSlack;
  readonly adapter: SlackAdapter;
  readonly bot: CountingBot;
  /** When the content was reloaded (`/articles reload`). */
  readonly reloads: readonly number[];
  /** HTTP mode: `http://127.0.0.1:P/slack/events`. */
  readonly appUrl: string;
  stop(): Promise<void>;
}

/** The environment a workspace admin would set for a mode, pointed at the fake. */
export function envFor(slack: FakeSlack, mode: 'socket' | 'http'): Record<string, string> {
  const common = { SLACK_BOT_TOKEN: slack.botToken, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'silent' };
  return mode === 'socket'
    ? { ...common, SLACK_APP_TOKEN: slack.appToken }
    : { ...common, SLACK_SIGNING_SECRET: slack.signingSecret, PORT: '3000' };
}

/** The fake Slack and the real Slack adapter (real Bolt) on it, in one mode; HTTP mode on an ephemeral port. */
export async function startOnFake(
  mode: 'socket' | 'http',
  extraEnv: Record<string, string> = {},
  options: {
    readonly fake?: FakeSlackOptions;
    /** The `/daily` handler, built for this fake and library (daily quotes running in the process). */
    readonly daily?: (slack: FakeSlack, library: Library) => DailyCommandsPort;
    /** The articles to answer from (default: the seed article and a hostile one). */
    readonly library?: Library;
    /** Per-user cooldowns (none unless given). */
    readonly cooldowns?: CooldownGate;
    /** Metrics and the routes added to Slack's port in HTTP mode. */
    readonly ops?: Pick<StartSlackOptions, 'observer' | 'routes'>;
    /** Draws quote cards (else card requests are answered as text). */
    readonly cards?: CardPainter;
    /** The adapter's logger; default a silent one. */
    readonly logger?: Logger;
  } = {},
): Promise<Running> {
  const slack = await startFakeSlack(options.fake ?? {});
  const config: Config = { ...loadConfig({ ...envFor(slack, mode), ...extraEnv }), PORT: 0 };
  // As the bot runs it: with the WordNet lexicon the build derives.
  const library =
    options.library ??
    Library.create([seedArticle(), testArticle('hostile', HOSTILE_PARAGRAPHS)], {
      lexicon: wordnetLexicon(),
    });
  const reloads: number[] = [];
  const bot = new CountingBot(
    {
      current: library,
      reload: () => {
        reloads.push(Date.now());
        return { articles: library.articles.length, problems: [], keptPrevious: false };
      },
    },
    COMMANDS,
    cycling([0.25, 0.75]),
  );
  let adapter: SlackAdapter;
  try {
    adapter = await startSlack({
      bot,
      config,
      logger: options.logger ?? createLogger(config.LOG_LEVEL ?? 'silent'),
      host: '127.0.0.1',
      daily: options.daily?.(slack, library),
      cards: options.cards,
      cooldowns: options.cooldowns,
      ...options.ops,
    });
  } catch (error) {
    await slack.stop();
    throw error;
  }
  return {
    slack,
    adapter,
    bot,
    reloads,
    appUrl: `http://127.0.0.1:${adapter.port ?? 0}/slack/events`,
    stop: async () => {
      // Done sending: the client closes its idle connections, so the app's drain need not wait for them.
      slack.http.closeIdle();
      await adapter.stop();
      await slack.stop();
    },
  };
}

/** Every text in a Block Kit message (sections, contexts, buttons), joined. */
export function textOf(blocks: unknown): string {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') found.push(value);
      else walk(value);
    }
  };
  walk(blocks);
  return found.join('\n');
}

/** The buttons of a message, by action id. */
export function buttonsOf(blocks: unknown): Map<string, { value: string; text: string }> {
  const buttons = new Map<string, { value: string; text: string }>();
  for (const block of (blocks ?? []) as { type: string; elements?: any[] }[]) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements ?? [])
      buttons.set(element.action_id, { value: element.value, text: element.text.text });
  }
  return buttons;
}

/** What the app answered to an injected slash command or click, whichever the mode. */
export interface Answer {
  /** The ack's body: `ack({ … })` in Socket Mode, the HTTP response's JSON in HTTP mode. */
  readonly body: Record<string, any> | undefined;
  readonly late: boolean;
  readonly responseUrl: string;
}

/** Injects Slack traffic the way the mode delivers it: envelopes on the WebSocket, or signed HTTP posts. */
export function injectorFor(run: Running, mode: 'socket' | 'http') {
  const { slack } = run;
  return {
    async command(command: string, text: string, userId?: string): Promise<Answer> {
      const who = userId === undefined ? {} : { userId };
      if (mode === 'socket') {
        const ack = await slack.socket.sendSlashCommand({ command, text, ...who });
        return { body: ack.payload, late: ack.late, responseUrl: ack.sent.response_url };
      }
      const res = await slack.http.postSlashCommand(run.appUrl, { command, text, ...who });
      if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${command}`);
      return {
        body: res.json as Record<string, any> | undefined,
        late: res.late,
        responseUrl: res.sent.response_url,
      };
    },
    async click(actionId: string, value: string, ephemeral: boolean): Promise<Answer> {
      const input = { actionId, value, ephemeral };
      if (mode === 'socket') {
        const ack = await slack.socket.sendBlockAction(input);
        return { body: ack.payload, late: ack.late, responseUrl: ack.sent.response_url };
      }
      const res = await slack.http.postBlockAction(run.appUrl, input);
      if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${actionId}`);
      return { body: undefined, late: res.late, responseUrl: res.sent.response_url };
    },
    /** Delivers an event; `retry` marks it as Slack's redelivery (X-Slack-Retry-Num / retry_attempt). */
    async event(event: { type: string }, options: { eventId?: string; retry?: number } = {}): Promise<void> {
      const ids = options.eventId === undefined ? {} : { eventId: options.eventId };
      if (mode === 'socket') {
        const retry =
          options.retry === undefined ? {} : { retryAttempt: options.retry, retryReason: 'timeout' };
        await slack.socket.sendEvent(event, { ...ids, ...retry });
        return;
      }
      const retry =
        options.retry === undefined ? {} : { retryNum: options.retry, retryReason: 'http_timeout' };
      const res = await slack.http.postEvent(run.appUrl, event, { ...ids, ...retry });
      if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${event.type}`);
    },
  };
}
