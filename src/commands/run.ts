import type { Bot } from '../bot/bot.js';
import type { DailyCommandsPort } from '../daily/commands.js';
import type { BotCommand, CommandInput, CommandReply, CommandRequest, ResolvedCommand } from './command.js';
import { parseCommandInput } from './command-text.js';
import type { CooldownGate, CooldownHeld } from './cooldown.js';
import type { Caller, UsageError } from './definition.js';

/**
 * What answering a command may need beyond the bot. Why a port: whether the caller may manage the bot
 * is I/O on Slack (users.info), so it is asked only for a request that needs it.
 */
export interface CommandPorts {
  readonly bot: Bot;
  /** The core's `/daily` handler, when daily quotes run in this process. */
  readonly daily?: DailyCommandsPort | undefined;
  /** May the caller reload the articles and change schedules? Discord: Manage Server; Slack: an admin. */
  readonly mayManage: () => Promise<boolean>;
  /**
   * Per-user cooldowns, and who is asking (`discord:<user>`, `slack:<team>:<user>`). Absent: no cooldowns
   * (the console, button clicks).
   */
  readonly cooldown?: { readonly gate: CooldownGate; readonly user: string } | undefined;
}

/**
 * Whether the asker must wait before `request` runs (the use is counted when they need not). Surfaces that
 * acknowledge publicly before answering (a deferred Discord summary) ask this first, so a wait is told
 * privately, then hand the rest to `handleRequest` with `admitted`.
 */
export async function cooldownOf(
  request: CommandRequest,
  ports: CommandPorts,
): Promise<CooldownHeld | undefined> {
  return ports.cooldown ? ports.cooldown.gate.check(ports.cooldown.user, request) : undefined;
}

/**
 * Whether a request does I/O before it can be answered (a reload, the daily store): surfaces
 * acknowledge first and answer after. Quotes, lists and help are index look-ups that answer at once.
 */
export function answersLater(request: CommandRequest): boolean {
  return request.kind === 'articles-reload' || request.kind.startsWith('daily-');
}

/**
 * Answers a resolved request: the bot's own at once, a reload or `/daily` after asking the ports. A user
 * within a command's cooldown gets the wait instead (unless `admitted`: `cooldownOf` was already asked).
 */
export async function handleRequest(
  request: CommandRequest,
  ports: CommandPorts,
  admitted = false,
): Promise<CommandReply> {
  const held = admitted ? undefined : await cooldownOf(request, ports);
  if (held) return held;
  switch (request.kind) {
    case 'quote':
    case 'summary':
    case 'articles':
    case 'help':
      return { kind: 'bot', reply: ports.bot.handle(request) };
    case 'articles-reload':
      return {
        kind: 'reload',
        reply: ports.bot.reloadArticles({ kind: 'articles-reload', canManage: await ports.mayManage() }),
      };
    default: {
      const daily = ports.daily;
      if (!daily) return { kind: 'daily-unavailable' };
      // Anyone may read a schedule's status; changing one is for managers.
      const canManage = request.kind === 'daily-status' ? false : await ports.mayManage();
      return { kind: 'daily', reply: await daily.handle({ ...request, canManage }) };
    }
  }
}

/** What a command answers and who should see it. */
export interface CommandAnswer {
  readonly reply: CommandReply;
  readonly privately: boolean;
}

/** The whole command path: resolve the parsed input to a request, handle it, say who sees the reply. */
export async function runCommand(
  command: BotCommand,
  input: CommandInput,
  ports: CommandPorts,
): Promise<CommandAnswer> {
  const resolved = command.resolve(input);
  if (resolved.kind === 'usage-error')
    return { reply: { kind: 'usage', error: ports.bot.withLibraryExample(resolved) }, privately: true };
  return { reply: await handleRequest(resolved.request, ports), privately: resolved.privately };
}

/** Resolves a command typed as text (a terminal line, a Slack slash command's text) for `caller`. */
export function resolveCommandText(
  command: BotCommand,
  text: string,
  caller: Caller,
): ResolvedCommand | UsageError {
  const parsed = parseCommandInput(command, text);
  if (parsed.kind === 'usage-error') return parsed;
  const { subcommand, values, continued } = parsed;
  return command.resolve({ subcommand, values, continued, caller });
}
