import { createInterface } from 'node:readline';
import { exampleWord } from '../../src/bot/help-examples.js';
import type { Readable, Writable } from 'node:stream';
import {
  closestName,
  commandNamed,
  handleRequest,
  resolveCommandText,
  followUp,
  followUpCommand,
  remembered,
  type Bot,
  type CommandPorts,
  type CommandReply,
  type CommandRequest,
  type Conversation,
} from '../../src/index.js';
import { en } from '../shared/wording.js';
import { renderCommandReplyForTerminal, type TerminalStyle } from '../terminal/render.js';
import { continuesTrace, PASTE_MS } from './pasted-lines.js';

/** What the console keeps between lines: its one conversation (see `converse`). */
export type ChatState = Conversation;

const COMMAND_LINE = /^\/([a-z-]+)\s*([\s\S]*)$/i;

/** Whoever runs the console runs the bot: they may reload its articles. */
const consolePorts = (bot: Bot): CommandPorts => ({ bot, mayManage: () => Promise.resolve(true) });

/**
 * Turns one line typed in the console into a request, or a reply to print at once (a usage error).
 * `/next` and `/context` run the last quote's follow-ups, the same requests its buttons carry elsewhere;
 * words are read in the conversation as a mention on Discord or Slack is ("next", "who wrote it?": see
 * `followUp`).
 */
export function requestFromLine(
  bot: Bot,
  line: string,
  state: ChatState,
): CommandRequest | CommandReply | string | undefined {
  const text = line.trim();
  if (text.length === 0) return undefined;
  const typed = COMMAND_LINE.exec(text);
  if (!typed) return commandOf(followUp(bot, text, state));
  const name = typed[1]!.toLowerCase();
  if (name === 'next' || name === 'context') return commandOf(followUpCommand(bot, name, state));
  // The console's own follow-ups have no command of the catalog to show in full.
  if (name === 'help' && /^\/?(?:next|context)$/i.test((typed[2] ?? '').trim()))
    return `/next, /context: ${en.consoleFollowUps}.`;
  const command = commandNamed(name, bot.commands);
  if (!command) {
    const meant = closestName(name, [...bot.commands.map((each) => each.name), 'next', 'context']);
    return meant === undefined ? { kind: 'help', unknown: `/${name}` } : en.noSuchCommand(name, meant);
  }
  // The console has no channel to post to: `/daily` says where daily quotes run.
  if (command.name === 'daily') return en.dailyNotInConsole();
  const resolved = resolveCommandText(command, typed[2] ?? '', {
    platform: 'terminal',
    channelId: '',
    workspaceId: null,
    userId: null,
  });
  return resolved.kind === 'usage-error'
    ? { kind: 'usage', error: bot.withLibraryExample(resolved) }
    : resolved.request;
}

/** A follow-up as the command path takes it: a request to answer, or the bot's reply already. */
const commandOf = (asked: ReturnType<typeof followUp>): CommandRequest | CommandReply =>
  'reply' in asked ? { kind: 'bot', reply: asked.reply } : asked.request;

const isReply = (value: CommandRequest | CommandReply): value is CommandReply =>
  value.kind === 'usage' || value.kind === 'bot' || value.kind === 'reload';

/** Answers one console line: the text to print, and the state for `/next`. */
export async function answerLine(
  bot: Bot,
  line: string,
  state: ChatState,
  style: TerminalStyle,
): Promise<string | undefined> {
  const asked = requestFromLine(bot, line, state);
  if (asked === undefined || typeof asked === 'string') return asked;
  const reply = isReply(asked) ? asked : await handleRequest(asked, consolePorts(bot));
  if (reply.kind === 'bot')
    Object.assign(
      state,
      remembered(state, reply.reply, asked.kind === 'summary' || asked.kind === 'quote' ? asked : undefined),
    );
  // The console is the chat, whoever calls: its replies say `/next` and `sentences:5`, not the command
  // line's.
  return renderCommandReplyForTerminal(reply, { ...style, chat: true });
}

/** How many fences (```) a line has: an odd number opens a code block, or closes the one open. */
const fencesIn = (line: string): number => line.split('```').length - 1;

/** A line that leaves the chat, as a shell's or a REPL's would: "exit", "quit", "/quit", ":q". */
const QUIT = /^\s*(?:\/?(?:exit|quit)|:q|\.exit)\s*$/i;

/**
 * The local console chat: the bot's commands in a terminal, no Discord or Slack app needed. Works with a
 * terminal (prompt, colours) and with piped input (plain output, exits at end of input).
 */
export async function runConsoleChat(
  bot: Bot,
  input: Readable,
  output: Writable,
  style: TerminalStyle,
  interactive: boolean,
  errors: Writable = process.stderr,
): Promise<void> {
  const state: ChatState = { followUps: undefined };
  const lines = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const say = (text: string): void => void output.write(`${text}\n`);
  if (interactive) {
    say(
      `quotebot console: ${bot.library.articles.length} article(s) loaded. Try /quote ${exampleWord(bot.library) ?? 'election'}, /summary or /help. /quit or Ctrl+D quits.`,
    );
    lines.setPrompt('> ');
    lines.prompt();
  }
  // A fenced code block pasted into the console arrives a line at a time: its lines are one message, as a
  // pasted block is one on Discord or Slack, answered once its fence closes (or the input ends).
  let block: string[] | undefined;
  // One try/catch at the event boundary, as on Discord and Slack: a line the bot fails on is answered with
  // an apology, its error goes to `errors`, and the chat goes on.
  const answer = async (message: string): Promise<void> => {
    let text: string | undefined;
    try {
      text = await answerLine(bot, message, state, style);
    } catch (error) {
      errors.write(`quotebot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      text = en.failure;
    }
    // Piped, the replies follow each other with no prompt between them: a blank line after each keeps one
    // reply from running into the next.
    if (text !== undefined) say(interactive ? text : `${text}\n`);
  };
  // Lines that came as one paste (`PASTE_MS` apart in a terminal) or go on with a stack trace
  // (`continuesTrace`) are one message, answered once no line has gone on with it for `PASTE_MS`.
  let pending: string[] | undefined;
  const arrivals: number[] = [];
  lines.on('line', () => arrivals.push(Date.now()));
  let lastArrival = -Infinity;
  const reading = lines[Symbol.asyncIterator]();
  let next = reading.next();
  const prompt = (): void => {
    if (!interactive) return;
    lines.setPrompt(block === undefined ? '> ' : '… ');
    lines.prompt();
  };
  for (;;) {
    const arrived = pending === undefined ? await next : await Promise.race([next, quiet(PASTE_MS)]);
    if (arrived === QUIET) {
      await answer(pending!.join('\n'));
      pending = undefined;
      prompt();
      continue;
    }
    const at = arrivals.shift() ?? Date.now();
    const pasted = interactive && at - lastArrival <= PASTE_MS;
    lastArrival = at;
    if (arrived.done === true) break;
    next = reading.next();
    const line = arrived.value;
    if (pending !== undefined && (pasted || continuesTrace(pending, line))) {
      pending.push(line);
      continue;
    }
    if (pending !== undefined) {
      await answer(pending.join('\n'));
      pending = undefined;
    }
    const fenced = fencesIn(line) % 2 === 1;
    if (block !== undefined) {
      block.push(line);
      if (fenced) {
        await answer(block.join('\n'));
        block = undefined;
      }
    } else if (QUIT.test(line)) break;
    else if (fenced) block = [line];
    else if (line.trim().length > 0) pending = [line];
    else await answer(line);
    if (pending === undefined) prompt();
  }
  if (pending !== undefined) await answer(pending.join('\n'));
  if (block !== undefined) await answer(block.join('\n'));
}

/** What `quiet` resolves to: no line came in time. */
const QUIET = Symbol('quiet');

/** Resolves to `QUIET` after `ms` milliseconds. */
const quiet = (ms: number): Promise<typeof QUIET> =>
  new Promise((resolve) => setTimeout(() => resolve(QUIET), ms));
